package org.marsad.entity.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.marsad.model.EntityMention;
import org.marsad.text.Sentence;
import org.marsad.text.SentenceSplitter;
import org.marsad.text.Token;

/**
 * Finds names of people, places, organizations and other entities (PERS, LOC, ORG, MISC) in Arabic
 * text with a trained model ({@link NerTrainer}). Words are tagged as written, clitics attached
 * (والمغرب), the way ANERcorp is annotated. Thread-safe: the model is immutable.
 */
public final class NerTagger {
  static final String RESOURCE = "/marsad/entity/ner/ner-model.bin.gz";

  private static final class Holder {
    static final NerTagger STANDARD = load();

    private static NerTagger load() {
      try (InputStream in = NerTagger.class.getResourceAsStream(RESOURCE)) {
        if (in == null) throw new IllegalStateException("NER model missing: " + RESOURCE);
        return new NerTagger(NerModel.read(in));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read NER model " + RESOURCE, e);
      }
    }
  }

  /**
   * Sentences either side within which a name found once is propagated, for corpora in CoNLL form
   * where article boundaries are not marked; within an article, {@link #find} uses the whole text.
   */
  public static final int WINDOW = 20;

  private final NerModel model;
  private final Features features;
  private final boolean[] allowed;

  public NerTagger(NerModel model) {
    this.model = model;
    this.features = new Features(model.lexicon);
    this.allowed = Viterbi.allowed(List.of(model.tags));
  }

  /** The shipped model, loaded once. */
  public static NerTagger standard() {
    return Holder.STANDARD;
  }

  public NerModel model() {
    return model;
  }

  /** BIO tags for the tokens of one sentence. */
  public List<String> tag(List<String> tokens) {
    long[][] hashes = features.extract(tokens);
    int[][] rows = new int[hashes.length][];
    for (int i = 0; i < hashes.length; i++) {
      int[] r = new int[hashes[i].length];
      int k = 0;
      for (long h : hashes[i]) {
        int row = model.features.get(h);
        if (row >= 0) r[k++] = row;
      }
      rows[i] = k == r.length ? r : java.util.Arrays.copyOf(r, k);
    }
    int[] best =
        Viterbi.decode(rows, model.weights, model.transitions, allowed, model.tags.length);
    List<String> out = new ArrayList<>(best.length);
    for (int b : best) out.add(model.tags[b]);
    return out;
  }

  /**
   * Tags consecutive sentences of one text (or a window of a corpus), then makes the tags
   * consistent: a name found once is found wherever it recurs within {@code window} sentences
   * (one sense per discourse; the same string in the same article names the same thing). Only
   * untagged stretches are filled, and single words only when they are not common words.
   */
  public List<List<String>> tagAll(List<List<String>> sentences, int window) {
    int n = sentences.size();
    List<List<String>> tags = new ArrayList<>(n);
    for (List<String> s : sentences) tags.add(new ArrayList<>(tag(s)));
    if (window <= 0 || n < 2) return tags;
    // normalized words once
    List<String[]> keys = new ArrayList<>(n);
    for (List<String> s : sentences) {
      String[] k = new String[s.size()];
      for (int i = 0; i < k.length; i++) k[i] = NerLexicon.key(s.get(i));
      keys.add(k);
    }
    // names found: phrase key -> sentences (ascending) and type
    java.util.Map<String, List<int[]>> found = new java.util.HashMap<>();
    int maxLen = 1;
    for (int s = 0; s < n; s++) {
      List<String> t = tags.get(s);
      List<String> words = sentences.get(s);
      for (int i = 0; i < t.size(); ) {
        if (t.get(i).equals("O")) {
          i++;
          continue;
        }
        String typeName = t.get(i).substring(2);
        int type = NerModel.TAGS.indexOf("B-" + typeName); // I- is the next tag
        int j = i + 1;
        while (j < t.size() && t.get(j).equals("I-" + typeName)) j++;
        if (j - i > 1 || rare(words.get(i))) {
          remember(found, phrase(keys.get(s), i, j), s, type);
          maxLen = Math.max(maxLen, j - i);
        }
        // a person's family name alone refers back to the full name (العثماني)
        if (typeName.equals("PERS") && j - i >= 2 && rare(words.get(j - 1))) {
          remember(found, keys.get(s)[j - 1], s, type);
        }
        i = j;
      }
    }
    if (found.isEmpty()) return tags;
    for (int s = 0; s < n; s++) {
      String[] k = keys.get(s);
      List<String> t = tags.get(s);
      for (int i = 0; i < k.length; i++) {
        if (!t.get(i).equals("O")) continue;
        for (int len = Math.min(maxLen, k.length - i); len >= 1; len--) {
          boolean free = true;
          for (int j = i; j < i + len; j++) free &= t.get(j).equals("O");
          if (!free) continue;
          List<int[]> seen = found.get(len == 1 ? k[i] : phrase(k, i, i + len));
          if (seen == null) continue;
          int type = -1;
          for (int[] e : seen) {
            if (e[0] != s && Math.abs(e[0] - s) <= window) {
              type = e[1];
              break;
            }
          }
          if (type < 0) continue;
          t.set(i, NerModel.TAGS.get(type));
          for (int j = i + 1; j < i + len; j++) t.set(j, NerModel.TAGS.get(type + 1));
          i += len - 1;
          break;
        }
      }
    }
    return tags;
  }

