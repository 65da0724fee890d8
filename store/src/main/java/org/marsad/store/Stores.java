package org.marsad.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Opens a store from what a user typed after {@code --store}: a folder is the embedded {@link
 * LuceneStore}; {@code scheme://...} goes to the {@link StoreProvider} registered for that scheme
 * ({@code opensearch://host:9200,host2:9201/index} when the OpenSearch module is on the class
 * path).
 */
public final class Stores {
  private Stores() {}

  private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*)://");

  /** The URL scheme of a spec in lower case, or null for a folder. */
  public static String scheme(String spec) {
    Matcher m = SCHEME.matcher(spec == null ? "" : spec.strip());
    return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
  }

  /** True when the spec names a folder, that is the embedded store. */
  public static boolean isEmbedded(String spec) {
    return scheme(spec) == null;
  }

  /**
   * Opens a store.
   *
   * @param writable true to write (a folder is created when missing), false to read an existing
   *     store only
   */
  public static ArticleStore open(String spec, boolean writable) throws IOException {
    String scheme = scheme(spec);
    if (scheme == null) {
      Path dir = Path.of(spec);
      return writable ? LuceneStore.open(dir) : LuceneStore.openReadOnly(dir);
    }
    List<String> known = new ArrayList<>();
    for (StoreProvider p : ServiceLoader.load(StoreProvider.class, Stores.class.getClassLoader())) {
      if (p.schemes().contains(scheme)) return p.open(spec.strip(), writable);
      known.addAll(p.schemes());
    }
    throw new StoreException(spec + ": no store backend for '" + scheme + "://' (known: "
        + (known.isEmpty() ? "none but folders" : String.join(", ", known) + " and folders") + ")");
  }
}
