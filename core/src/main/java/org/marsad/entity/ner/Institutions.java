package org.marsad.entity.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.marsad.model.EntityMention;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Token;

/**
 * Names of bodies written the Arabic way: a head noun (وزارة، فيدرالية، رئاسة، الاتحاد ...) and
 * the genitive chain that follows it, definite words and their coordination: "وزارة الصناعة
 * والتجارة والاقتصاد الأخضر والرقمي", "فيدرالية تكنولوجيا المعلومات والاتصالات وترحيل الخدمات",
 * "رئاسة الحكومة", "الاتحاد الدولي للاتصالات". The long official names of Maghreb ministries and
 * federations are rare in the labelled news the tagger learned from, and their shape is regular.
 *
 * <p>The chain takes a word with the article (also و+ال, ب+ال, لل), or an indefinite word
 * directly followed by one with the article (construct state: تكنولوجيا المعلومات). It stops at
 * punctuation, relative pronouns and particles spelled with ال (الذي، التي، إلا، إلى، الآن) and at
 * time words (اليوم، الماضي، الاثنين ...). Heads come from {@code institution-heads.txt}.
 */
final class Institutions {
  private static final Set<String> HEADS = load();
  private static final Set<String> STOPS =
      Set.of(
          "الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي", "الا", "الي", "الان",
          "الله", "اليوم", "الماضي", "الماضيه", "المقبل", "المقبله", "الحالي", "الحاليه", "الجاري",
          "الجاريه", "الاسبوع", "الشهر", "السنه", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء",
          "الخميس", "الجمعه", "السبت", "الصباح", "المساء", "الامس", "الخاص", "الخاصه", "العام",
          "السابق", "السابقه", "الاول", "الاولي", "الثاني", "الاخير", "الاخيره", "الكثير", "البعض",
          "الكل", "الاخري", "الاخر", "الدكتور", "الدكتوره", "السيد", "السيده", "الاستاذ",
          "الاستاذه", "المهندس", "الشيخ", "الوزير", "الوزيره", "السفير", "الرئيس", "الملك");

  private Institutions() {}

  private static Set<String> load() {
    Set<String> heads = new HashSet<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                Institutions.class.getResourceAsStream("/marsad/entity/ner/institution-heads.txt"),
                StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        line = line.strip();
        if (!line.isEmpty() && !line.startsWith("#")) heads.add(ArabicNormalizer.searchKey(line));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return heads;
  }

