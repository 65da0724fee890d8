package org.marsad.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.marsad.text.ArabicNormalizer;

/**
 * The verbs that introduce a quotation ({@code marsad/entity/speech-verbs.tsv}, documented there),
 * matched on folded keys with the conjunctions و and ف peeled.
 */
final class SpeechVerbs {
  static final String RESOURCE = "/marsad/entity/speech-verbs.tsv";

  enum Kind { PAST, PRESENT, PARTICIPLE }

  /**
   * A speech verb in a text.
   *
   * @param conjunction whether it carries و or ف: it then opens a new clause
   */
  record Match(Kind kind, boolean conjunction) {}

  private static final class Shipped {
    static final SpeechVerbs VERBS = ShippedData.load(RESOURCE, SpeechVerbs::read);
  }

  private final Map<String, Kind> byKey;

  private SpeechVerbs(Map<String, Kind> byKey) {
    this.byKey = Map.copyOf(byKey);
  }

  static SpeechVerbs shipped() {
    return Shipped.VERBS;
  }

  static SpeechVerbs read(Reader reader, String origin) throws IOException {
    Map<String, Kind> verbs = new HashMap<>();
    BufferedReader in = new BufferedReader(reader);
    String line;
    int number = 0;
    while ((line = in.readLine()) != null) {
      number++;
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] cols = line.split("\t");
      Kind kind;
      try {
        kind = Kind.valueOf(cols[cols.length - 1].strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(origin + ":" + number + ": expected 'form<TAB>kind'");
      }
      String key = Keys.key(cols[0].strip());
      verbs.put(key, kind);
      char last = key.charAt(key.length() - 1);
      if (kind != Kind.PARTICIPLE && last != 'ا' && last != 'ي' && ArabicNormalizer.isArabicLetter(last)) {
        verbs.putIfAbsent(key + "ت", kind); // the feminine: قالت, أكدت
      }
    }
    return new SpeechVerbs(verbs);
  }

  /** The speech verb token {@code t} is, or null. */
  Match at(TextIndex ix, int t) {
    if (!ix.isArabic(t)) return null;
    String key = ix.key(t);
    Kind kind = byKey.get(key);
    if (kind != null) return new Match(kind, false);
    if (Keys.hasConjunction(key) && key.length() >= 4) {
      kind = byKey.get(key.substring(1));
      if (kind != null) return new Match(kind, true);
    }
    return null;
  }
}
