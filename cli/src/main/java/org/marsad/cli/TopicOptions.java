package org.marsad.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.marsad.topic.TopicClassifier;
import org.marsad.topic.TopicModel;

/** What the topic commands share: loading a model and reading dates. */
final class TopicOptions {
  private TopicOptions() {}

  /** The shipped classifier, or the one of a model file written by {@code marsad train classify}. */
  static TopicClassifier classifier(Path model) throws IOException {
    if (model == null) return TopicClassifier.standard();
    if (!Files.isRegularFile(model)) throw new IllegalArgumentException(model + ": no such model file");
    return new TopicClassifier(TopicModel.read(model));
  }

  /** A day as yyyymmdd from {@code 2018-07-01} or {@code 20180701}; 0 for null. */
  static int day(String date, String option) {
    if (date == null) return 0;
    String digits = date.replace("-", "");
    if (!digits.matches("\\d{8}")) {
      throw new IllegalArgumentException(option + " " + date + ": not a date (2018-07-01)");
    }
    return Integer.parseInt(digits);
  }
}