  private static void remember(java.util.Map<String, List<int[]>> found, String key, int s, int type) {
    List<int[]> list = found.computeIfAbsent(key, x -> new ArrayList<>(2));
    if (list.isEmpty() || list.get(list.size() - 1)[0] != s) list.add(new int[] {s, type});
  }

  private static String phrase(String[] keys, int from, int to) {
    if (to - from == 1) return keys[from];
    StringBuilder sb = new StringBuilder(keys[from]);
    for (int i = from + 1; i < to; i++) sb.append(' ').append(keys[i]);
    return sb.toString();
  }

  private static boolean rare(String word) {
    return org.marsad.text.WordFrequencies.news().count(word) < 200;
  }

  /** Entity mentions in a text, with UTF-16 offsets; canonical ids and roles are left null. */
  public List<EntityMention> find(String text) {
    List<EntityMention> out = new ArrayList<>();
    List<List<Token>> sentences = new ArrayList<>();
    List<List<String>> words = new ArrayList<>();
    for (Sentence sentence : SentenceSplitter.split(text)) {
      List<Token> tokens = sentence.tokens();
      if (tokens.isEmpty()) continue;
      List<String> w = new ArrayList<>(tokens.size());
      for (Token t : tokens) w.add(t.text());
      sentences.add(tokens);
      words.add(w);
    }
    List<List<String>> all = tagAll(words, Integer.MAX_VALUE / 2);
    List<EntityMention> mentions = new ArrayList<>();
    for (int s = 0; s < sentences.size(); s++) {
      List<Token> tokens = sentences.get(s);
      List<String> tags = all.get(s);
      int i = 0;
      while (i < tags.size()) {
        String tag = tags.get(i);
        if (tag.equals("O")) {
          i++;
          continue;
        }
        String type = tag.substring(2);
        int j = i + 1;
        while (j < tags.size() && tags.get(j).equals("I-" + type)) j++;
        int start = tokens.get(i).start() + proclitics(tokens.get(i).text(), j - i);
        int end = tokens.get(j - 1).end();
        if (hasLetter(text, start, end) && !NOT_NAMES.contains(notNameKey(text.substring(start, end)))
            && !(type.equals("ORG") && j - i == 1 && Institutions.isBareHead(text.substring(start, end)))) {
          mentions.add(new EntityMention(text.substring(start, end), type, start, end, null, null));
        }
        i = j;
      }
      mentions.addAll(TitledBodies.find(text, tokens, mentions, model.lexicon));
      mentions.addAll(DatelinePlaces.find(text, tokens, mentions, model.lexicon));
      mentions.sort(java.util.Comparator.comparingInt(EntityMention::start));
      for (EntityMention m : Institutions.merge(mentions, Institutions.find(text, tokens))) {
        m = personAfterBody(m);
        m = afterKinship(text, m);
        m = afterStateWord(text, m);
        EntityMention place = trailingPlace(m);
        if (place != null) {
          int stop = place.start() - 1;
          while (stop > m.start() && Character.isWhitespace(text.charAt(stop - 1))) stop--;
          out.add(new EntityMention(text.substring(m.start(), stop), "ORG", m.start(), stop, null, null));
          out.add(place);
        } else {
          out.add(m);
        }
      }
      mentions.clear();
    }
    return out;
  }

