package org.marsad.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.marsad.server.MarsadServer;
import org.marsad.server.WriteToken;
import org.marsad.store.ArticleStore;
import org.marsad.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code marsad serve}: the JSON API over the store, until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the search API (and the web page) over the store, until Ctrl-C.")
final class ServeCommand implements Callable<Integer> {
  @Mixin StoreOption store;

  @Option(names = "--port", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1",
      description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only).")
  String host;

  @Override
  public Integer call() throws IOException, InterruptedException {
    return serve(store.spec, host, port);
  }

  /**
   * Serves a store. The embedded one is opened read-only (an ingest may write meanwhile) with a
   * write token kept in its folder. A cluster store takes writes only with a token from {@code
   * MARSAD_TOKEN} (there is no folder to keep one in); without it, uploads are refused.
   */
  static int serve(String storeSpec, String host, int port) throws IOException, InterruptedException {
    boolean embedded = Stores.isEmbedded(storeSpec);
    String envToken = System.getenv(WriteToken.ENV);
    boolean clusterWrites = !embedded && envToken != null && !envToken.isBlank();
    ArticleStore s = Stores.open(storeSpec, clusterWrites);
    MarsadServer server;
    WriteToken token;
    try {
      token = embedded ? WriteToken.forStore(Path.of(storeSpec))
          : clusterWrites ? new WriteToken(envToken.strip(), WriteToken.ENV, false) : null;
      server = MarsadServer.start(s, MarsadServer.Options.local(port).withHost(host).withToken(token));
    } catch (RuntimeException e) {
      s.close();
      throw new IOException("cannot serve on " + host + ":" + port + ": " + rootMessage(e), e);
    }
    String where = host.contains(":") ? "[" + host + "]" : host;
    System.err.printf("marsad: serving %,d articles from %s%n"
        + "marsad: open http://%s:%d/ in your browser  (API: /openapi.json; Ctrl-C stops)%n",
        s.stats().articles(), storeSpec, where, server.port());
    if (token == null) {
      System.err.printf("marsad: uploads (POST /api/ingest) are off: set %s to allow them%n", WriteToken.ENV);
    } else if (token.generated()) {
      System.err.printf("marsad: write token (POST /api/ingest, Authorization: Bearer TOKEN): %s%n"
          + "        saved in %s (owner only); set %s to choose your own%n", token.value(), token.origin(), WriteToken.ENV);
    } else {
      System.err.printf("marsad: write token for POST /api/ingest: from %s%n", token.origin());
    }
    if (!host.equals("127.0.0.1") && !host.equals("localhost") && !host.equals("::1")) {
      System.err.println("marsad: warning: bound to " + host + ": other machines can read this store");
    }
    CountDownLatch stop = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      try {
        s.close();
      } catch (IOException e) {
        System.err.println("marsad: closing the store: " + e.getMessage());
      }
      stop.countDown();
    }));
    stop.await();
    return 0;
  }

  private static String rootMessage(Throwable e) {
    while (e.getCause() != null) e = e.getCause();
    return e.getMessage();
  }
}
