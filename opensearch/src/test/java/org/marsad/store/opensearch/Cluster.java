package org.marsad.store.opensearch;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;

/**
 * The test cluster: {@code MARSAD_OPENSEARCH=http://127.0.0.1:9200,http://127.0.0.1:9201} (set by
 * {@code .ci/run} after {@code .ci/opensearch.sh start}). Tests that need it skip without it.
 */
final class Cluster {
  private Cluster() {}

  static final String ENV = "MARSAD_OPENSEARCH";

  /** The hosts as {@code host:port,host:port}; skips the test when no cluster is given. */
  static String hosts() {
    String v = System.getenv(ENV);
    assumeTrue(v != null && !v.isBlank(), ENV + " is not set (no OpenSearch cluster): skipped;"
        + " run 'bash .ci/opensearch.sh start' and set " + ENV
        + "=http://127.0.0.1:9200,http://127.0.0.1:9201");
    return v.strip().replace("http://", "").replace("https://", "").replaceAll("/+(,|$)", "$1");
  }

  /** A spec for a test index of its own, deleted first so that every run starts empty. */
  static String freshIndex(String name) throws IOException {
    String spec = "opensearch://" + hosts() + "/marsad-test-" + name;
    OpenSearchStore.deleteIndex(spec);
    return spec;
  }
}
