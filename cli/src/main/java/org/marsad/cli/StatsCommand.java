package org.marsad.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.marsad.store.ArticleStore;
import org.marsad.store.StoreStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code marsad stats}: what the store holds. */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "Show what the store holds.")
final class StatsCommand implements Callable<Integer> {
  @Mixin StoreOption store;

  @Override
  public Integer call() throws IOException {
    try (ArticleStore s = store.open(false)) {
      StoreStats stats = s.stats();
      System.out.printf("store:     %s%narticles:  %,d%nsources:   %s%nlanguages: %s%n",
          stats.location(), stats.articles(), stats.sources(), stats.languages());
    }
    return 0;
  }
}
