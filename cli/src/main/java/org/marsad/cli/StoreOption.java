package org.marsad.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.marsad.store.ArticleStore;
import org.marsad.store.Stores;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --store DIR|URL}, shared by every command that reads or writes the store: a folder (the
 * embedded store) or a cluster ({@code opensearch://host:9200[,host2:9201]/index}).
 */
final class StoreOption {
  @Option(
      names = "--store",
      paramLabel = "DIR|URL",
      description = "The store: a data folder, or opensearch://host:9200[,host2:9201]/index"
          + " (default: ${DEFAULT-VALUE}).",
      defaultValue = "marsad-data")
  String spec;

  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  /** Opens the store, whatever its kind. */
  ArticleStore open(boolean writable) throws IOException {
    return Stores.open(spec, writable);
  }

  /**
   * The folder of the embedded store, for commands that only work there (watch, reanalyze,
   * alerts, graph, ...): a cluster store is refused with one line.
   */
  Path dir() {
    if (!Stores.isEmbedded(spec)) {
      throw new IllegalArgumentException("--store " + spec + ": '" + command.qualifiedName(" ")
          + "' works on the embedded store only (a folder); a cluster store serves ingest,"
          + " search, stats and serve");
    }
    return Path.of(spec);
  }
}
