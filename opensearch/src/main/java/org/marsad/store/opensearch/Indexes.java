package org.marsad.store.opensearch;

import java.io.IOException;
import org.marsad.store.StoreException;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;

/** The article index: created with Marsad's mapping when missing, checked when there. */
final class Indexes {
  private Indexes() {}

  /** True when the index exists; a cluster that cannot be reached is a one-line error. */
  static boolean exists(OpenSearchClient client, OpenSearchSpec spec) throws StoreException {
    try {
      return client.indices().exists(e -> e.index(spec.index())).value();
    } catch (IOException | RuntimeException e) {
      throw Clients.failure(spec, "cannot reach the cluster", e);
    }
  }

  /**
   * Creates the index unless it exists. Two writers that create it at once (Spark partitions) both
   * succeed. A cluster without the Marsad analysis plugin is told so.
   */
  static void ensure(OpenSearchClient client, OpenSearchSpec spec) throws StoreException {
    if (exists(client, spec)) return;
    String body = ArticleDocument.indexBody(spec.shards(), spec.replicas());
    try (Response r = client.generic().execute(Requests.builder().method("PUT")
        .endpoint("/" + spec.index()).json(body).build())) {
      if (r.getStatus() / 100 == 2) return;
      String answer = r.getBody().map(b -> b.bodyAsString()).orElse("");
      if (answer.contains("resource_already_exists_exception")) return;
      if (answer.contains("marsad")
          && (answer.contains("not found") || answer.contains("failed to find"))) {
        throw new StoreException(spec + ": the cluster has no Marsad analysis plugin (analyzer 'marsad');"
            + " install opensearch-plugin/target/marsad-analysis-opensearch.zip on every node"
            + " (see docs/SCALE.md)");
      }
      throw new StoreException(spec + ": cannot create the index: HTTP " + r.getStatus() + " "
          + (answer.length() > 300 ? answer.substring(0, 300) + "…" : answer));
    } catch (StoreException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw Clients.failure(spec, "cannot create the index", e);
    }
  }

  /** Makes what was written visible to searches. */
  static void refresh(OpenSearchClient client, OpenSearchSpec spec) throws StoreException {
    try {
      client.indices().refresh(r -> r.index(spec.index()));
    } catch (IOException | RuntimeException e) {
      throw Clients.failure(spec, "refresh", e);
    }
  }

  /** Deletes the index (tests and benchmarks start from a fresh one); no error when missing. */
  static void delete(OpenSearchClient client, OpenSearchSpec spec) throws StoreException {
    try {
      if (exists(client, spec)) client.indices().delete(d -> d.index(spec.index()));
    } catch (StoreException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw Clients.failure(spec, "cannot delete the index", e);
    }
  }
}
