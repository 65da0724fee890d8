package org.marsad.entity.ner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.marsad.text.Token;
import org.marsad.text.Tokenizer;

/**
 * Learns word clusters from unlabelled news with the predictive exchange algorithm (Uszkoreit and
 * Brants, ACL 2008; used for NER features by Täckström, McDonald and Uszkoreit, NAACL 2012). Each
 * word w gets a class c(w) that maximizes the likelihood of the class bigram model P(c(w) | v) for
 * its predecessors v. Words are visited by descending frequency and moved to the class that raises
 * the objective {@code Σ N(v,c) log N(v,c) − Σ N(c) log N(c)} the most, for a few passes.
 *
 * <p>Three clusterings (coarse, middle, fine: 64, 256, 1024 classes by default) are learned and
 * packed 10 bits each. Names that never occur in labelled data share classes with those that do:
 * that is the point. Deterministic: no randomness, ties go to the lower class.
 */
public final class ClusterBuilder {
  private final int minCount;
  private final int maxContexts;
  private final int[] levels;
  private final int passes;

  /**
   * @param minCount words seen fewer times are not clustered
   * @param maxContexts the most frequent words that serve as predecessors; others share one slot
   * @param levels class counts, coarse to fine (each at most 1024)
   * @param passes exchange passes over the vocabulary
   */
  public ClusterBuilder(int minCount, int maxContexts, int[] levels, int passes) {
    this.minCount = minCount;
    this.maxContexts = maxContexts;
    this.levels = levels.clone();
    this.passes = passes;
  }

  public static ClusterBuilder defaults() {
    return new ClusterBuilder(3, 30_000, new int[] {64, 256, 1024}, 6);
  }

  /** Word counts and bigram counts of a corpus, as normalized keys. */
  static final class Corpus {
    final Map<String, Integer> ids = new HashMap<>();
    final List<String> words = new ArrayList<>();
    int[] counts = new int[1 << 16];
    int[] sequence = new int[1 << 20]; // word ids, -1 between sentences
    int length;

    void add(String key) {
      Integer id = ids.get(key);
      if (id == null) {
        id = words.size();
        ids.put(key, id);
        words.add(key);
        if (id >= counts.length) counts = Arrays.copyOf(counts, counts.length * 2);
      }
      counts[id]++;
      push(id);
    }

    void boundary() {
      if (length > 0 && sequence[length - 1] != -1) push(-1);
    }

    private void push(int v) {
      if (length == sequence.length) sequence = Arrays.copyOf(sequence, length * 2);
      sequence[length++] = v;
    }
  }

