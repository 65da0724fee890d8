package org.marsad.pipeline;

import java.util.List;
import org.marsad.entity.AmountsStage;
import org.marsad.entity.DatesStage;
import org.marsad.entity.EntitiesStage;
import org.marsad.entity.QuotesStage;
import org.marsad.entity.ner.NerTagger;
import org.marsad.event.EventsStage;
import org.marsad.extract.Extraction;
import org.marsad.extract.Extractor;
import org.marsad.extract.Extractors;
import org.marsad.ingest.RawDocument;
import org.marsad.model.Article;
import org.marsad.topic.ThemesStage;
import org.marsad.topic.TopicsStage;

/**
 * The table of contents of Marsad: how a raw page becomes an {@link Article}. Every driver
 * ({@code analyze}, {@code ingest}, the REST ingest endpoint, later {@code watch} and Spark) calls
 * {@link #analyze}, so the same input always gives the same record.
 *
 * <ol>
 *   <li><b>read</b> (before this class): {@code org.marsad.ingest.InputReader} turns files,
 *       archives and feeds into {@link RawDocument}s, decoded to text
 *   <li><b>extract</b>: page to clean main text and metadata ({@link Extractors}: text pages,
 *       HTML, clean records)
 *   <li><b>identify</b>: stable id, source, language, content hash ({@link Identify})
 *   <li><b>understand</b>: the stages in order; each fills its fields of the record. Entities,
 *       dates, amounts, quotes, topics, themes and events plug in here as they are built.
 * </ol>
 *
 * <p>Thread-safe: one instance serves all threads; models are loaded once, when it is built.
 */
public final class Pipeline {
  private final Extractor extractor;
  private final List<Stage> stages;

  public Pipeline(Extractor extractor, List<Stage> stages) {
    this.extractor = extractor;
    this.stages = List.copyOf(stages);
  }

  /** The standard pipeline with every stage built so far. */
  public static Pipeline standard() {
    return new Pipeline(
        Extractors.standard(),
        List.of(
            // who, where, when, how much
            new EntitiesStage(NerTagger.standard()::find), // names, titles and roles, canonical ids
            new DatesStage(), // absolute and relative dates, resolved against publication
            new AmountsStage(), // money, percentages, scaled numbers
            new QuotesStage(), // quotations and their speakers
            // what happened
            new TopicsStage(), // news-desk topic (trained on ANT)
            new ThemesStage(), // ICT themes with their evidence
            new EventsStage() // typed event frames: actors, place, date
            // duplicates, stories: issue "connect the news"
            ));
  }

  /** Reads one page into an article record. */
  public Article analyze(RawDocument document) {
    Extraction extraction = extractor.extract(document); // 1. extract
    Article article = Identify.article(document, extraction); // 2. identify
    for (Stage stage : stages) article = stage.apply(article); // 3. understand
    return article;
  }
}
