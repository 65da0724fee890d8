package org.marsad.store;

import java.io.Closeable;
import java.io.IOException;
import java.util.Optional;
import org.marsad.model.Article;

/**
 * Where articles live: the embedded Lucene store by default, a cluster later, behind this one
 * interface. Writes are idempotent by article id; what is committed survives a crash.
 */
public interface ArticleStore extends Closeable {

  /** What a put did. */
  enum PutOutcome {
    /** a new article */
    STORED,
    /** an article already in the store, with different content: replaced */
    UPDATED,
    /** the same article with the same content: nothing to do */
    UNCHANGED
  }

  PutOutcome put(Article article) throws IOException;

  Optional<Article> get(String id) throws IOException;

  SearchResult search(SearchRequest request) throws IOException;

  /**
   * Hands every article that matches the request's query and filters to {@code visitor}, in the
   * store's own order, ignoring the request's paging: for listings over the whole store (events,
   * exports). Articles are read one at a time, never all held at once.
   */
  void forEach(SearchRequest request, java.util.function.Consumer<Article> visitor) throws IOException;

  StoreStats stats() throws IOException;

  /** Makes every put so far durable: after a crash, the store holds them. */
  void commit() throws IOException;
}
