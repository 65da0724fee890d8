package org.marsad.connect;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.marsad.text.Sentence;
import org.marsad.text.SentenceSplitter;

/**
 * Makes a near-duplicate of an article the way news sites copy each other, for measuring
 * detection: paragraphs reordered, sentences dropped or added (from another article), the title
 * changed, boilerplate added, a few words edited. Each edit is applied with probability one half,
 * at least two per copy. Deterministic for a given {@link Random}.
 */
public final class NearDuplicateGenerator {
  private NearDuplicateGenerator() {}

  /** A generated copy and the edits that made it. */
  public record Copy(String title, String text, List<String> edits) {}

  private static final List<String> BOILERPLATE = List.of(
      "تابعونا على فيسبوك وتويتر لمزيد من الأخبار.",
      "جميع الحقوق محفوظة © 2018",
      "اشترك في النشرة البريدية ليصلك كل جديد.",
      "شارك هذا المقال على مواقع التواصل الاجتماعي.",
      "المصدر: وكالات",
      "لمتابعة آخر الأخبار العاجلة حمّل تطبيقنا المجاني.");

  private static final List<String> TITLE_PREFIXES = List.of("عاجل: ", "بالفيديو: ", "شاهد: ", "");
  private static final List<String> TITLE_SUFFIXES =
      List.of(" - بي بي سي عربي", " | سكاي نيوز عربية", " - فرانس 24", "");

  /**
   * @param title the original's title
   * @param text the original's text, paragraphs separated by line breaks
   * @param other another article's text, where added sentences come from
   */
  public static Copy copy(String title, String text, String other, Random random) {
    List<String> edits = new ArrayList<>();
    boolean[] on = new boolean[6];
    int count = 0;
    while (count < 2) {
      count = 0;
      for (int i = 0; i < on.length; i++) if (on[i] = random.nextBoolean()) count++;
    }
    List<String> paragraphs = new ArrayList<>(List.of(text.split("\n+")));
    paragraphs.removeIf(String::isBlank);
    if (on[0] && paragraphs.size() > 1) {
      Collections.shuffle(paragraphs, random);
      edits.add("paragraphs reordered");
    }
    if (on[1]) {
      int dropped = dropSentences(paragraphs, 1 + random.nextInt(2), random);
      if (dropped > 0) edits.add(dropped + " sentences dropped");
    }
    if (on[2]) {
      List<String> extra = sentences(other);
      if (!extra.isEmpty()) {
        int n = 1 + random.nextInt(2);
        for (int i = 0; i < n; i++) {
          String s = extra.get(random.nextInt(extra.size()));
          int at = random.nextInt(paragraphs.size() + 1);
          paragraphs.add(at, s);
        }
        edits.add(n + " sentences added");
      }
    }
    String newTitle = title == null ? "" : title;
    if (on[3]) {
      newTitle = TITLE_PREFIXES.get(random.nextInt(TITLE_PREFIXES.size()))
          + editWords(newTitle, 1, random)
          + TITLE_SUFFIXES.get(random.nextInt(TITLE_SUFFIXES.size()));
      edits.add("title changed");
    }
    if (on[4]) {
      paragraphs.add(BOILERPLATE.get(random.nextInt(BOILERPLATE.size())));
      if (random.nextBoolean()) paragraphs.add(0, BOILERPLATE.get(random.nextInt(BOILERPLATE.size())));
      edits.add("boilerplate added");
    }
    String body = String.join("\n", paragraphs);
    if (on[5]) {
      int n = 2 + random.nextInt(5);
      body = editWords(body, n, random);
      edits.add(n + " words edited");
    }
    return new Copy(newTitle.strip(), body, edits);
  }

  private static List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    for (Sentence s : SentenceSplitter.split(text)) {
      String t = s.text(text).strip();
      if (t.length() > 20) out.add(t);
    }
    return out;
  }

  /** Drops up to {@code n} sentences, never more than a fifth of them. */
  private static int dropSentences(List<String> paragraphs, int n, Random random) {
    int total = 0;
    for (String p : paragraphs) total += SentenceSplitter.split(p).size();
    n = Math.min(n, total / 5);
    int dropped = 0;
    for (int k = 0; k < n; k++) {
      int pi = random.nextInt(paragraphs.size());
      String p = paragraphs.get(pi);
      List<Sentence> ss = SentenceSplitter.split(p);
      if (ss.isEmpty()) continue;
      if (ss.size() == 1) {
        if (paragraphs.size() > 1) {
          paragraphs.remove(pi);
          dropped++;
        }
        continue;
      }
      Sentence s = ss.get(random.nextInt(ss.size()));
      paragraphs.set(pi, (p.substring(0, s.start()) + p.substring(s.end())).strip());
      dropped++;
    }
    return dropped;
  }

  /** Replaces, deletes or duplicates {@code n} words at random. */
  static String editWords(String text, int n, Random random) {
    String[] words = text.split(" ", -1);
    List<String> out = new ArrayList<>(List.of(words));
    for (int k = 0; k < n && out.size() > 1; k++) {
      int i = random.nextInt(out.size());
      switch (random.nextInt(3)) {
        case 0 -> out.remove(i);
        case 1 -> out.set(i, out.get(random.nextInt(out.size())));
        default -> out.add(i, out.get(random.nextInt(out.size())));
      }
    }
    return String.join(" ", out);
  }
}
