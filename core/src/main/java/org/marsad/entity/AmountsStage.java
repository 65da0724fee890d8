package org.marsad.entity;

import org.marsad.model.Article;
import org.marsad.pipeline.Stage;

/** Fills {@link Article#amounts()} with the money, percentages and large numbers of its text. */
public final class AmountsStage implements Stage {
  private final AmountFinder finder = new AmountFinder();

  @Override
  public Article apply(Article article) {
    return article.toBuilder().amounts(finder.find(article.text())).build();
  }
}
