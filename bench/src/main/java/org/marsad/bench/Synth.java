package org.marsad.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.marsad.connect.NearDuplicateGenerator;
import org.marsad.text.Sentence;
import org.marsad.text.SentenceSplitter;

/**
 * A synthetic corpus of any size from ANT's text, for scale runs: each article takes its headline
 * from one ANT article and six to twelve sentences from as many others, with a few words swapped,
 * so articles share vocabulary and style but not text. Dates spread evenly over three years from
 * 2016-01-01 (about 900 a day at 1M). Three in a hundred are exact copies and three are near copies
 * ({@link NearDuplicateGenerator}) of one of the last thousand, so duplicate detection does real
 * work. Deterministic for a seed.
 *
 * <pre>java -jar marsad-bench.jar synth N OUT.jsonl.gz ANT.jsonl.gz...</pre>
 */
final class Synth {
  private Synth() {}

  static void generate(long n, Path out, List<String> inputs, long seed) throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<String> titles = new ArrayList<>(), sources = new ArrayList<>();
    List<String> sentences = new ArrayList<>();
    for (String in : inputs) {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(
          new GZIPInputStream(Files.newInputStream(Path.of(in)), 1 << 16), StandardCharsets.UTF_8))) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          JsonNode a = json.readTree(line);
          titles.add(a.path("title").asText());
          sources.add(a.path("source").asText());
          String text = a.path("text").asText();
          for (Sentence s : SentenceSplitter.split(text)) {
            String t = s.text(text).strip();
            if (t.length() > 30) sentences.add(t);
          }
        }
      }
    }
    Random random = new Random(seed);
    LocalDate start = LocalDate.of(2016, 1, 1);
    long days = 3 * 365;
    ObjectNode[] recent = new ObjectNode[1000];
    try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(
        new GZIPOutputStream(Files.newOutputStream(out), 1 << 16), StandardCharsets.UTF_8))) {
      for (long i = 0; i < n; i++) {
        ObjectNode a = json.createObjectNode();
        int base = random.nextInt(titles.size());
        String published = start.plusDays(i * days / n).toString();
        double roll = random.nextDouble();
        ObjectNode earlier = i > 0 ? recent[random.nextInt((int) Math.min(i, recent.length))] : null;
        a.put("id", "syn-" + i);
        a.put("source", sources.get(base));
        a.put("url", "https://synthetic.example/" + i);
        a.put("time", published);
        if (earlier != null && roll < 0.03) {
          a.put("title", earlier.path("title").asText());
          a.put("text", earlier.path("text").asText());
        } else if (earlier != null && roll < 0.06) {
          NearDuplicateGenerator.Copy c = NearDuplicateGenerator.copy(earlier.path("title").asText(),
              earlier.path("text").asText(), sentences.get(random.nextInt(sentences.size())), random);
          a.put("title", c.title());
          a.put("text", c.text());
        } else {
          a.put("title", titles.get(base));
          StringBuilder text = new StringBuilder();
          int k = 6 + random.nextInt(7);
          for (int j = 0; j < k; j++) {
            String s = sentences.get(random.nextInt(sentences.size()));
            String[] words = s.split(" ");
            for (int x = 0; x < words.length / 20 + 1; x++) {
              String other = sentences.get(random.nextInt(sentences.size()));
              String[] ow = other.split(" ");
              words[random.nextInt(words.length)] = ow[random.nextInt(ow.length)];
            }
            text.append(String.join(" ", words)).append(j % 3 == 2 ? "\n" : " ");
          }
          a.put("text", text.toString().strip());
        }
        recent[(int) (i % recent.length)] = a;
        w.write(json.writeValueAsString(a));
        w.write('\n');
      }
    }
  }
}
