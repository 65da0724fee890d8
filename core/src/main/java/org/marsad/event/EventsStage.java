package org.marsad.event;

import org.marsad.model.Article;
import org.marsad.pipeline.Stage;

/**
 * Fills {@link Article#events()} ({@link EventFinder}). Runs after the stages that find entities,
 * dates and quotes, whose output it reads.
 */
public final class EventsStage implements Stage {
  private final EventFinder finder;

  public EventsStage() {
    this(new EventFinder());
  }

  public EventsStage(EventFinder finder) {
    this.finder = finder;
  }

  @Override
  public Article apply(Article article) {
    return article.toBuilder().events(finder.find(article)).build();
  }
}
