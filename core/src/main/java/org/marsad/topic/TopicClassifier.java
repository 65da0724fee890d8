package org.marsad.topic;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.marsad.model.Topic;

/**
 * The news desk of an article: one of the labels of its model (the shipped model: ANT v2.1's
 * culture, economy, internationalNews, middleEast, sport, technology), with its probability.
 *
 * <p>Thread-safe: the model is immutable and loaded once. Thousands of articles a second on one
 * core (docs/BENCHMARKS.md).
 */
public final class TopicClassifier {
  /** Where the shipped model lives on the classpath. */
  public static final String MODEL_RESOURCE = "/marsad/topic/topic-model.tsv.gz";

  private static final class Holder {
    static final TopicClassifier STANDARD = load();

    private static TopicClassifier load() {
      try (InputStream in = TopicClassifier.class.getResourceAsStream(MODEL_RESOURCE)) {
        if (in == null) throw new IllegalStateException("no topic model at " + MODEL_RESOURCE);
        return new TopicClassifier(TopicModel.read(in, MODEL_RESOURCE));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private final TopicModel model;

  public TopicClassifier(TopicModel model) {
    this.model = model;
  }

  /** The classifier with the model shipped in Marsad, loaded on first use. */
  public static TopicClassifier standard() {
    return Holder.STANDARD;
  }

  public TopicModel model() {
    return model;
  }

  /** The desk of an article from its title and text alone. */
  public Topic classify(String title, String text) {
    return model.classify(title, text, null);
  }

  /**
   * The desk of an article, using its source's own conventions where the model learned them (a
   * source name such as {@code BBC}, or a host such as {@code skynewsarabia.com}); an unknown or
   * null source gives the same answer as {@link #classify(String, String)}.
   */
  public Topic classify(String title, String text, String source) {
    return model.classify(title, text, source);
  }
}
