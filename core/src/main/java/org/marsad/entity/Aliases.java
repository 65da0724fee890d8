package org.marsad.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Known aliases of actors: every spelling of an entity maps to its one canonical id, in every
 * article. The shipped table is {@code marsad/entity/aliases.tsv} (bodies such as الاتحاد المغاربي
 * = اتحاد المغرب العربي = اتحاد البلدان المغاربية, "the Arab Maghreb Union"; countries with their
 * adjectives; a few frequent people), documented in the file itself; a user adds rows of the same
 * shape with {@link #with}.
 *
 * <p>Spellings are compared on {@link Keys#matchKey}: hamza, alef maqsura, teh marbuta, diacritics,
 * the article of the first word, case and accents make no difference, so الجامعة العربية,
 * الجامعه العربيه and "Arab League" all give {@code org:جامعة_الدول_العربية}.
 *
 * <p>Immutable and thread-safe.
 */
public final class Aliases {
  static final String RESOURCE = "/marsad/entity/aliases.tsv";
  private static final Set<String> TYPES = Set.of("pers", "org", "loc", "misc");

  private static final class Shipped {
    static final Aliases ALIASES = ShippedData.load(RESOURCE, Aliases::read);
  }

  private final Map<String, String> idByKey;
  private final Map<String, String> countryByAdjective;
  private final int longestName;

  private Aliases(Map<String, String> idByKey, Map<String, String> countryByAdjective) {
    this.idByKey = Map.copyOf(idByKey);
    this.countryByAdjective = Map.copyOf(countryByAdjective);
    int longest = 1;
    for (String k : idByKey.keySet()) longest = Math.max(longest, k.split(" ").length);
    this.longestName = longest;
  }

  /** The table shipped with Marsad. */
  public static Aliases shipped() {
    return Shipped.ALIASES;
  }

  /** No aliases at all: every entity gets the id derived from its own name. */
  public static Aliases none() {
    return new Aliases(Map.of(), Map.of());
  }

  /** Reads a table in the shape of {@code aliases.tsv}. */
  public static Aliases read(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(r, file.toString());
    }
  }

  /**
   * Reads a table in the shape of {@code aliases.tsv}.
   *
   * @param origin names the input in error messages
   * @throws IllegalArgumentException naming the line, when a row is malformed
   */
  public static Aliases read(Reader reader, String origin) throws IOException {
    Map<String, String> ids = new HashMap<>();
    Map<String, String> adjectives = new HashMap<>();
    BufferedReader in = new BufferedReader(reader);
    String line;
    int number = 0;
    while ((line = in.readLine()) != null) {
      number++;
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] cols = line.split("\t", -1);
      String id = cols[0].strip();
      int colon = id.indexOf(':');
      if (colon <= 0 || !TYPES.contains(id.substring(0, colon)) || id.length() == colon + 1
          || id.contains(" ")) {
        throw new IllegalArgumentException(origin + ":" + number + ": '" + id
            + "' is no canonical id (pers:, org:, loc: or misc: and a name with _ for spaces)");
      }
      ids.put(Keys.matchKey(id.substring(colon + 1).replace('_', ' ')), id);
      if (cols.length > 1) {
        for (String alias : cols[1].split("\\|")) {
          if (!alias.isBlank()) ids.put(Keys.matchKey(alias), id);
        }
      }
      if (cols.length > 2) {
        for (String adjective : cols[2].split("\\|")) {
          if (!adjective.isBlank()) adjectives.put(Keys.withoutArticle(Keys.key(adjective.strip())), id);
        }
      }
    }
    ids.remove("");
    return new Aliases(ids, adjectives);
  }

  /** This table with the rows of {@code more} added; where both name a spelling, {@code more} wins. */
  public Aliases with(Aliases more) {
    Map<String, String> ids = new HashMap<>(idByKey);
    ids.putAll(more.idByKey);
    Map<String, String> adjectives = new HashMap<>(countryByAdjective);
    adjectives.putAll(more.countryByAdjective);
    return new Aliases(ids, adjectives);
  }

  /** The canonical id of a known entity under any of its spellings, or null. */
  public String idOf(String name) {
    return idByKey.get(Keys.matchKey(name));
  }

  /** As {@link #idOf}, for a name already turned into its {@link Keys#matchKey}. */
  String idOfKey(String matchKey) {
    return idByKey.get(matchKey);
  }

  /**
   * The country a nationality adjective names, or null: مغربي, المغربية, المغربيين all give
   * {@code loc:المغرب}.
   *
   * @param wordKey the folded key of one word, clitics already peeled
   */
  String countryOfAdjective(String wordKey) {
    String w = Keys.withoutArticle(wordKey);
    String id = countryByAdjective.get(w);
    if (id != null) return id;
    if (w.endsWith("ه")) return countryByAdjective.get(w.substring(0, w.length() - 1));
    if (w.endsWith("ين") || w.endsWith("ون") || w.endsWith("ان")) {
      return countryByAdjective.get(w.substring(0, w.length() - 2));
    }
    return null;
  }

  /** The most words an alias has: how far a scan over a text needs to look. */
  int longestName() {
    return longestName;
  }

  /** The type of an id, upper-cased as mention types are: {@code org:x} gives ORG. */
  static String typeOf(String id) {
    int colon = id.indexOf(':');
    return colon < 0 ? null : id.substring(0, colon).toUpperCase(Locale.ROOT);
  }
}
