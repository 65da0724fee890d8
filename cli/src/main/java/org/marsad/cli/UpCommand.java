package org.marsad.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code marsad up [PATH]}: ingest, then serve. The first command a newcomer runs. */
@Command(name = "up", mixinStandardHelpOptions = true,
    description = "Ingest PATH (default: the bundled samples) into the store, then serve it on"
        + " http://127.0.0.1:8080 until Ctrl-C.")
final class UpCommand implements Callable<Integer> {
  @Mixin StoreOption store;

  @Parameters(arity = "0..*", paramLabel = "PATH", description = "Articles to ingest (default: samples).")
  List<String> paths = List.of("samples");

  @Option(names = "--port", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default: ${DEFAULT-VALUE}).")
  String host;

  @Override
  public Integer call() throws Exception {
    if (paths.equals(List.of("samples")) && !java.nio.file.Files.isDirectory(java.nio.file.Path.of("samples"))
        && System.getProperty("marsad.home") != null) {
      paths = List.of(java.nio.file.Path.of(System.getProperty("marsad.home"), "samples").toString());
    }
    int status = IngestCommand.ingest(store.spec, paths);
    if (status != 0) System.err.println("marsad: some inputs were skipped (see above); serving the rest");
    return ServeCommand.serve(store.spec, host, port);
  }
}
