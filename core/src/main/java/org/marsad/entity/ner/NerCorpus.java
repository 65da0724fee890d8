package org.marsad.entity.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads CoNLL-style NER files: one {@code token [tag ...]} a line, whitespace separated, a blank line
 * between sentences. The first tag column is the (flat, outermost) tag; further columns (nested
 * tags, as in Wojood) are ignored. Lines without a tag give unlabelled sentences. Tags outside PERS,
 * LOC, ORG and MISC (Wojood's GPE, NORP, DATE ...) are mapped by {@link #mapTag}.
 */
public final class NerCorpus {
  private NerCorpus() {}

  /** Reads a file (plain or .gz). Throws with the file name and line on malformed input. */
  public static List<NerSentence> read(Path file) throws IOException {
    InputStream in = Files.newInputStream(file);
    if (file.getFileName().toString().endsWith(".gz")) in = new GZIPInputStream(in);
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return read(r, file.toString());
    }
  }

  /** Reads sentences from {@code r}; {@code name} names the input in error messages. */
  public static List<NerSentence> read(BufferedReader r, String name) throws IOException {
    List<NerSentence> out = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    boolean labelled = true;
    String line;
    int lineNo = 0;
    while ((line = r.readLine()) != null) {
      lineNo++;
      if (lineNo == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') line = line.substring(1);
      String s = line.strip();
      if (s.isEmpty()) {
        if (!tokens.isEmpty()) out.add(new NerSentence(tokens, labelled ? tags : null));
        tokens = new ArrayList<>();
        tags = new ArrayList<>();
        labelled = true;
        continue;
      }
      String[] cols = s.split("\\s+");
      tokens.add(cols[0]);
      if (cols.length > 1) {
        String tag = mapTag(cols[1]);
        if (tag == null) {
          throw new IOException(name + ":" + lineNo + ": not a BIO tag: " + cols[1]);
        }
        tags.add(tag);
      } else {
        labelled = false;
      }
    }
    if (!tokens.isEmpty()) out.add(new NerSentence(tokens, labelled ? tags : null));
    return out;
  }

  /**
   * The tag in Marsad's four types: PERS, LOC, ORG, MISC. {@code B-PER} is PERS; Wojood's GPE and
   * LOC are LOC; other entity types are O (they are not names). Returns null for a malformed tag.
   */
  public static String mapTag(String tag) {
    if (tag.equals("O")) return "O";
    if (tag.length() < 3 || tag.charAt(1) != '-' || (tag.charAt(0) != 'B' && tag.charAt(0) != 'I')) {
      return null;
    }
    String type = tag.substring(2);
    String mapped =
        switch (type) {
          case "PERS", "PER", "PERSON" -> "PERS";
          case "LOC", "GPE", "LOCATION" -> "LOC";
          case "ORG", "ORGANIZATION" -> "ORG";
          case "MISC" -> "MISC";
          default -> null;
        };
    return mapped == null ? "O" : tag.charAt(0) + "-" + mapped;
  }

  /** Unchecked convenience for callers that cannot throw. */
  static List<NerSentence> readUnchecked(Path file) {
    try {
      return read(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
