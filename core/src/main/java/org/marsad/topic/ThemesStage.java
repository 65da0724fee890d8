package org.marsad.topic;

import org.marsad.model.Article;
import org.marsad.pipeline.Stage;

/** Fills {@link Article#themes()} from the ICT taxonomy ({@link Themes}). */
public final class ThemesStage implements Stage {
  private final Themes themes;

  /** The taxonomy shipped with Marsad. */
  public ThemesStage() {
    this(Themes.standard());
  }

  public ThemesStage(Themes themes) {
    this.themes = themes;
  }

  @Override
  public Article apply(Article article) {
    return article.toBuilder().themes(themes.find(article.text())).build();
  }
}
