package org.marsad.cli;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.pipeline.Pipeline;
import org.marsad.service.IngestService;
import org.marsad.store.ArticleStore;
import org.marsad.store.LuceneStore;
import org.marsad.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code marsad ingest PATH...}: analyze and store, with progress and a summary. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Read articles, analyze them and put them in the store, with a progress bar and a summary.",
      "Idempotent: the same article twice is one article. Crash-safe: work is committed every few"
          + " seconds, and re-running the same ingest completes the rest without duplicates.",
      "Exit status: 0 when all went in, 1 when some inputs were skipped."
    })
final class IngestCommand implements Callable<Integer> {
  @Mixin StoreOption store;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders, or - for stdin.")
  List<String> paths;

  @Override
  public Integer call() throws IOException {
    return ingest(store.spec, paths);
  }

  /**
   * Shared with {@code up}: ingest with progress, print the summary, return the exit status. Into
   * a cluster store, articles go as analyzed: duplicates and stories are found by the embedded
   * store's connector (or across a whole archive by the Spark job), not here.
   */
  static int ingest(String storeSpec, List<String> paths) throws IOException {
    IngestService.Summary summary;
    try (ArticleStore store = Stores.open(storeSpec, true);
        Progress progress = new Progress("Ingest")) {
      if (!(store instanceof LuceneStore)) {
        System.err.println("marsad: into a cluster store: no duplicate or story detection here"
            + " (records that carry duplicate_of and story keep them)");
      }
      summary = new IngestService(Pipeline.standard()).ingest(paths, store, progress);
    }
    System.err.println("marsad: " + summary.line() + " into " + storeSpec);
    return summary.skipped() == 0 ? 0 : 1;
  }
}
