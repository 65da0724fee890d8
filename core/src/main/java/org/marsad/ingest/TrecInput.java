package org.marsad.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;

/**
 * Reads TREC-style SGML, as the Arabic newswire collections ship it: many {@code <DOC>} blocks per
 * file, each with {@code <DOCNO>}, {@code <HEADLINE>} or {@code <TITLE>}, and {@code <TEXT>}. The
 * blocks are cut out of the byte stream one at a time, so a file of any size streams; each is then
 * parsed leniently, because these files are SGML and rarely well-formed XML.
 */
final class TrecInput {

  private static final byte[] CLOSE = "</DOC>".getBytes(StandardCharsets.US_ASCII);

  private TrecInput() {}

  /**
   * @param declared the charset the file declares in its first bytes, or null
   */
  static void read(String name, InputStream in, String declared, DocumentSink sink)
      throws IOException {
    ByteLines lines = new ByteLines(in);
    ByteArrayOutputStream block = new ByteArrayOutputStream();
    boolean inside = false;
    int number = 0;
    for (byte[] line = lines.next(); line != null; line = lines.next()) {
      int at = 0;
      while (at < line.length) {
        if (!inside) {
          int open = indexOfOpen(line, at);
          if (open < 0) break;
          inside = true;
          number++;
          block.reset();
          at = open;
        }
        int close = indexOf(line, CLOSE, at);
        if (close < 0) {
          block.write(line, at, line.length - at);
          break;
        }
        block.write(line, at, close + CLOSE.length - at);
        emit(name + "#doc " + number, block.toByteArray(), declared, sink);
        inside = false;
        at = close + CLOSE.length;
      }
      if (inside) block.write('\n');
    }
    if (inside) {
      sink.problem(
          new InputProblem(
              name + "#doc " + number, "no </DOC> before the end of the file; skipped"));
    }
  }

  private static void emit(String origin, byte[] bytes, String declared, DocumentSink sink) {
    String sgml = TextDecoder.decode(bytes, declared).text();
    Document doc = Jsoup.parse(sgml, "", Parser.xmlParser());
    String text = body(doc);
    if (text.isBlank()) {
      sink.problem(new InputProblem(origin, "no <TEXT> in the document; skipped"));
      return;
    }
    sink.accept(
        new RawDocument(
            origin,
            "trec",
            RawDocument.Kind.CLEAN_TEXT,
            text,
            first(doc, "docno"),
            first(doc, "url"),
            first(doc, "source"),
            first(doc, "headline", "title", "hl"),
            first(doc, "date", "date_time")));
  }

  /** Paragraphs of {@code <TEXT>} (or {@code <BODY>}), one blank line between them. */
  private static String body(Document doc) {
    Elements texts = doc.getElementsByTag("text");
    if (texts.isEmpty()) texts = doc.getElementsByTag("body");
    if (texts.isEmpty()) return "";
    Element text = texts.first();
    Elements paragraphs = text.getElementsByTag("p");
    if (!paragraphs.isEmpty()) {
      return paragraphs.stream()
          .map(p -> p.wholeText().strip())
          .filter(p -> !p.isEmpty())
          .collect(Collectors.joining("\n\n"));
    }
    return text.wholeText().strip();
  }

  private static String first(Document doc, String... tags) {
    for (String tag : tags) {
      Element element = doc.getElementsByTag(tag).first();
      if (element != null && !element.text().isBlank()) return element.text().strip();
    }
    return null;
  }

  /** Where {@code <DOC>} or {@code <DOC attr>} starts, not {@code <DOCNO>}; case-insensitive. */
  private static int indexOfOpen(byte[] line, int from) {
    for (int i = from; i + 4 < line.length; i++) {
      if (line[i] == '<'
          && upper(line[i + 1]) == 'D'
          && upper(line[i + 2]) == 'O'
          && upper(line[i + 3]) == 'C'
          && (line[i + 4] == '>' || line[i + 4] == ' ' || line[i + 4] == '\t')) {
        return i;
      }
    }
    return -1;
  }

  private static int indexOf(byte[] line, byte[] target, int from) {
    outer:
    for (int i = from; i + target.length <= line.length; i++) {
      for (int j = 0; j < target.length; j++) {
        if (upper(line[i + j]) != target[j]) continue outer;
      }
      return i;
    }
    return -1;
  }

  private static int upper(byte b) {
    return b >= 'a' && b <= 'z' ? b - 32 : b;
  }
}
