package org.marsad.watch;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The key under which a URL counts as seen: the same page reached as {@code http://WWW.x.ma/a/},
 * {@code https://x.ma/a#top} or {@code https://x.ma/a?utm_source=rss} is one page. Scheme, {@code
 * www.}, case of the host, a default port, the fragment, a trailing slash and tracking parameters
 * ({@code utm_*}, {@code fbclid}, {@code gclid}) do not matter; the remaining query parameters are
 * sorted.
 */
public final class UrlKey {
  private UrlKey() {}

  /** The key, or the stripped input when it is not a URL with a host. */
  public static String of(String url) {
    URI uri;
    try {
      uri = new URI(url.strip().replace(" ", "%20"));
    } catch (URISyntaxException e) {
      return url.strip();
    }
    if (uri.getHost() == null) return url.strip();
    String host = uri.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
    int port = uri.getPort();
    String scheme = uri.getScheme() == null ? "http" : uri.getScheme().toLowerCase(Locale.ROOT);
    boolean defaultPort =
        port < 0 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
    StringBuilder key = new StringBuilder(host);
    if (!defaultPort) key.append(':').append(port);
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    while (path.endsWith("/")) path = path.substring(0, path.length() - 1);
    key.append(path);
    String query = uri.getRawQuery();
    if (query != null && !query.isEmpty()) {
      List<String> kept = new ArrayList<>();
      for (String parameter : query.split("&")) {
        String name = parameter.split("=", 2)[0].toLowerCase(Locale.ROOT);
        if (parameter.isEmpty() || name.startsWith("utm_") || name.equals("fbclid")
            || name.equals("gclid")) {
          continue;
        }
        kept.add(parameter);
      }
      kept.sort(null);
      if (!kept.isEmpty()) key.append('?').append(String.join("&", kept));
    }
    return key.toString();
  }

  /** Scheme and authority: the unit of politeness ({@code http://127.0.0.1:8080}). */
  public static String site(URI uri) {
    String scheme = uri.getScheme() == null ? "http" : uri.getScheme().toLowerCase(Locale.ROOT);
    return scheme + "://" + uri.getRawAuthority().toLowerCase(Locale.ROOT);
  }
}
