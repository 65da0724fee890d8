package org.marsad.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.marsad.connect.Fingerprint;
import org.marsad.connect.Stories;
import org.marsad.connect.StoryVector;

/**
 * The order-dependent half of connecting, run once over the whole input in publication order:
 * which article a duplicate points at, and which story each article joins. It mirrors the ingest's
 * {@code service.Connector} over a store that sees every earlier article:
 *
 * <ul>
 *   <li>an article seen before under the same id with the same text keeps its connections;
 *   <li>an exact copy ({@link Features#exactOf}, the first earlier article with its text) points
 *       at that article and joins its story;
 *   <li>a near copy ({@link Features#nearOf}, chosen in parallel by {@link NearDuplicates}) points
 *       at its candidate's original (the candidate itself, or what the candidate copies) and joins
 *       its story;
 *   <li>any other article joins the story of its most similar earlier original ({@link
 *       Stories#similarity} ≥ {@link Stories#THRESHOLD}, ties to the later candidate) among the
 *       {@value #STORY_CANDIDATES} originals within the window that weigh most on its {@value
 *       #QUERY_TERMS} heaviest story terms (at least two in common), as the store's {@code
 *       ConnectIndex.storyCandidates} ranks them; else it starts a story of its own.
 * </ul>
 *
 * <p><b>Scale.</b> It keeps, per article, its id, duplicate and story, and for originals the story
 * vector and actors in an inverted index by term: a few hundred bytes each, so a driver with a few
 * GB holds ten million articles. Publication order makes a sliding window possible (docs/SCALE.md):
 * a dated article only ever meets originals of the last {@link Stories#WINDOW_DAYS} days.
 */
final class Connections {
  /** As the ingest's Connector and ConnectIndex: candidates per lookup, terms looked up. */
  static final int STORY_CANDIDATES = 20, QUERY_TERMS = 10;

  /** Where an article ended up. */
  record Decision(long seq, String duplicateOf, String story) {}

  private static final class Entry {
    final long seq;
    final String id, contentHash, duplicateOf, story;
    final long day;
    final StoryVector vector;
    final List<String> actors;
    boolean replaced;

    Entry(Features f, String duplicateOf, String story) {
      seq = f.seq;
      id = f.id;
      contentHash = f.contentHash;
      this.duplicateOf = duplicateOf;
      this.story = story;
      day = f.day;
      vector = new StoryVector(f.terms, f.weights);
      actors = List.of(f.actors);
    }
  }

  private final int windowDays;
  private final Map<Long, Entry> bySeq = new HashMap<>();
  private final Map<String, Entry> byId = new HashMap<>();
  private final Map<String, List<Entry>> byTerm = new HashMap<>();
  private long exact, near, started, joined, last = Long.MIN_VALUE;

  Connections() {
    this(Stories.WINDOW_DAYS);
  }

  Connections(int windowDays) {
    this.windowDays = windowDays;
  }

  /** Decides for the next article; articles must come in increasing {@link Features#seq}. */
  Decision next(Features f) {
    if (f.seq <= last) throw new IllegalStateException("articles out of order at " + f.seq);
    last = f.seq;
    String self = f.id;
    Entry prior = byId.get(self);
    String duplicateOf, story;
    if (prior != null && Objects.equals(prior.contentHash, f.contentHash) && prior.story != null) {
      duplicateOf = prior.duplicateOf; // the same article again: it keeps its connections
      story = prior.story;
    } else if (f.exactOf >= 0 && isOther(bySeq.get(f.exactOf), self)) {
      Entry original = bySeq.get(f.exactOf);
      duplicateOf = original.id;
      story = original.story != null ? original.story : Stories.storyId(original.id);
      exact++;
      joined++;
    } else if (f.nearOf >= 0 && isOther(bySeq.get(f.nearOf), self)) {
      Entry c = bySeq.get(f.nearOf);
      duplicateOf = c.duplicateOf == null ? c.id : c.duplicateOf;
      story = c.story != null ? c.story : Stories.storyId(duplicateOf);
      near++;
      joined++;
    } else {
      duplicateOf = null;
      Entry best = bestStory(f);
      if (best != null) {
        story = best.story;
        joined++;
      } else {
        story = Stories.storyId(self);
        started++;
      }
    }
    Entry e = new Entry(f, duplicateOf, story);
    if (prior != null) prior.replaced = true; // the store keeps one article per id: the latest
    bySeq.put(f.seq, e);
    byId.put(self, e);
    if (duplicateOf == null) {
      for (String t : e.vector.terms()) byTerm.computeIfAbsent(t, k -> new ArrayList<>()).add(e);
    }
    return new Decision(f.seq, duplicateOf, story);
  }

  /** Exact and near copies found, stories started, articles that joined a story. */
  long[] counts() {
    return new long[] {exact, near, started, joined};
  }

  private static boolean isOther(Entry c, String self) {
    return c != null && !c.id.equals(self) && !self.equals(c.duplicateOf);
  }

  private Entry bestStory(Features f) {
    String[] t = f.terms;
    float[] w = f.weights;
    if (t.length == 0) return null;
    boolean dated = f.day != Long.MIN_VALUE;
    Integer[] order = new Integer[t.length];
    for (int i = 0; i < t.length; i++) order[i] = i;
    Arrays.sort(order, (x, y) -> Float.compare(w[y], w[x]));
    int n = Math.min(QUERY_TERMS, t.length);
    Map<Entry, float[]> scores = new LinkedHashMap<>();
    for (int k = 0; k < n; k++) {
      for (Entry e : byTerm.getOrDefault(t[order[k]], List.of())) {
        if (e.replaced || e.id.equals(f.id)) continue;
        // the store's date filter: a dated article meets dated originals within the window only
        if (dated && (e.day == Long.MIN_VALUE || Math.abs(e.day - f.day) > windowDays)) continue;
        float[] sc = scores.computeIfAbsent(e, x -> new float[2]);
        sc[0] += w[order[k]];
        sc[1]++;
      }
    }
    int minShould = Math.min(2, n);
    List<Map.Entry<Entry, float[]>> ranked = new ArrayList<>();
    for (Map.Entry<Entry, float[]> s : scores.entrySet()) if (s.getValue()[1] >= minShould) ranked.add(s);
    ranked.sort((x, y) -> {
      int c = Float.compare(y.getValue()[0], x.getValue()[0]);
      return c != 0 ? c : Long.compare(x.getKey().seq, y.getKey().seq);
    });
    Fingerprint fp = new Fingerprint(f.contentHash, new long[0], new long[0], new String[0],
        new StoryVector(t, w), List.of(f.actors), List.of(), f.day);
    Entry best = null;
    double bestScore = Stories.THRESHOLD;
    String own = Stories.storyId(f.id);
    for (int i = 0; i < Math.min(STORY_CANDIDATES, ranked.size()); i++) {
      Entry c = ranked.get(i).getKey();
      if (c.story == null || c.story.equals(own)) continue;
      if (!Stories.inWindow(f.day, c.day, windowDays)) continue;
      double s = Stories.similarity(fp, c.vector, c.actors);
      if (s >= bestScore) {
        bestScore = s;
        best = c;
      }
    }
    return best;
  }
}
