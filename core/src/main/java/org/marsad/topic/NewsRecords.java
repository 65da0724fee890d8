package org.marsad.topic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Reads labelled news records from JSON Lines, as the ANT corpus ships them: one object a line
 * with {@code id, source, category, url, title, abstract, text, dup_of}. A file may be gzipped
 * (recognized by its magic bytes, not its name); {@code -} reads standard input.
 *
 * <p>A broken line costs one record: it is reported as one line ("ant.jsonl#line 7: malformed
 * JSON; skipped") and reading goes on. A missing or unreadable file is an {@link IOException}
 * whose message names it.
 */
public final class NewsRecords {
  private NewsRecords() {}

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Every record of {@code file}; problems are passed to {@code problems}, one line each. */
  public static List<NewsRecord> readAll(String file, Consumer<String> problems) throws IOException {
    List<NewsRecord> out = new ArrayList<>();
    read(file, out::add, problems);
    return out;
  }

  /** Streams the records of {@code file} ({@code -} for standard input) to {@code sink}. */
  public static void read(String file, Consumer<NewsRecord> sink, Consumer<String> problems)
      throws IOException {
    if (file.equals("-")) {
      read("<stdin>", System.in, sink, problems);
      return;
    }
    Path path = Path.of(file);
    if (Files.isDirectory(path)) throw new IOException(file + ": is a folder, not a JSONL file");
    try (InputStream in = Files.newInputStream(path)) {
      read(file, in, sink, problems);
    } catch (NoSuchFileException e) {
      throw new IOException(file + ": no such file", e);
    }
  }

  /** Streams the records of {@code in}; {@code name} names it in problems. */
  public static void read(
      String name, InputStream in, Consumer<NewsRecord> sink, Consumer<String> problems)
      throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
    buffered.mark(2);
    int b0 = buffered.read(), b1 = buffered.read();
    buffered.reset();
    InputStream body = buffered;
    if (b0 == 0x1f && b1 == 0x8b) body = new GZIPInputStream(buffered, 1 << 16);
    BufferedReader reader =
        new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8), 1 << 16);
    int number = 0;
    try {
      for (String line; (line = reader.readLine()) != null; ) {
        number++;
        if (line.isBlank()) continue;
        String origin = name + "#line " + number;
        JsonNode node;
        try {
          node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
          problems.accept(origin + ": malformed JSON (" + e.getOriginalMessage() + "); skipped");
          continue;
        }
        if (node == null || !node.isObject()) {
          problems.accept(origin + ": not a JSON object; skipped");
          continue;
        }
        String id = field(node, "id");
        if (id == null) {
          problems.accept(origin + ": no id; skipped");
          continue;
        }
        sink.accept(
            new NewsRecord(
                id,
                field(node, "source"),
                field(node, "category"),
                field(node, "url"),
                field(node, "title"),
                field(node, "abstract"),
                field(node, "text"),
                field(node, "dup_of"),
                origin));
      }
    } catch (java.util.zip.ZipException | java.io.EOFException e) {
      throw new IOException(
          name + ": broken gzip after line " + number + " (" + e.getMessage() + ")", e);
    } catch (UncheckedIOException e) {
      throw new IOException(name + ": " + e.getCause().getMessage(), e);
    }
  }

  private static String field(JsonNode node, String name) {
    JsonNode v = node.get(name);
    if (v == null || v.isNull() || !v.isValueNode()) return null;
    String s = v.asText();
    return s.isBlank() ? null : s;
  }
}
