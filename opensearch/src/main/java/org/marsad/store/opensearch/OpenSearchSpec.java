package org.marsad.store.opensearch;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where an OpenSearch store lives: {@code opensearch://host:9200[,host2:9201]/index}, or {@code
 * opensearchs://...} for https. Options after {@code ?}: {@code shards} and {@code replicas} for a
 * new index (default 1 and 1), {@code user} (the password from {@code MARSAD_OPENSEARCH_PASSWORD}).
 *
 * @param hosts the nodes the client may talk to, as {@code http://host:port} URIs
 * @param index the index name (lower case, as OpenSearch requires)
 */
public record OpenSearchSpec(
    List<URI> hosts, String index, boolean https, int shards, int replicas, String user) {

  public static final String SCHEME = "opensearch", SECURE_SCHEME = "opensearchs";

  public OpenSearchSpec {
    hosts = List.copyOf(hosts);
    if (hosts.isEmpty()) throw new IllegalArgumentException("no host");
  }

  /** Reads a spec; a bad one is an {@link IllegalArgumentException} that says what is wrong. */
  public static OpenSearchSpec parse(String spec) {
    String s = spec == null ? "" : spec.strip();
    int colon = s.indexOf("://");
    String scheme = colon < 0 ? "" : s.substring(0, colon).toLowerCase(Locale.ROOT);
    if (!scheme.equals(SCHEME) && !scheme.equals(SECURE_SCHEME)) {
      throw bad(spec, "expected opensearch://host:9200[,host2:9201]/index");
    }
    boolean https = scheme.equals(SECURE_SCHEME);
    String rest = s.substring(colon + 3);
    String query = "";
    int q = rest.indexOf('?');
    if (q >= 0) {
      query = rest.substring(q + 1);
      rest = rest.substring(0, q);
    }
    int slash = rest.indexOf('/');
    if (slash < 0 || slash == rest.length() - 1) throw bad(spec, "no index name after the hosts (…:9200/articles)");
    String index = rest.substring(slash + 1);
    if (index.endsWith("/")) index = index.substring(0, index.length() - 1);
    if (!index.matches("[a-z0-9][a-z0-9._-]*") || index.length() > 255) {
      throw bad(spec, "the index name '" + index + "' must be lower case letters, digits, '.', '_' or '-'");
    }
    List<URI> hosts = new ArrayList<>();
    for (String h : rest.substring(0, slash).split(",")) {
      if (h.isBlank()) throw bad(spec, "an empty host");
      String hostPort = h.strip();
      if (!hostPort.matches("(\\[[0-9a-fA-F:]+]|[A-Za-z0-9._-]+)(:\\d{1,5})?")) {
        throw bad(spec, "'" + hostPort + "' is not host or host:port");
      }
      if (!hostPort.matches(".*:\\d{1,5}$") || hostPort.endsWith("]")) hostPort += ":9200";
      try {
        hosts.add(new URI((https ? "https" : "http") + "://" + hostPort));
      } catch (URISyntaxException e) {
        throw bad(spec, "'" + hostPort + "': " + e.getMessage());
      }
    }
    Map<String, String> options = options(spec, query);
    int shards = number(spec, options.remove("shards"), 1, "shards", 1, 1024);
    int replicas = number(spec, options.remove("replicas"), 1, "replicas", 0, 16);
    String user = options.remove("user");
    if (!options.isEmpty()) {
      throw bad(spec, "unknown option(s) " + options.keySet() + " (known: shards, replicas, user)");
    }
    return new OpenSearchSpec(hosts, index, https, shards, replicas, user);
  }

  /** The same store with other settings for a new index. */
  public OpenSearchSpec withIndexSettings(int newShards, int newReplicas) {
    return new OpenSearchSpec(hosts, index, https, newShards, newReplicas, user);
  }

  /** The same cluster, another index. */
  public OpenSearchSpec withIndex(String other) {
    return new OpenSearchSpec(hosts, other, https, shards, replicas, user);
  }

  /** The spec as a user would write it (no password: it never is in a spec). */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(https ? SECURE_SCHEME : SCHEME).append("://");
    for (int i = 0; i < hosts.size(); i++) {
      if (i > 0) b.append(',');
      b.append(hosts.get(i).getHost().contains(":") ? "[" + hosts.get(i).getHost() + "]" : hosts.get(i).getHost())
          .append(':').append(hosts.get(i).getPort());
    }
    return b.append('/').append(index).toString();
  }

  private static Map<String, String> options(String spec, String query) {
    Map<String, String> out = new LinkedHashMap<>();
    if (query.isBlank()) return out;
    for (String kv : query.split("&")) {
      int eq = kv.indexOf('=');
      if (eq <= 0) throw bad(spec, "option '" + kv + "' is not name=value");
      out.put(kv.substring(0, eq).toLowerCase(Locale.ROOT), kv.substring(eq + 1));
    }
    return out;
  }

  private static int number(String spec, String v, int dflt, String name, int min, int max) {
    if (v == null) return dflt;
    try {
      int n = Integer.parseInt(v);
      if (n < min || n > max) throw bad(spec, name + " must be " + min + ".." + max + ", not " + v);
      return n;
    } catch (NumberFormatException e) {
      throw bad(spec, name + " must be a number, not '" + v + "'");
    }
  }

  private static IllegalArgumentException bad(String spec, String why) {
    return new IllegalArgumentException("--store " + spec + ": " + why);
  }
}
