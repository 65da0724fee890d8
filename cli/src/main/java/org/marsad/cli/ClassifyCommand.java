package org.marsad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.model.Topic;
import org.marsad.topic.NewsRecords;
import org.marsad.topic.TopicClassifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marsad classify --jsonl FILE}: the news desk of each article of a JSONL file. */
@Command(name = "classify", mixinStandardHelpOptions = true,
    description = {
      "Print the news desk of each article of JSONL files with the ANT fields (id, source, title,"
          + " text; abstract when there is no text), one JSON object a line:"
          + " {\"id\": ..., \"topic\": ..., \"score\": ...}; score is the topic's probability.",
      "The shipped model's labels are ANT v2.1's: culture, economy, internationalNews, middleEast,"
          + " sport, technology. A source it was trained on (by name or host) lets it use that"
          + " desk's own conventions; any other source is classified from title and text alone."
    })
final class ClassifyCommand implements Callable<Integer> {
  @Option(names = "--jsonl", required = true, arity = "1..*", paramLabel = "FILE",
      description = "JSON Lines, gzipped or not; - for stdin.")
  List<String> files;

  @Option(names = "--model", paramLabel = "PATH",
      description = "A model written by 'marsad train classify' (default: the shipped one).")
  Path model;

  @Option(names = "--no-source", description = "Ignore the source field: classify from title and text.")
  boolean noSource;

  @Override
  public Integer call() throws IOException {
    TopicClassifier classifier = TopicOptions.classifier(model);
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    ObjectMapper json = new ObjectMapper();
    int[] problems = {0};
    for (String file : files) {
      try {
        NewsRecords.read(
            file,
            r -> {
              if (blank(r.title()) && blank(r.body())) {
                System.err.println(r.origin() + ": no title, text or abstract; skipped");
                problems[0]++;
                return;
              }
              Topic t = classifier.classify(r.title(), r.body(), noSource ? null : r.source());
              ObjectNode line = json.createObjectNode();
              line.put("id", r.id()).put("topic", t.label()).put("score", t.score());
              try {
                out.println(json.writeValueAsString(line));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            },
            problem -> {
              System.err.println(problem);
              problems[0]++;
            });
      } catch (IOException e) {
        System.err.println(e.getMessage() + "; skipped");
        problems[0]++;
      }
    }
    out.flush();
    return problems[0] == 0 ? 0 : 1;
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
