package org.marsad.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.topic.NewsRecord;
import org.marsad.topic.NewsRecords;
import org.marsad.topic.TopicSettings;
import org.marsad.topic.TopicTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marsad train classify --jsonl FILE...}: the news-desk model, from labelled JSONL. */
@Command(name = "classify", mixinStandardHelpOptions = true,
    description = {
      "Train the news-desk model on labelled JSONL (the ANT fields; the label in 'category')."
          + " Exact duplicates (dup_of, or the same text) are dropped.",
      "With --dev-from, articles from that day on (the date in the ANT id) are the dev set: the"
          + " model learns on the earlier ones, is scored on the dev set (printed and recorded in"
          + " the model file) and fits its probability scale there, then learns again on all of"
          + " them (unless --train-only).",
      "The shipped model: --jsonl ../shared/data/news/ant-v2.1-train.jsonl.gz --dev-from"
          + " 2018-07-01 --out core/src/main/resources/marsad/topic/topic-model.tsv.gz"
          + " (with MARSAD_JAVA_OPTS=-Xmx3g)."
    })
final class TrainClassifyCommand implements Callable<Integer> {
  @Option(names = "--jsonl", required = true, arity = "1..*", paramLabel = "FILE",
      description = "Labelled JSON Lines, gzipped or not.")
  List<String> files;

  @Option(names = "--out", paramLabel = "PATH", defaultValue = "topic-model.tsv.gz",
      description = "Where to write the model (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--dev-from", paramLabel = "DATE",
      description = "First day of the dev set (2018-07-01); none by default.")
  String devFrom;

  @Option(names = "--train-only",
      description = "Ship the model learned before --dev-from, not the one learned again on all.")
  boolean trainOnly;

  @Option(names = "--labels", paramLabel = "L1,L2,...", split = ",",
      description = "The label set (default: every category in the data); other records are dropped.")
  List<String> labels;

  @Option(names = "--set", paramLabel = "KEY=VALUE,...",
      description = "Change settings of the default recipe (see TopicSettings), e.g. learner=lr,c=10.")
  String set;

  @Override
  public Integer call() throws IOException {
    TopicSettings settings = TopicSettings.defaults().with(set);
    int dev = TopicOptions.day(devFrom, "--dev-from");
    List<NewsRecord> records = new ArrayList<>();
    List<String> data = new ArrayList<>();
    int[] problems = {0};
    for (String file : files) {
      if (!Files.isRegularFile(Path.of(file))) {
        throw new IllegalArgumentException(file + ": no such file");
      }
      NewsRecords.read(file, records::add, p -> {
        System.err.println(p);
        problems[0]++;
      });
      data.add(TopicTrainer.checksum(Path.of(file)));
    }
    TopicTrainer.Result result =
        TopicTrainer.train(records, labels, dev, settings, !trainOnly, data,
            line -> System.err.println("marsad: " + line));
    result.model().write(out);
    if (result.dev() != null) System.out.print(result.dev().report());
    System.out.println();
    System.out.println("wrote " + out + " (" + Files.size(out) + " bytes, "
        + result.model().featureCount() + " features)");
    return problems[0] == 0 ? 0 : 1;
  }
}
