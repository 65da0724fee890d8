package org.marsad.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --store DIR}, shared by every command that reads or writes the store. */
final class StoreOption {
  @Option(
      names = "--store",
      paramLabel = "DIR",
      description = "The store's data folder (default: ${DEFAULT-VALUE}).",
      defaultValue = "marsad-data")
  Path store;
}