  /**
   * How many leading characters of a mention's first word are clitics, not name: و and ف
   * (conjunctions) when the rest is the commoner word (وحاتم, not وليد), and ب or ك before the
   * article (بالمغرب). ل before the article merges with it (للمغرب) and stays.
   */
  static int proclitics(String word, int words) {
    int cut = 0;
    var freq = org.marsad.text.WordFrequencies.news();
    if (word.length() > 3 && (word.charAt(0) == '\u0648' || word.charAt(0) == '\u0641')
        && freq.count(word.substring(1)) > freq.count(word)) {
      cut = 1;
    }
    String rest = word.substring(cut);
    if (rest.length() > 4
        && (rest.charAt(0) == '\u0628' || rest.charAt(0) == '\u0643')
        && rest.startsWith("\u0627\u0644", 1)) {
      cut++;
    } else if (rest.length() > 3
        && (rest.charAt(0) == '\u0628' || rest.charAt(0) == '\u0643' || rest.charAt(0) == '\u0644')
        && rest.charAt(1) != '\u0644'
        && freq.count(rest.substring(1)) > 2 * Math.max(1, freq.count(rest))) {
      cut++; // بفلسطين, لفرنسا; not لبنان (بنان is rare)
    }
    return cut;
  }

  /** ابن، بن، أبو، أبي: the words of a nasab or kunya, in their search-key forms. */
  private static final java.util.Set<String> KINSHIP = java.util.Set.of("ابن", "بن", "ابو", "ابي");

  /**
   * "ابن خلدون": one word after ابن، بن or أبو is a person's name however the tagger typed it
   * (خلدون is also a place); the person's mention starts at the kinship word.
   */
  static EntityMention afterKinship(String text, EntityMention m) {
    if (m.type().equals("PERS") || m.text().indexOf(' ') >= 0) return m;
    int[] w = wordBefore(text, m.start());
    if (w == null || !KINSHIP.contains(org.marsad.text.ArabicNormalizer.searchKey(text.substring(w[0], w[1])))) {
      return m;
    }
    return new EntityMention(text.substring(w[0], m.end()), "PERS", w[0], m.end(), null, null);
  }

