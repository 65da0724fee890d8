package org.marsad.entity;

import org.marsad.model.Article;
import org.marsad.pipeline.Stage;

/**
 * Fills {@link Article#quotes()} ({@link Quotes}); runs after {@link EntitiesStage}, whose
 * entities and roles name the speakers.
 */
public final class QuotesStage implements Stage {
  private final Quotes quotes;

  public QuotesStage() {
    this(Quotes.standard());
  }

  public QuotesStage(Quotes quotes) {
    this.quotes = quotes;
  }

  @Override
  public Article apply(Article article) {
    if (article.text().isBlank()) return article;
    return article.toBuilder().quotes(quotes.find(article.text(), article.entities())).build();
  }
}
