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

  /**
   * Puts an article; {@code done} hears the outcome, at once or, in a store that writes in batches
   * (a cluster), once the batch is written, at the latest when {@link #commit()} returns. The
   * ingest writes this way. By default, {@link #put} then {@code done}.
   */
  default void write(Article article, java.util.function.Consumer<PutOutcome> done)
      throws IOException {
    done.accept(put(article));
  }

  Optional<Article> get(String id) throws IOException;

  SearchResult search(SearchRequest request) throws IOException;

  /**
   * Hands every article that matches the request's query and filters to {@code visitor}, in the
   * store's own order, ignoring the request's paging: for listings over the whole store (events,
   * exports). Articles are read one at a time, never all held at once.
   */
  void forEach(SearchRequest request, java.util.function.Consumer<Article> visitor) throws IOException;

  StoreStats stats() throws IOException;

  /**
   * Counts of one facet dimension ({@code source}, {@code date}, {@code topic}, {@code theme},
   * {@code entity}, {@code language}, {@code event}, {@code story}) over the articles a search
   * matches, most frequent first, at most {@code top} values.
   */
  java.util.Map<String, Integer> facet(SearchRequest request, String dimension, int top)
      throws IOException;

  /** The articles whose {@code duplicate_of} is this id, oldest first. */
  default java.util.List<SearchResult.Hit> duplicates(String id, int limit) throws IOException {
    return java.util.List.of();
  }

  /** A number that changes whenever what searches see changes: a key for caches. */
  default long version() {
    return -1;
  }

  /** Makes every put so far durable: after a crash, the store holds them. */
  void commit() throws IOException;
}
