package org.marsad.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;

/**
 * Reads JSON Lines: one article object per line, as the ANT corpus ships them ({@code id, source,
 * url, title, time, text}). Each line is decoded and parsed on its own, so a broken line costs one
 * article, not the file.
 */
final class JsonlInput {

  /** Thread-safe once configured. */
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /** A tag name right after {@code <}: enough to tell an HTML fragment from clean text. */
  private static final Pattern TAG = Pattern.compile("<[a-zA-Z!/][^>]*>");

  private JsonlInput() {}

  static void read(String name, InputStream in, DocumentSink sink) throws IOException {
    ByteLines lines = new ByteLines(in);
    int number = 0;
    for (byte[] bytes = lines.next(); bytes != null; bytes = lines.next()) {
      number++;
      String origin = name + "#line " + number;
      if (lines.truncated()) {
        sink.problem(new InputProblem(origin, "line longer than 64 MB; skipped"));
        continue;
      }
      String line = TextDecoder.decode(bytes, null).text();
      if (line.isBlank()) continue;
      JsonNode record;
      try {
        record = JSON.readTree(line);
      } catch (JsonProcessingException e) {
        sink.problem(
            new InputProblem(origin, "malformed JSON (" + e.getOriginalMessage() + "); skipped"));
        continue;
      }
      if (!record.isObject()) {
        sink.problem(new InputProblem(origin, "not a JSON object; skipped"));
        continue;
      }
      RawDocument document = toDocument(origin, record);
      if (document == null) {
        sink.problem(new InputProblem(origin, "no text, html or content field; skipped"));
      } else {
        sink.accept(document);
      }
    }
  }

  /** The record as a document, or null when it carries no article body. */
  static RawDocument toDocument(String origin, JsonNode record) {
    RawDocument.Kind kind;
    String content = field(record, "text");
    if (content != null) {
      kind = RawDocument.Kind.CLEAN_TEXT;
    } else if ((content = field(record, "html")) != null) {
      kind = RawDocument.Kind.HTML;
    } else if ((content = field(record, "content")) != null) {
      kind = TAG.matcher(content).find() ? RawDocument.Kind.HTML : RawDocument.Kind.CLEAN_TEXT;
    } else {
      return null;
    }
    return new RawDocument(
        origin,
        "jsonl",
        kind,
        content,
        field(record, "id"),
        field(record, "url", "link"),
        field(record, "source"),
        field(record, "title", "headline"),
        field(record, "time", "published", "date"));
  }

  /** The first of {@code names} with a non-blank scalar value, as written. */
  private static String field(JsonNode record, String... names) {
    for (String name : names) {
      JsonNode value = record.get(name);
      if (value != null && value.isValueNode() && !value.isNull() && !value.asText().isBlank()) {
        return value.asText();
      }
    }
    return null;
  }
}
