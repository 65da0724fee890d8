package org.marsad.entity.ner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads name lists into the hashed gazetteer of a {@link NerLexicon}: ANERgazet's
 * {@code Aligned{Pers,Loc,Org}Gazetteer.txt} (one name a line) and ANETAC's
 * {@code EN-AR Named-entities.txt} ({@code TYPE English Arabic...}), from a folder holding either.
 * Only hashes of the normalized phrases end up in the model.
 */
public final class Gazetteers {
  private Gazetteers() {}

  /** Adds every list found under {@code dir}; returns the longest phrase length in words. */
  public static int load(Path dir, LongIntMap target) throws IOException {
    int max = 0;
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path f : files) {
      String name = f.getFileName().toString();
      if (name.startsWith("AlignedPers")) max = Math.max(max, plain(f, NerLexicon.PERS, target));
      else if (name.startsWith("AlignedLoc")) max = Math.max(max, plain(f, NerLexicon.LOC, target));
      else if (name.startsWith("AlignedOrg")) max = Math.max(max, plain(f, NerLexicon.ORG, target));
      else if (name.equals("EN-AR Named-entities.txt")) max = Math.max(max, anetac(f, target));
    }
    return max;
  }

  private static int plain(Path f, int type, LongIntMap target) throws IOException {
    int max = 0;
    for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
      max = Math.max(max, add(line, type, target));
    }
    return max;
  }

  private static int anetac(Path f, LongIntMap target) throws IOException {
    int max = 0;
    for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
      String[] cols = line.strip().split("\\s+");
      if (cols.length < 3) continue;
      int type =
          switch (cols[0]) {
            case "PERSON" -> NerLexicon.PERS;
            case "LOCATION" -> NerLexicon.LOC;
            case "ORGANIZATION" -> NerLexicon.ORG;
            default -> 0;
          };
      if (type == 0) continue;
      // the Arabic side is the run of Arabic-script words at the end
      int first = cols.length;
      while (first > 1 && isArabic(cols[first - 1])) first--;
      if (first == cols.length) continue;
      max = Math.max(max, add(String.join(" ", List.of(cols).subList(first, cols.length)), type, target));
    }
    return max;
  }

  private static boolean isArabic(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '\u0600' && c <= '\u06FF') return true;
    }
    return false;
  }

  /** Adds one phrase (and, for a phrase starting with ال, the phrase without it). */
  static int add(String phrase, int type, LongIntMap target) {
    String s = phrase.strip();
    if (s.isEmpty() || s.startsWith("===")) return 0;
    List<String> keys = new ArrayList<>();
    for (String w : s.split("\\s+")) {
      String k = NerLexicon.key(w);
      if (!k.isEmpty()) keys.add(k);
    }
    if (keys.isEmpty() || keys.size() > 8) return 0;
    put(Features.phraseHash(keys), type, target);
    String first = keys.get(0);
    if (first.startsWith("ال") && first.length() > 3) {
      List<String> bare = new ArrayList<>(keys);
      bare.set(0, first.substring(2));
      put(Features.phraseHash(bare), type, target);
    }
    return keys.size();
  }

  private static void put(long hash, int type, LongIntMap target) {
    int old = target.get(hash);
    target.put(hash, old < 0 ? type : old | type);
  }
}