  /** Reads the title and text of every article of ANT-style JSONL(.gz) files. */
  public static Corpus read(List<Path> files, Consumer<String> progress) throws IOException {
    Corpus corpus = new Corpus();
    ObjectMapper mapper = new ObjectMapper();
    Tokenizer tokenizer = Tokenizer.surface();
    for (Path f : files) {
      InputStream in = Files.newInputStream(f);
      if (f.toString().endsWith(".gz")) in = new GZIPInputStream(in, 1 << 16);
      int articles = 0;
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          if (line.isBlank()) continue;
          JsonNode node = mapper.readTree(line);
          if (node.hasNonNull("dup_of")) continue;
          for (String field : new String[] {"title", "text"}) {
            String text = node.path(field).asText("");
            for (String paragraph : text.split("\n")) {
              for (Token t : tokenizer.tokenize(paragraph)) {
                String key = NerLexicon.key(t.text());
                if (key.isEmpty()) continue;
                corpus.add(key);
                if (t.type() == Token.Type.PUNCTUATION && ".!?؟".contains(key)) corpus.boundary();
              }
              corpus.boundary();
            }
          }
          articles++;
        }
      }
      if (progress != null) progress.accept(f.getFileName() + ": " + articles + " articles");
    }
    return corpus;
  }

  /** Salt of the keys of right-context clusters ({@link #build} with {@code reverse}). */
  static final long RIGHT = 0x5249474854L;

  /**
   * Learns the clusters; returns word hash → packed classes. With {@code reverse}, words are
   * clustered by their successors instead of their predecessors, and keyed by {@code pair(hash,
   * RIGHT)}.
   */
  public LongIntMap build(Corpus corpus, boolean reverse, Consumer<String> progress) {
    if (reverse) {
      int[] seq = corpus.sequence;
      for (int i = 0, j = corpus.length - 1; i < j; i++, j--) {
        int tmp = seq[i];
        seq[i] = seq[j];
        seq[j] = tmp;
      }
    }
    try {
      return build(corpus, reverse ? RIGHT : 0, progress);
    } finally {
      if (reverse) {
        int[] seq = corpus.sequence;
        for (int i = 0, j = corpus.length - 1; i < j; i++, j--) {
          int tmp = seq[i];
          seq[i] = seq[j];
          seq[j] = tmp;
        }
      }
    }
  }

  private LongIntMap build(Corpus corpus, long salt, Consumer<String> progress) {
    int nWords = corpus.words.size();
    Integer[] byFreq = new Integer[nWords];
    for (int i = 0; i < nWords; i++) byFreq[i] = i;
    int[] counts = corpus.counts;
    Arrays.sort(byFreq, (a, b) -> counts[b] != counts[a] ? counts[b] - counts[a] : a - b);
    // vocabulary (clustered words) and contexts (predecessors), both by frequency rank
    int vocab = 0;
    while (vocab < nWords && counts[byFreq[vocab]] >= minCount) vocab++;
    int[] vocabIndex = new int[nWords];
    Arrays.fill(vocabIndex, -1);
    for (int i = 0; i < vocab; i++) vocabIndex[byFreq[i]] = i;
    int contexts = Math.min(maxContexts, vocab) + 2; // + rare words, + sentence start
    int rareContext = contexts - 2;
    int startContext = contexts - 1;
    // predecessor lists per vocabulary word: (context, count), CSR
    Map<Long, Integer> pairs = new HashMap<>();
    int prev = startContext;
    for (int i = 0; i < corpus.length; i++) {
      int w = corpus.sequence[i];
      if (w < 0) {
        prev = startContext;
        continue;
      }
      int vw = vocabIndex[w];
      if (vw >= 0) pairs.merge(((long) vw << 32) | prev, 1, Integer::sum);
      prev = vw >= 0 && vw < rareContext ? vw : rareContext;
    }
    int[] degree = new int[vocab + 1];
    for (long key : pairs.keySet()) degree[(int) (key >>> 32) + 1]++;
    for (int i = 0; i < vocab; i++) degree[i + 1] += degree[i];
    int[] ctx = new int[pairs.size()];
    int[] cnt = new int[pairs.size()];
    int[] fill = Arrays.copyOf(degree, vocab);
    long[] sortedKeys = pairs.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
    for (long key : sortedKeys) {
      int w = (int) (key >>> 32);
      int slot = fill[w]++;
      ctx[slot] = (int) key;
      cnt[slot] = pairs.get(key);
    }
    pairs = null;
    int[] wordTotals = new int[vocab];
    for (int w = 0; w < vocab; w++) for (int s = degree[w]; s < degree[w + 1]; s++) wordTotals[w] += cnt[s];
    if (progress != null) {
      progress.accept(String.format("%d words clustered, %d contexts, %d bigram types", vocab,
          contexts, ctx.length));
    }
    int[][] classesByLevel = new int[levels.length][];
    for (int l = 0; l < levels.length; l++) {
      classesByLevel[l] =
          exchange(vocab, contexts, degree, ctx, cnt, wordTotals, levels[l], progress);
    }
    LongIntMap out = new LongIntMap(vocab);
    for (int i = 0; i < vocab; i++) {
      int packed = 0;
      for (int l = 0; l < 3; l++) {
        int c = l < levels.length ? classesByLevel[l][i] : 0;
        packed = (packed << 10) | (c & 0x3FF);
      }
      long h = Hashing.of(corpus.words.get(byFreq[i]));
      out.put(salt == 0 ? h : Hashing.pair(h, salt), packed);
    }
    return out;
  }

  private static final int TABLE = 1 << 20;
  private static final double[] XLOGX = new double[TABLE];

  static {
    for (int i = 1; i < TABLE; i++) XLOGX[i] = i * Math.log(i);
  }

  private static double f(long x) {
    return x < TABLE ? XLOGX[(int) x] : x * Math.log(x);
  }

  private int[] exchange(int vocab, int contexts, int[] degree, int[] ctx, int[] cnt,
      int[] wordTotals, int k, Consumer<String> progress) {
    int[] cls = new int[vocab];
    for (int w = 0; w < vocab; w++) cls[w] = w % k;
    int[] ctxClass = new int[contexts * k]; // N(v, c)
    long[] classTotals = new long[k]; // N(c)
    for (int w = 0; w < vocab; w++) {
      for (int s = degree[w]; s < degree[w + 1]; s++) ctxClass[ctx[s] * k + cls[w]] += cnt[s];
      classTotals[cls[w]] += wordTotals[w];
    }
    double[] gain = new double[k];
    for (int pass = 1; pass <= passes; pass++) {
      int moved = 0;
      for (int w = 0; w < vocab; w++) {
        int from = cls[w];
        // take w out of its class
        for (int s = degree[w]; s < degree[w + 1]; s++) ctxClass[ctx[s] * k + from] -= cnt[s];
        classTotals[from] -= wordTotals[w];
        Arrays.fill(gain, 0);
        for (int s = degree[w]; s < degree[w + 1]; s++) {
          int base = ctx[s] * k;
          int n = cnt[s];
          for (int c = 0; c < k; c++) {
            int m = ctxClass[base + c];
            gain[c] += f(m + n) - f(m);
          }
        }
        int best = from;
        double bestGain = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < k; c++) {
          double g = gain[c] - (f(classTotals[c] + wordTotals[w]) - f(classTotals[c]));
          if (g > bestGain + 1e-9) {
            bestGain = g;
            best = c;
          }
        }
        for (int s = degree[w]; s < degree[w + 1]; s++) ctxClass[ctx[s] * k + best] += cnt[s];
        classTotals[best] += wordTotals[w];
        if (best != from) moved++;
        cls[w] = best;
      }
      if (progress != null) progress.accept(k + " classes, pass " + pass + ": " + moved + " moved");
    }
    return cls;
  }

  /** All entries of {@code other} into {@code target}. */
  public static void putAll(LongIntMap target, LongIntMap other) {
    for (long k : other.keysByRowUnordered()) target.put(k, other.get(k));
  }

  /** Writes word hash → packed classes (gzip). */
  public static void write(LongIntMap clusters, Path file) throws IOException {
    try (DataOutputStream out =
        new DataOutputStream(new GZIPOutputStream(Files.newOutputStream(file), 1 << 16))) {
      long[] keys = clusters.keysByRowUnordered();
      out.writeInt(keys.length);
      for (long k : keys) {
        out.writeLong(k);
        out.writeInt(clusters.get(k));
      }
    }
  }

  static LongIntMap readClusters(Path file) throws IOException {
    try (DataInputStream in =
        new DataInputStream(new GZIPInputStream(Files.newInputStream(file), 1 << 16))) {
      int n = in.readInt();
      LongIntMap map = new LongIntMap(n);
      for (int i = 0; i < n; i++) {
        long k = in.readLong();
        map.put(k, in.readInt());
      }
      return map;
    }
  }
}
