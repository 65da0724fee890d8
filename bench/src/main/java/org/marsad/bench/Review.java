package org.marsad.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.marsad.ingest.DocumentSink;
import org.marsad.ingest.InputProblem;
import org.marsad.ingest.InputReader;
import org.marsad.ingest.RawDocument;
import org.marsad.model.Article;
import org.marsad.model.Event;
import org.marsad.model.Span;
import org.marsad.model.Theme;
import org.marsad.pipeline.Pipeline;

/**
 * Draws what a person reviews by hand to measure the precision of themes and events: a seeded
 * random sample of articles whose ids name one of the given categories (ANT ids read {@code
 * SOURCE-category-N-date}), run through the standard pipeline, then a seeded sample of their events
 * and of their theme assignments, written as review sheets with the evidence to judge.
 *
 * <pre>
 * java -cp bench/target/marsad-bench.jar org.marsad.bench.Review \
 *   --categories technology,economy --articles 300 --sample 40 --seed 7 --out DIR FILE...
 * </pre>
 *
 * Writes {@code DIR/events.md} and {@code DIR/themes.md} (one numbered item each, with a blank
 * verdict to fill), and prints the counts.
 */
public final class Review {
  private Review() {}

  public static void main(String[] args) throws IOException {
    List<String> categories = List.of("technology", "economy");
    int articles = 300, sample = 40;
    long seed = 7;
    Path out = Path.of("review");
    List<String> files = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--categories" -> categories = Arrays.asList(args[++i].split(","));
        case "--articles" -> articles = Integer.parseInt(args[++i]);
        case "--sample" -> sample = Integer.parseInt(args[++i]);
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--out" -> out = Path.of(args[++i]);
        default -> files.add(args[i]);
      }
    }
    if (files.isEmpty()) {
      System.err.println(
          "usage: Review [--categories a,b] [--articles N] [--sample K] [--seed S] [--out DIR]"
              + " FILE...");
      System.exit(2);
    }
    List<RawDocument> pool = new ArrayList<>();
    List<String> wanted = categories;
    new InputReader()
        .read(
            files,
            new DocumentSink() {
              @Override
              public void accept(RawDocument d) {
                String id = d.id() == null ? "" : d.id();
                if (wanted.stream().anyMatch(c -> id.contains("-" + c + "-"))) pool.add(d);
              }

              @Override
              public void problem(InputProblem p) {
                System.err.println(p.line());
              }
            });
    Random random = new Random(seed);
    Collections.shuffle(pool, random);
    List<RawDocument> chosen = pool.subList(0, Math.min(articles, pool.size()));
    Pipeline pipeline = Pipeline.standard();
    List<Article> read = new ArrayList<>();
    long t0 = System.nanoTime();
    for (RawDocument d : chosen) read.add(pipeline.analyze(d));
    double seconds = (System.nanoTime() - t0) / 1e9;

    record Item(Article article, Object what) {}
    List<Item> events = new ArrayList<>(), themes = new ArrayList<>();
    for (Article a : read) {
      for (Event e : a.events()) events.add(new Item(a, e));
      for (Theme t : a.themes()) themes.add(new Item(a, t));
    }
    int withEvents = (int) read.stream().filter(a -> !a.events().isEmpty()).count();
    int withThemes = (int) read.stream().filter(a -> !a.themes().isEmpty()).count();
    System.out.printf(
        "%d articles (%s, seed %d) in %.1f s: %d events in %d articles, %d themes in %d articles%n",
        read.size(),
        String.join("+", categories),
        seed,
        seconds,
        events.size(),
        withEvents,
        themes.size(),
        withThemes);
    System.out.println(
        "events by type: "
            + events.stream()
                .collect(
                    Collectors.groupingBy(
                        i -> ((Event) i.what()).type(),
                        java.util.TreeMap::new,
                        Collectors.counting())));
    System.out.println(
        "themes by id: "
            + themes.stream()
                .collect(
                    Collectors.groupingBy(
                        i -> ((Theme) i.what()).id(),
                        java.util.TreeMap::new,
                        Collectors.counting())));

    Collections.shuffle(events, new Random(seed + 1));
    Collections.shuffle(themes, new Random(seed + 2));
    Files.createDirectories(out);
    try (PrintStream p =
        new PrintStream(
            Files.newOutputStream(out.resolve("events.md")), true, StandardCharsets.UTF_8)) {
      int n = 0;
      for (Item i : events.subList(0, Math.min(sample, events.size()))) {
        Event e = (Event) i.what();
        p.printf(
            "## %d. %s — %s%n%n",
            ++n, i.article().id(), e.type() + (e.intended() ? " (intended)" : ""));
        p.printf(
            "- trigger: «%s»%s%n",
            e.trigger().text(),
            e.mentions().isEmpty()
                ? ""
                : "; mentions: " + e.mentions().stream().map(Span::text).toList());
        p.printf(
            "- actors: %s%n",
            e.actors().stream()
                .map(a -> a.id() + (a.role() == null ? "" : " [" + a.role() + "]"))
                .toList());
        p.printf(
            "- place: %s; date: %s (published %s)%n", e.place(), e.date(), i.article().published());
        p.printf(
            "- subject: %s; quotes: %d%n",
            e.subject() == null ? null : e.subject().text(), e.quotes().size());
        p.printf("- sentence: %s%n- verdict: %n%n", e.evidence().text().replace('\n', ' '));
      }
    }
    try (PrintStream p =
        new PrintStream(
            Files.newOutputStream(out.resolve("themes.md")), true, StandardCharsets.UTF_8)) {
      int n = 0;
      for (Item i : themes.subList(0, Math.min(sample, themes.size()))) {
        Theme t = (Theme) i.what();
        Article a = i.article();
        p.printf("## %d. %s — %s (score %.3f)%n%n", ++n, a.id(), t.id(), t.score());
        p.printf("- title: %s%n", a.title());
        p.printf(
            "- evidence (%d): %s%n",
            t.evidence().size(),
            t.evidence().stream().map(Span::text).distinct().collect(Collectors.joining(" | ")));
        p.printf("- all themes: %s%n", a.themes().stream().map(Theme::id).toList());
        String head = a.text().length() > 600 ? a.text().substring(0, 600) + " …" : a.text();
        p.printf("- text: %s%n- verdict: %n%n", head.replace('\n', ' '));
      }
    }
    System.out.println(
        "review sheets: " + out.resolve("events.md") + ", " + out.resolve("themes.md"));
  }
}
