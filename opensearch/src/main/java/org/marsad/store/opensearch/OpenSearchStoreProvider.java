package org.marsad.store.opensearch;

import java.io.IOException;
import java.util.List;
import org.marsad.store.ArticleStore;
import org.marsad.store.StoreException;
import org.marsad.store.StoreProvider;

/** {@code --store opensearch://host:9200[,host2:9201]/index} (and {@code opensearchs://} for https). */
public final class OpenSearchStoreProvider implements StoreProvider {
  @Override
  public List<String> schemes() {
    return List.of(OpenSearchSpec.SCHEME, OpenSearchSpec.SECURE_SCHEME);
  }

  @Override
  public ArticleStore open(String spec, boolean writable) throws IOException {
    try {
      return OpenSearchStore.open(spec, writable);
    } catch (IllegalArgumentException e) {
      throw new StoreException(e.getMessage());
    }
  }
}
