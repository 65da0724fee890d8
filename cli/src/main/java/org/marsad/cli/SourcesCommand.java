package org.marsad.cli;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.watch.Source;
import org.marsad.watch.WatchState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code marsad sources}: each watched source with its health. */
@Command(
    name = "sources",
    mixinStandardHelpOptions = true,
    description = "List the watched sources with their health: last success, last error, items"
        + " per day, articles stored, next poll.")
final class SourcesCommand implements Callable<Integer> {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);

  @Mixin StoreOption store;

  @Override
  public Integer call() throws IOException {
    List<Source> sources = WatchState.sources(store.dir());
    if (sources.isEmpty()) {
      System.out.println("no sources yet: run 'marsad watch SOURCES --store " + store.dir() + "'");
      return 0;
    }
    long now = System.currentTimeMillis();
    System.out.printf(Locale.ROOT, "%-6s %-16s %-16s %9s %8s  %-8s %s%n", "health", "last success",
        "next poll (UTC)", "items/day", "articles", "kind", "source");
    for (Source s : sources.stream().sorted(Comparator.comparing(Source::url)).toList()) {
      String health = s.failures() == 0 ? (s.lastSuccess() == 0 ? "new" : "ok")
          : "FAIL " + s.failures();
      System.out.printf(Locale.ROOT, "%-6s %-16s %-16s %9.1f %8d  %-8s %s%n", health,
          time(s.lastSuccess()), time(s.nextPoll()), s.itemsPerDay(now), s.articles(), s.kind(),
          s.url());
      if (s.lastError() != null && s.lastErrorAt() >= s.lastSuccess()) {
        System.out.println("       last error " + time(s.lastErrorAt()) + ": " + s.lastError());
      }
    }
    return 0;
  }

  private static String time(long millis) {
    return millis == 0 ? "never" : TIME.format(Instant.ofEpochMilli(millis));
  }
}
