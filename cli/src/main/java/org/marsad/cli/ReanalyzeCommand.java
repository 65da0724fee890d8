package org.marsad.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.marsad.pipeline.Pipeline;
import org.marsad.store.LuceneStore;
import org.marsad.watch.ReanalyzeService;
import org.marsad.watch.WarcArchive;
import org.marsad.watch.WatchState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code marsad reanalyze}: rebuild the watched articles from the raw-page archive. */
@Command(
    name = "reanalyze",
    mixinStandardHelpOptions = true,
    description = "Rebuild every watched article from the raw pages kept in the store's WARC"
        + " archive, with the current models: an improved model improves the past too.")
final class ReanalyzeCommand implements Callable<Integer> {
  @Mixin StoreOption store;

  @Override
  public Integer call() throws IOException {
    ReanalyzeService.Summary summary;
    try (LuceneStore articles = LuceneStore.open(store.dir());
        WatchState state = WatchState.open(store.dir())) {
      summary = new ReanalyzeService(Pipeline.standard(),
          Runtime.getRuntime().availableProcessors())
          .reanalyze(new WarcArchive(store.dir()), state, articles);
    }
    for (String p : summary.problems()) System.err.println("marsad: " + p);
    System.err.println("marsad: " + summary.line());
    return summary.problems().isEmpty() ? 0 : 1;
  }
}
