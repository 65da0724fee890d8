package org.marsad.store;

import java.io.IOException;

/**
 * A store backend reached by a URL scheme ({@code opensearch://host:9200/index}), found with
 * {@link java.util.ServiceLoader} so that the CLI and the server open any store without naming
 * its class. A module that brings a backend registers its provider in {@code
 * META-INF/services/org.marsad.store.StoreProvider}.
 */
public interface StoreProvider {

  /** The schemes this provider opens, lower case, without "://" ({@code opensearch}). */
  java.util.List<String> schemes();

  /**
   * Opens the store named by {@code spec}.
   *
   * @param writable false to read only: a backend that cannot tell may ignore it, but must never
   *     create anything then (a missing store is a {@link StoreException})
   */
  ArticleStore open(String spec, boolean writable) throws IOException;
}
