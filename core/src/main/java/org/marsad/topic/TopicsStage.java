package org.marsad.topic;

import java.util.List;
import org.marsad.model.Article;
import org.marsad.pipeline.Stage;

/**
 * Fills {@link Article#topics()} with the article's news desk ({@link TopicClassifier}). Articles
 * that are not in Arabic, or have no words, are left without a topic.
 */
public final class TopicsStage implements Stage {
  private final TopicClassifier classifier;

  /** The stage with the shipped model. */
  public TopicsStage() {
    this(TopicClassifier.standard());
  }

  public TopicsStage(TopicClassifier classifier) {
    this.classifier = classifier;
  }

  @Override
  public Article apply(Article article) {
    if (article.language() != null && !article.language().equals("ar")) return article;
    boolean noTitle = article.title() == null || article.title().isBlank();
    if (noTitle && article.text().isBlank()) return article;
    return article.toBuilder()
        .topics(List.of(classifier.classify(article.title(), article.text(), article.source())))
        .build();
  }
}
