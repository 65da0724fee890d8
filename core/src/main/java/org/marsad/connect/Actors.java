package org.marsad.connect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.marsad.model.Article;
import org.marsad.model.EntityMention;
import org.marsad.model.Event;
import org.marsad.text.Sentence;
import org.marsad.text.SentenceSplitter;

/**
 * The actors of an article, as graph nodes, and which of them appear together. A node is the
 * mention's canonical entity id ({@code pers:سعد_الدين_العثماني}) from the entities stage; a
 * mention that stage could not resolve stands for itself as {@code type:its_text}, so the graph
 * works before resolution and merges once it lands.
 *
 * <p>Three kinds of co-occurrence, from the tightest: {@link Kind#EVENT} (actors of one event
 * frame), {@link Kind#SENTENCE} (mentions in one sentence), {@link Kind#ARTICLE} (one article).
 */
public final class Actors {
  private Actors() {}

  /** How two actors were seen together. */
  public enum Kind {
    ARTICLE('a', 1), SENTENCE('s', 2), EVENT('e', 3);

    /** The letter that tags the kind in the store. */
    public final char code;
    /** What one piece of evidence of this kind adds to an edge's weight. */
    public final int weight;

    Kind(char code, int weight) {
      this.code = code;
      this.weight = weight;
    }
  }

  /** Articles with more actors keep the most mentioned ones: bounds the pairs per article. */
  public static final int MAX_PER_ARTICLE = 40;

  /** The node id of a mention: its canonical id, else {@code type:text} (PERS → pers). */
  public static String id(EntityMention m) {
    if (m.canonical() != null && !m.canonical().isBlank()) return m.canonical().strip();
    String type = m.type() == null ? "misc" : m.type().toLowerCase(Locale.ROOT);
    return type + ":" + m.text().strip().replaceAll("\\s+", "_");
  }

  /** A readable label for a node id: {@code pers:سعد_الدين_العثماني} → سعد الدين العثماني. */
  public static String label(String id) {
    int colon = id.indexOf(':');
    return id.substring(colon + 1).replace('_', ' ');
  }

  /** The type part of a node id ({@code pers}), or {@code misc}. */
  public static String type(String id) {
    int colon = id.indexOf(':');
    return colon > 0 ? id.substring(0, colon) : "misc";
  }

  /** The distinct actors of an article, the most mentioned first (at most {@link #MAX_PER_ARTICLE}). */
  public static List<String> of(Article article) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (EntityMention m : article.entities()) counts.merge(id(m), 1, Integer::sum);
    for (Event e : article.events()) for (Event.Actor a : e.actors()) counts.merge(a.id(), 1, Integer::sum);
    List<String> ids = new ArrayList<>(counts.keySet());
    ids.sort((x, y) -> counts.get(y) - counts.get(x));
    return ids.size() > MAX_PER_ARTICLE ? List.copyOf(ids.subList(0, MAX_PER_ARTICLE)) : ids;
  }

  /**
   * The pairs seen in one sentence or one event, each once per article, as {@code x\u001fy\u001fk}
   * with {@code x < y} and {@code k} the kind's code. Article-level pairs are not listed: they
   * follow from {@link #of}.
   */
  public static List<String> closePairs(Article article) {
    TreeSet<String> pairs = new TreeSet<>();
    List<String> kept = of(article);
    if (article.entities().size() >= 2) {
      List<Sentence> sentences = SentenceSplitter.split(article.text());
      int s = 0;
      List<String> inSentence = new ArrayList<>();
      List<EntityMention> mentions = new ArrayList<>(article.entities());
      mentions.sort((x, y) -> Integer.compare(x.start(), y.start()));
      int current = -1;
      for (EntityMention m : mentions) {
        while (s < sentences.size() && sentences.get(s).end() <= m.start()) s++;
        if (s != current) {
          addPairs(pairs, inSentence, Kind.SENTENCE, kept);
          inSentence.clear();
          current = s;
        }
        inSentence.add(id(m));
      }
      addPairs(pairs, inSentence, Kind.SENTENCE, kept);
    }
    for (Event e : article.events()) {
      addPairs(pairs, e.actors().stream().map(Event.Actor::id).toList(), Kind.EVENT, kept);
    }
    return List.copyOf(pairs);
  }

  private static void addPairs(TreeSet<String> out, List<String> ids, Kind kind, List<String> kept) {
    for (int i = 0; i < ids.size(); i++) {
      for (int j = 0; j < ids.size(); j++) {
        String x = ids.get(i), y = ids.get(j);
        if (x.compareTo(y) < 0 && kept.contains(x) && kept.contains(y)) {
          out.add(x + '\u001f' + y + '\u001f' + kind.code);
        }
      }
    }
  }
}
