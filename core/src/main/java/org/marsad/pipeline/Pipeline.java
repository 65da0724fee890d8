package org.marsad.pipeline;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.marsad.extract.Extraction;
import org.marsad.extract.Extractor;
import org.marsad.extract.HtmlExtractor;
import org.marsad.extract.TextPageExtractor;
import org.marsad.ingest.RawDocument;
import org.marsad.model.Article;

/**
 * The table of contents of Marsad: how a raw page becomes an {@link Article}. Every driver
 * ({@code analyze}, {@code ingest}, the REST ingest endpoint, later {@code watch} and Spark) calls
 * {@link #analyze}, so the same input always gives the same record.
 *
 * <ol>
 *   <li><b>extract</b>: page to clean main text and metadata ({@code org.marsad.extract})
 *   <li><b>identify</b>: stable id, source, language, content hash ({@link Identify})
 *   <li><b>understand</b>: the stages in order; each fills its fields of the record. Entities,
 *       dates, amounts, quotes, topics, themes and events plug in here as they are built.
 * </ol>
 *
 * <p>Thread-safe: one instance serves all threads.
 */
public final class Pipeline {
  private final Map<RawDocument.Kind, Extractor> extractors;
  private final List<Stage> stages;

  public Pipeline(Map<RawDocument.Kind, Extractor> extractors, List<Stage> stages) {
    this.extractors = new EnumMap<>(extractors);
    this.stages = List.copyOf(stages);
    for (RawDocument.Kind kind : RawDocument.Kind.values()) {
      if (!this.extractors.containsKey(kind)) {
        throw new IllegalArgumentException("no extractor for " + kind);
      }
    }
  }

  /** The standard pipeline with every stage built so far. */
  public static Pipeline standard() {
    return new Pipeline(
        Map.of(
            RawDocument.Kind.TEXT_PAGE, new TextPageExtractor(),
            RawDocument.Kind.HTML, new HtmlExtractor(),
            RawDocument.Kind.CLEAN_TEXT, new CleanTextExtractor()),
        List.of(
            // entities, dates, amounts, quotes (issue: who, where, when, how much)
            // topics, themes, events (issue: what happened)
            ));
  }

  /** Reads one page into an article record. */
  public Article analyze(RawDocument document) {
    Extraction extraction = extractors.get(document.kind()).extract(document); // 1. extract
    Article article = Identify.article(document, extraction); // 2. identify
    for (Stage stage : stages) article = stage.apply(article); // 3. understand
    return article;
  }
}
