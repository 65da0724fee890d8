package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoresTest {
  @TempDir Path dir;

  @Test
  void aFolderIsTheEmbeddedStore() throws Exception {
    try (ArticleStore s = Stores.open(dir.resolve("store").toString(), true)) {
      assertThat(s).isInstanceOf(LuceneStore.class);
      assertThat(((LuceneStore) s).writable()).isTrue();
    }
    try (ArticleStore s = Stores.open(dir.resolve("store").toString(), false)) {
      assertThat(((LuceneStore) s).writable()).isFalse();
    }
    assertThatThrownBy(() -> Stores.open(dir.resolve("none").toString(), false))
        .isInstanceOf(StoreException.class).hasMessageContaining("no Marsad store here");
  }

  @Test
  void aSchemeWithoutProviderIsOneLine() {
    assertThat(Stores.scheme("OpenSearch://h:9200/x")).isEqualTo("opensearch");
    assertThat(Stores.isEmbedded("C:/data/marsad")).isTrue();
    // the store module alone knows no backend: the OpenSearch one comes with its module
    assertThatThrownBy(() -> Stores.open("opensearch://h:9200/x", false))
        .isInstanceOf(StoreException.class)
        .hasMessage("opensearch://h:9200/x: no store backend for 'opensearch://' (known: none but folders)");
  }
}
