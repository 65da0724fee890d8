package org.marsad.pipeline;

import org.marsad.model.Article;

/**
 * One step of understanding: takes an article and returns a new one with more filled in.
 * Stages are deterministic and thread-safe; models are loaded once, in the constructor.
 */
@FunctionalInterface
public interface Stage {
  Article apply(Article article);
}