  /** The word (letters only) right before {@code at}, across spaces: {@code [start, end]}, or null. */
  private static int[] wordBefore(String text, int at) {
    int e = at;
    while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) e--;
    if (e == at || e == 0) return null;
    int b = e;
    while (b > 0 && Character.isLetter(text.charAt(b - 1))) b--;
    return b == e ? null : new int[] {b, e};
  }

  /**
   * جمهورية، مملكة، سلطنة، دولة، إمارة: the first word of a state's official name, in search-key
   * form (also the resolver's match-key form).
   */
  public static final java.util.Set<String> STATE_WORDS =
      java.util.Set.of("جمهوريه", "مملكه", "سلطنه", "دوله", "اماره");

  /**
   * "بجمهورية مصر العربية": a place right after the word of a state's official name is named by
   * both (the resolver knows the official names: جمهورية مصر العربية is مصر); a clitic on that
   * word (ب، ل، و، ف) stays outside.
   */
  static EntityMention afterStateWord(String text, EntityMention m) {
    if (!m.type().equals("LOC")) return m;
    int[] w = wordBefore(text, m.start());
    if (w == null) return m;
    int b = w[0];
    String word = text.substring(b, w[1]);
    for (int cut = 0; cut <= 2 && cut < word.length() - 3; cut++) {
      if (cut > 0 && "بلوف".indexOf(word.charAt(cut - 1)) < 0) break;
      if (STATE_WORDS.contains(org.marsad.text.ArabicNormalizer.searchKey(word.substring(cut)))) {
        int start = b + cut, end = m.end();
        // and the name's adjectives: جمهورية مصر العربية، المملكة الأردنية الهاشمية
        while (true) {
          int ws = end;
          while (ws < text.length() && text.charAt(ws) == ' ') ws++;
          int we = ws;
          while (we < text.length() && Character.isLetter(text.charAt(we))) we++;
          if (we == ws || ws == end
              || !Institutions.nisba(org.marsad.text.ArabicNormalizer.searchKey(text.substring(ws, we)))) {
            break;
          }
          end = we;
        }
        return new EntityMention(text.substring(start, end), "LOC", start, end, null, null);
      }
    }
    return m;
  }

  /**
   * "الأمين العام للاتحاد الطيب البكوش": a body named by its head alone, after ل, then a given
   * name from the name lists: the name is a person's, the body is where his title points.
   */
  private EntityMention personAfterBody(EntityMention m) {
    if (!m.type().equals("ORG")) return m;
    String t = m.text();
    int sp = t.indexOf(' ');
    if (sp < 0 || !t.startsWith("ل")) return m;
    String head = NerLexicon.key(t.substring(0, sp));
    if (Institutions.headStart(head) != 0 && Institutions.headStart(head) != 1) return m;
    int sp2 = t.indexOf(' ', sp + 1);
    if (sp2 < 0) return m;
    // "للمنتدى العربي لحوكمة": a definite nisba after the head is its adjective, not a given name
    if (Institutions.nisba(org.marsad.text.ArabicNormalizer.searchKey(t.substring(sp + 1, sp2)))) return m;
    String given = NerLexicon.key(t.substring(sp + 1, sp2));
    int types = model.lexicon.gazetteerTypes(Hashing.of(given));
    if (types != NerLexicon.PERS) return m;
    int start = m.start() + sp + 1;
    return new EntityMention(t.substring(sp + 1), "PERS", start, m.end(), null, null);
  }

  /**
   * "وزارة البريد والنهوض بالاقتصاد الرقمي بالغابون": a body's last word that is ب (in) and a
   * listed place says where the body is; it is not part of the name. Returns that place, or null.
   */
  private EntityMention trailingPlace(EntityMention m) {
    if (!m.type().equals("ORG")) return null;
    String t = m.text();
    int sp = t.lastIndexOf(' ');
    if (sp < 0 || t.indexOf(' ') == sp || sp + 4 > t.length() || t.charAt(sp + 1) != '\u0628') return null;
    String place = t.substring(sp + 2);
    String key = NerLexicon.key(place);
    boolean listed = (model.lexicon.gazetteerTypes(Hashing.of(key)) & NerLexicon.LOC) != 0
        || key.startsWith("ال")
            && (model.lexicon.gazetteerTypes(Hashing.of(key.substring(2))) & NerLexicon.LOC) != 0;
    if (!listed) return null;
    int start = m.start() + sp + 2;
    return new EntityMention(place, "LOC", start, m.end(), null, null);
  }

  private static final java.util.Set<String> NOT_NAMES = loadNotNames();

  private static java.util.Set<String> loadNotNames() {
    java.util.Set<String> out = new java.util.HashSet<>();
    try (var r = new java.io.BufferedReader(new java.io.InputStreamReader(
        NerTagger.class.getResourceAsStream("/marsad/entity/ner/not-names.txt"),
        java.nio.charset.StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        line = line.strip();
        if (!line.isEmpty() && !line.startsWith("#")) out.add(notNameKey(line));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static String notNameKey(String s) {
    String k = NerLexicon.key(s);
    return k.startsWith("ال") && k.length() > 4 ? k.substring(2) : k;
  }

  private static boolean hasLetter(String text, int start, int end) {
    for (int i = start; i < end; i++) if (Character.isLetter(text.charAt(i))) return true;
    return false;
  }
}
