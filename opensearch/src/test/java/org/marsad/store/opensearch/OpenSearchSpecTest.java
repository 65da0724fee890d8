package org.marsad.store.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.marsad.store.Stores;

class OpenSearchSpecTest {

  @Test
  void readsHostsIndexAndOptions() {
    OpenSearchSpec s = OpenSearchSpec.parse("opensearch://127.0.0.1:9200,127.0.0.1:9201/news?replicas=0&shards=2");
    assertThat(s.hosts()).containsExactly(URI.create("http://127.0.0.1:9200"), URI.create("http://127.0.0.1:9201"));
    assertThat(s.index()).isEqualTo("news");
    assertThat(s.shards()).isEqualTo(2);
    assertThat(s.replicas()).isZero();
    assertThat(s.https()).isFalse();
    assertThat(s.toString()).isEqualTo("opensearch://127.0.0.1:9200,127.0.0.1:9201/news");
  }

  @Test
  void defaultsPortAndSettingsAndKnowsHttps() {
    OpenSearchSpec s = OpenSearchSpec.parse("opensearchs://search.example.org/marsad-articles");
    assertThat(s.hosts()).containsExactly(URI.create("https://search.example.org:9200"));
    assertThat(List.of(s.shards(), s.replicas())).containsExactly(1, 1);
    assertThat(s.https()).isTrue();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "opensearch://localhost:9200|no index name after the hosts",
    "opensearch://localhost:9200/|no index name after the hosts",
    "opensearch://localhost:9200/News|must be lower case",
    "opensearch://local host:9200/news|is not host or host:port",
    "opensearch://a:9200,,b:9200/news|an empty host",
    "opensearch://a:9200/news?shards=0|shards must be 1..1024, not 0",
    "opensearch://a:9200/news?replica=1|unknown option(s) [replica]",
    "elastic://a:9200/news|expected opensearch://host:9200[,host2:9201]/index",
  })
  void saysWhatIsWrong(String spec, String message) {
    assertThatThrownBy(() -> OpenSearchSpec.parse(spec))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("--store " + spec + ": ")
        .hasMessageContaining(message);
  }

  @Test
  void storesFindsTheProviderByScheme() {
    assertThat(Stores.scheme("opensearch://a:9200/x")).isEqualTo("opensearch");
    assertThat(Stores.scheme("marsad-data")).isNull();
    assertThat(Stores.scheme("/tmp/x")).isNull();
    assertThatThrownBy(() -> Stores.open("opensearch://a:9200/News", false))
        .isInstanceOf(org.marsad.store.StoreException.class).hasMessageContaining("must be lower case");
    assertThatThrownBy(() -> Stores.open("solr://a:8983/x", false))
        .isInstanceOf(org.marsad.store.StoreException.class)
        .hasMessage("solr://a:8983/x: no store backend for 'solr://' (known: opensearch, opensearchs and folders)");
  }
}
