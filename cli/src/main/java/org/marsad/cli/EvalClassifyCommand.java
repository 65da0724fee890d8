package org.marsad.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.model.Topic;
import org.marsad.topic.NewsRecord;
import org.marsad.topic.NewsRecords;
import org.marsad.topic.TopicClassifier;
import org.marsad.topic.TopicEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marsad eval classify --jsonl FILE}: accuracy, macro-F1 and confusion of the desk model. */
@Command(name = "classify", mixinStandardHelpOptions = true,
    description = {
      "Classify the labelled articles of JSONL files (the ANT fields; the gold label in 'category')"
          + " and print accuracy, macro-F1, precision, recall and F1 of each label, and the"
          + " confusion matrix (rows gold, columns predicted).",
      "Gold labels outside the model's label set are counted and shown apart, never scored."
    })
final class EvalClassifyCommand implements Callable<Integer> {
  @Option(names = "--jsonl", required = true, arity = "1..*", paramLabel = "FILE",
      description = "Labelled JSON Lines, gzipped or not; - for stdin.")
  List<String> files;

  @Option(names = "--model", paramLabel = "PATH",
      description = "A model written by 'marsad train classify' (default: the shipped one).")
  Path model;

  @Option(names = "--no-source", description = "Ignore the source field: classify from title and text.")
  boolean noSource;

  @Option(names = "--from", paramLabel = "DATE",
      description = "Score only articles of this day or later (the date in the ANT id).")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Score only articles before this day.")
  String to;

  @Option(names = "--skip-duplicates",
      description = "Skip records marked as exact duplicates (dup_of), as training does.")
  boolean skipDuplicates;

  @Override
  public Integer call() throws IOException {
    int fromDay = TopicOptions.day(from, "--from"), toDay = TopicOptions.day(to, "--to");
    TopicClassifier classifier = TopicOptions.classifier(model);
    List<NewsRecord> records = new ArrayList<>();
    int[] problems = {0};
    int unlabelled = 0, duplicates = 0, outOfRange = 0;
    for (String file : files) {
      try {
        NewsRecords.read(file, records::add, p -> {
          System.err.println(p);
          problems[0]++;
        });
      } catch (IOException e) {
        System.err.println(e.getMessage() + "; skipped");
        problems[0]++;
      }
    }
    List<NewsRecord> scored = new ArrayList<>();
    for (NewsRecord r : records) {
      if (r.category() == null) unlabelled++;
      else if (skipDuplicates && r.dupOf() != null) duplicates++;
      else if (!inRange(r, fromDay, toDay)) outOfRange++;
      else scored.add(r);
    }
    if (scored.isEmpty()) {
      throw new IllegalArgumentException(String.join(" ", files) + ": no labelled article to score");
    }
    TopicEvaluation evaluation = new TopicEvaluation(classifier.model().labels());
    // warm-up on the first thousand articles: the speed below is the JIT-compiled code's
    for (NewsRecord r : scored.subList(0, Math.min(1000, scored.size()))) {
      classifier.classify(r.title(), r.body(), noSource ? null : r.source());
    }
    long chars = 0;
    long t0 = System.nanoTime();
    for (NewsRecord r : scored) {
      Topic t = classifier.classify(r.title(), r.body(), noSource ? null : r.source());
      evaluation.add(r.category(), t.label());
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    for (NewsRecord r : scored) chars += r.body().length();
    System.out.print(evaluation.report());
    System.out.printf(Locale.ROOT, "%nnot scored: %d unlabelled, %d duplicates, %d outside the dates%n",
        unlabelled, duplicates, outOfRange);
    System.out.printf(Locale.ROOT, "speed: %.0f articles/s on one thread (%.1f s for %.1f million"
        + " characters of text, after a warm-up on 1,000 articles)%n",
        scored.size() / secs, secs, chars / 1e6);
    return problems[0] == 0 ? 0 : 1;
  }

  /** Whether the day in the record's id is in [from, to); a bound of 0 is open. */
  static boolean inRange(NewsRecord r, int from, int to) {
    int day = r.day();
    if (from > 0 && day < from) return false;
    return to <= 0 || (day >= 0 && day < to);
  }
}
