package org.marsad.extract;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.marsad.ingest.RawDocument;

/**
 * The extract stage's entry point: picks the reader for a document's kind. Flattened text pages go
 * to {@link TextPageExtractor}, HTML to {@link HtmlExtractor}, and clean text from structured
 * records is passed through with its paragraph breaks normalized. Thread-safe.
 */
public final class Extractors implements Extractor {
  private final TextPageExtractor textPages;
  private final HtmlExtractor html;

  private Extractors(Clock clock) {
    this.textPages = new TextPageExtractor();
    this.html = new HtmlExtractor(clock);
  }

  /** The standard extractors; dates after the system clock's now are refused. */
  public static Extractors standard() {
    return new Extractors(Clock.systemUTC());
  }

  /** The standard extractors with {@code clock} as the fetch time. */
  public static Extractors withClock(Clock clock) {
    return new Extractors(clock);
  }

  /** The extractor for one kind of document. */
  public Extractor forKind(RawDocument.Kind kind) {
    return switch (kind) {
      case TEXT_PAGE -> textPages;
      case HTML -> html;
      case CLEAN_TEXT -> Extractors::cleanText;
    };
  }

  @Override
  public Extraction extract(RawDocument document) {
    return forKind(document.kind()).extract(document);
  }

  /**
   * Clean text as given, each paragraph trimmed and separated by one blank line; the container's
   * title and publication time are kept.
   */
  static Extraction cleanText(RawDocument document) {
    List<String> paragraphs = new ArrayList<>();
    for (String line : document.content().split("\\R")) {
      String p = TextPageExtractor.strip(line);
      if (!p.isEmpty()) paragraphs.add(p);
    }
    String title = document.title() == null || document.title().isBlank() ? null : document.title().strip();
    return new Extraction(
        title, String.join("\n\n", paragraphs), PublishedDates.normalize(document.published()), null,
        null, null, document.url(), List.of());
  }
}