  /** Names of bodies among the tokens of one sentence. */
  static List<EntityMention> find(String text, List<Token> tokens) {
    List<EntityMention> out = new ArrayList<>();
    int n = tokens.size();
    List<String> words = new ArrayList<>(n);
    boolean[] joined = new boolean[n]; // token i follows token i-1 with at most one space
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      words.add(t.type() == Token.Type.ARABIC ? t.text() : "");
      joined[i] = i > 0 && t.start() - tokens.get(i - 1).end() <= 1;
    }
    for (int[] span : spans(words, joined)) {
      Token head = tokens.get(span[0]);
      int start = head.start() + span[2];
      int stop = tokens.get(span[1] - 1).end();
      out.add(new EntityMention(text.substring(start, stop), "ORG", start, stop, null, null));
    }
    return out;
  }

  /**
   * Spans {@code [first, end, charsOfCliticsBeforeTheHead]} of names of bodies in a sentence's
   * words; a non-Arabic token is given as "". {@code joined} may be null (all joined).
   */
  static List<int[]> spans(List<String> words, boolean[] joined) {
    List<int[]> out = new ArrayList<>();
    int n = words.size();
    for (int i = 0; i < n; i++) {
      String raw = words.get(i);
      if (raw.isEmpty()) continue;
      String key = ArabicNormalizer.searchKey(raw);
      int cut = headStart(key);
      if (cut < 0) continue;
      int end = i + 1;
      boolean adjectivesOnly = true; // every word after the head so far is a nisba adjective
      while (end < n) {
        String t = words.get(end);
        if (t.isEmpty() || (joined != null && !joined[end])) break;
        String k = ArabicNormalizer.searchKey(t);
        // "ووكالة التخطيط": a second body coordinated with the first is a name of its own
        if (end > i + 1 && k.startsWith("و") && headStart(k.substring(1)) >= 0) break;
        // "الاتحاد البريدي العالمي والترشيحات": coordination joins the nouns of a genitive chain
        // ("وزارة الصناعة والتجارة"); after a head and its adjectives alone it starts a new phrase
        if (end > i + 1 && adjectivesOnly && k.startsWith("و")) break;
        // "وكافة الأجهزة التابعة": a quantifier starts a phrase of its own
        if (QUANTIFIERS.contains(k.startsWith("و") ? k.substring(1) : k)) break;
        if (!nisba(k)) adjectivesOnly = false;
        if (definite(k)) {
          end++;
        } else if (end + 1 < n
            && (end == i + 1 || t.startsWith("ل") || (t.startsWith("و") && headStart(k.substring(1)) < 0))
            && !t.endsWith("ه")
            && !words.get(end + 1).isEmpty()
            && (joined == null || joined[end + 1])
            && definite(ArabicNormalizer.searchKey(words.get(end + 1)))
            && !HEADS.contains(k)
            && k.length() > 2) {
          end += 2; // construct state: تكنولوجيا المعلومات
        } else {
          break;
        }
      }
      if (end == i + 1) continue;
      out.add(new int[] {i, end, cut});
      i = end - 1;
    }
    return out;
  }

  /** Characters of proclitics before the head noun in a key, or -1 when the word is no head. */
  /**
   * A head noun alone and without the article ("منظمة", "هيئة"): a common noun, never a body's
   * name by itself ("الحكومة" with the article may be one).
   */
  static boolean isBareHead(String word) {
    String key = ArabicNormalizer.searchKey(word);
    return !key.startsWith("ال") && HEADS.contains(key);
  }

  static int headStart(String key) {
    // لل: ل before the article, or before a word starting with ل: keep the whole word
    if (key.startsWith("لل") && (HEADS.contains(key.substring(2)) || HEADS.contains(key.substring(1)))) {
      return 0;
    }
    String[] prefixes = {"", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل"};
    for (String p : prefixes) {
      if (!key.startsWith(p)) continue;
      String rest = key.substring(p.length());
      if (HEADS.contains(rest)) return p.length();
      if (rest.startsWith("ال") && HEADS.contains(rest.substring(2))) return p.length();
      if (p.equals("ل") && rest.startsWith("ل") && HEADS.contains(rest.substring(1))) return 0;
    }
    return -1;
  }

  /** Words that quantify what follows them: never inside a body's name. */
  private static final Set<String> QUANTIFIERS =
      Set.of("كافه", "جميع", "مختلف", "كل", "بعض", "سائر", "باقي", "معظم", "اغلب", "عده");

  /**
   * A definite nisba adjective (البريدي، العالمي، العربية): the article, then a stem ending in ي
   * or يه (search keys write ة as ه).
   */
  static boolean nisba(String k) {
    String bare = k.startsWith("و") || k.startsWith("ف") ? k.substring(1) : k;
    if (bare.startsWith("لل")) bare = "ال" + bare.substring(2);
    if (!bare.startsWith("ال") || bare.length() < 5) return false;
    return bare.endsWith("ي") || bare.endsWith("يه");
  }

  private static boolean definite(String k) {
    if (STOPS.contains(k)) return false;
    String bare = k.startsWith("و") || k.startsWith("ف") ? k.substring(1) : k;
    if (STOPS.contains(bare)) return false;
    if (bare.startsWith("ال") && bare.length() > 3) return true;
    return (bare.startsWith("بال") || bare.startsWith("لل")) && bare.length() > 4;
  }

  /**
   * "للمنتدى العربي لحوكمة الانترنت": a "person" that starts on the word right after a definite
   * head noun with a definite nisba (العربي: a given name too) is the head's adjective, and the
   * body's name holds it ("الأمين العام للاتحاد الطيب البكوش" keeps its person: الطيب is no nisba).
   */
  private static boolean adjectiveOfHead(EntityMention body, EntityMention person) {
    String t = body.text();
    int sp = t.indexOf(' ');
    if (sp < 0 || person.start() != body.start() + sp + 1) return false;
    String head = ArabicNormalizer.searchKey(t.substring(0, sp));
    int cut = headStart(head);
    if (cut < 0) return false;
    String bare = head.substring(cut);
    if (!bare.startsWith("ال") && !bare.startsWith("لل")) return false;
    String first = person.text().split("\\s+")[0];
    return nisba(ArabicNormalizer.searchKey(first));
  }

  /**
   * Merges the names of bodies into the tagger's mentions: a body's name replaces the mentions it
   * covers or overlaps when it is at least as long; a longer tagger mention wins.
   */
  static List<EntityMention> merge(List<EntityMention> tagged, List<EntityMention> bodies) {
    List<EntityMention> out = new ArrayList<>(tagged);
    for (EntityMention body : bodies) {
      // a person the tagger found is never swallowed: the body's name ends before it
      EntityMention b = body;
      for (EntityMention m : tagged) {
        if (m.type().equals("PERS") && m.start() < b.end() && m.end() > b.start()
            && !adjectiveOfHead(b, m)) {
          int stop = m.start();
          while (stop > b.start() && Character.isWhitespace(b.text().charAt(stop - 1 - b.start()))) stop--;
          String cut = b.text().substring(0, Math.max(0, stop - b.start()));
          b = cut.indexOf(' ') < 0 ? null : new EntityMention(cut, "ORG", b.start(), stop, null, null);
          if (b == null) break;
        }
      }
      if (b == null) continue;
      boolean keep = true;
      List<EntityMention> covered = new ArrayList<>();
      for (EntityMention m : out) {
        if (m.end() <= b.start() || m.start() >= b.end()) continue;
        // the tagger's mention wins only when it reaches beyond the body's name (clitics aside)
        if (m.end() > b.end() || m.start() < b.start() - 2) {
          keep = false;
          break;
        }
        covered.add(m);
      }
      if (!keep) continue;
      out.removeAll(covered);
      out.add(b);
    }
    out.sort(java.util.Comparator.comparingInt(EntityMention::start));
    return out;
  }
}
