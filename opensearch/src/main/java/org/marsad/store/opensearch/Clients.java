package org.marsad.store.opensearch;

import java.io.IOException;
import java.net.ConnectException;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;
import org.marsad.store.StoreException;

/** The official client over Apache HttpClient 5, for every node of a spec (it fails over). */
final class Clients {
  private Clients() {}

  /** The environment variable that holds the password of {@code ?user=}. */
  static final String PASSWORD_ENV = "MARSAD_OPENSEARCH_PASSWORD";

  static OpenSearchClient open(OpenSearchSpec spec) {
    HttpHost[] hosts = spec.hosts().stream()
        .map(u -> new HttpHost(u.getScheme(), u.getHost(), u.getPort())).toArray(HttpHost[]::new);
    ApacheHttpClient5TransportBuilder builder = ApacheHttpClient5TransportBuilder.builder(hosts)
        .setMapper(new JacksonJsonpMapper())
        .setRequestConfigCallback(rc -> rc.setConnectTimeout(5, TimeUnit.SECONDS)
            .setResponseTimeout(Timeout.ofSeconds(120)));
    if (spec.user() != null) {
      String password = System.getenv(PASSWORD_ENV);
      BasicCredentialsProvider credentials = new BasicCredentialsProvider();
      for (HttpHost h : hosts) {
        credentials.setCredentials(new AuthScope(h), new UsernamePasswordCredentials(spec.user(),
            (password == null ? "" : password).toCharArray()));
      }
      builder.setHttpClientConfigCallback(b -> b.setDefaultCredentialsProvider(credentials));
    }
    return new OpenSearchClient(builder.build());
  }

  /** A failure talking to the cluster as one line for the user, naming the store. */
  static StoreException failure(OpenSearchSpec spec, String doing, Throwable e) {
    return new StoreException(spec + ": " + doing + ": " + describe(e));
  }

  static String describe(Throwable e) {
    if (e instanceof OpenSearchException os) {
      String reason = os.error() == null ? os.getMessage() : os.error().type() + ": " + os.error().reason();
      return "HTTP " + os.status() + " " + reason;
    }
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof ConnectException) return "cannot connect (is the cluster running? "
          + "'bash .ci/opensearch.sh start' starts a local one)";
    }
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) root = root.getCause();
    String m = root.getMessage();
    return root.getClass().getSimpleName() + (m == null ? "" : ": " + m);
  }

  /** True for a failure worth trying again: a node busy, restarting or unreachable for a while. */
  static boolean retriable(Throwable e) {
    if (e instanceof OpenSearchException os) return retriableStatus(os.status());
    if (e instanceof IOException) return true;
    // an error answer the client cannot read (seen while a node leaves: a shard failure without
    // its shard); the write is idempotent, so sending it again is safe
    for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof org.opensearch.client.util.MissingRequiredPropertyException
          || c instanceof org.opensearch.client.json.UnexpectedJsonEventException
          || c instanceof jakarta.json.JsonException) {
        return true;
      }
    }
    return false;
  }

  static boolean retriableStatus(int status) {
    return status == 429 || status == 502 || status == 503 || status == 504;
  }
}
