package org.marsad.ingest;

/**
 * A page or record as a source hands it over, decoded to text but not yet cleaned: what the ingest
 * stage gives to the extract stage.
 *
 * @param origin where it came from, for messages: a file path, {@code path#line 12} (JSONL),
 *     {@code path#record 3} (WARC), {@code path#item 2} (feed), {@code path#doc 4} (TREC)
 * @param container the input format: text, html, warc, rss, atom, jsonl, trec
 * @param kind how to read {@link #content}
 * @param content the decoded page: a flattened text page, an HTML document, or clean text
 * @param id the id the source gave the article, or null
 * @param url the article's URL, or null
 * @param source the outlet's name, or null
 * @param title the title the container gave, or null
 * @param published the publication time the container gave, as written, or null
 */
public record RawDocument(
    String origin,
    String container,
    Kind kind,
    String content,
    String id,
    String url,
    String source,
    String title,
    String published) {

  /** How the content reads. */
  public enum Kind {
    /** A page flattened to text by a crawler: boilerplate lines around the body (the seeds). */
    TEXT_PAGE,
    /** An HTML document. */
    HTML,
    /** Clean article text from a structured record (JSONL, TREC): paragraphs only. */
    CLEAN_TEXT
  }

  public RawDocument {
    if (origin == null) throw new IllegalArgumentException("origin is required");
    if (kind == null) throw new IllegalArgumentException("kind is required");
    content = content == null ? "" : content;
  }

  public static RawDocument textPage(String origin, String content) {
    return new RawDocument(origin, "text", Kind.TEXT_PAGE, content, null, null, null, null, null);
  }
}
