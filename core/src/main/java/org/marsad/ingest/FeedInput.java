package org.marsad.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.util.Date;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads RSS (0.9x, 1.0, 2.0) and Atom feeds with Rome; each item becomes one document. The bytes
 * are decoded here, not by Rome, because Arabic feeds often declare UTF-8 and serve Windows-1256.
 */
final class FeedInput {

  private static final Pattern TAG = Pattern.compile("<[a-zA-Z!/][^>]*>");

  private FeedInput() {}

  /** Reads a whole feed: feeds are small, and Rome needs the document to parse it. */
  static void read(String name, byte[] bytes, DocumentSink sink) {
    String xml = TextDecoder.decode(bytes, TextDecoder.declaredCharset(bytes)).text();
    SyndFeed feed;
    try {
      // a new SyndFeedInput per feed: Rome's parsers are not documented as thread-safe
      feed = new SyndFeedInput().build(new StringReader(xml));
    } catch (ParsingFeedException e) {
      String where = e.getLineNumber() > 0 ? " at line " + e.getLineNumber() : "";
      sink.problem(
          new InputProblem(name, "malformed feed XML" + where + " (" + reason(e) + "); skipped"));
      return;
    } catch (FeedException | RuntimeException e) { // Rome's parser, not the sink: bad data
      sink.problem(new InputProblem(name, "not a readable feed (" + reason(e) + "); skipped"));
      return;
    }
    String container =
        feed.getFeedType() != null && feed.getFeedType().startsWith("atom") ? "atom" : "rss";
    List<SyndEntry> entries = feed.getEntries();
    for (int i = 0; i < entries.size(); i++) {
      String origin = name + "#item " + (i + 1);
      RawDocument document = toDocument(origin, container, feed.getTitle(), entries.get(i));
      if (document == null) {
        sink.problem(new InputProblem(origin, "item has no content or description; skipped"));
      } else {
        sink.accept(document);
      }
    }
  }

  /**
   * The item as a document: the full content ({@code content:encoded}, Atom {@code content}) when
   * there is one, else the description; HTML when it has tags, clean text when not.
   */
  private static RawDocument toDocument(
      String origin, String container, String source, SyndEntry entry) {
    SyndContent body =
        entry.getContents().stream()
            .filter(c -> c.getValue() != null && !c.getValue().isBlank())
            .findFirst()
            .orElse(entry.getDescription());
    if (body == null || body.getValue() == null || body.getValue().isBlank()) return null;
    String value = body.getValue().strip();
    // by the markup, not the declared type: Rome types every RSS description text/html
    boolean html = TAG.matcher(value).find();
    Date date =
        entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
    return new RawDocument(
        origin,
        container,
        html ? RawDocument.Kind.HTML : RawDocument.Kind.CLEAN_TEXT,
        value,
        entry.getUri(),
        link(entry),
        blankToNull(source),
        blankToNull(entry.getTitle()),
        date == null ? null : date.toInstant().toString());
  }

  private static String link(SyndEntry entry) {
    if (entry.getLink() != null && !entry.getLink().isBlank()) return entry.getLink().strip();
    for (SyndLink link : entry.getLinks()) {
      if (link.getHref() != null && (link.getRel() == null || link.getRel().equals("alternate"))) {
        return link.getHref();
      }
    }
    return null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** The parser's own words, without the exception class names Rome prefixes them with. */
  private static String reason(Exception e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) root = root.getCause();
    String message = root.getMessage() != null ? root.getMessage() : e.getMessage();
    return message == null ? e.getClass().getSimpleName() : message.strip();
  }
}
