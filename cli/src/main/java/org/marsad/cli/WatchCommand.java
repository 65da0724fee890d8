package org.marsad.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.alert.AlertService;
import org.marsad.alert.Webhooks;
import org.marsad.pipeline.Pipeline;
import org.marsad.store.LuceneStore;
import org.marsad.watch.Fetcher;
import org.marsad.watch.SourceList;
import org.marsad.watch.WarcArchive;
import org.marsad.watch.WatchState;
import org.marsad.watch.Watcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code marsad watch SOURCES}: poll feeds, archive and ingest new articles, fire alerts. */
@Command(
    name = "watch",
    mixinStandardHelpOptions = true,
    description = {
      "Watch the press: poll the feeds of SOURCES (an OPML file, or URLs one a line: feeds, news"
          + " sitemaps or home pages, whose feeds are discovered), fetch each new article page"
          + " politely, keep it in the WARC archive under the store, analyze and store it, and"
          + " match it against the saved searches (see 'marsad alerts').",
      "Crash-safe: a restarted watch loses nothing and fetches nothing twice.",
      "Exit status (--once): 0 when every source was read, 1 when some failed."
    })
final class WatchCommand implements Callable<Integer> {
  @Mixin StoreOption store;

  @Parameters(paramLabel = "SOURCES", description = "OPML file, or a text file of URLs.")
  Path sources;

  @Option(names = "--every", paramLabel = "DURATION", defaultValue = "15m",
      description = "How often each source is polled (30s, 15m, 2h; default: ${DEFAULT-VALUE}).")
  String every;

  @Option(names = "--once", description = "Poll every source once, then stop.")
  boolean once;

  @Option(names = "--delay", paramLabel = "DURATION", defaultValue = "1s",
      description = "Least pause between two requests to one site (default: ${DEFAULT-VALUE});"
          + " a longer robots.txt Crawl-delay wins.")
  String delay;

  @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "30s",
      description = "Longest time for one request, body included (default: ${DEFAULT-VALUE}).")
  String timeout;

  @Option(names = "--user-agent", paramLabel = "TEXT",
      description = "User-Agent to send; name a contact (default: MarsadBot/0.1 …).")
  String userAgent;

  @Override
  public Integer call() throws IOException, InterruptedException {
    Duration interval = duration(every, "--every");
    Fetcher.Settings settings = Fetcher.Settings.defaults()
        .withMinDelay(duration(delay, "--delay"))
        .withTimeout(duration(timeout, "--timeout"));
    if (userAgent != null) settings = settings.withUserAgent(userAgent);
    SourceList.Read listed = SourceList.read(sources);
    for (String problem : listed.problems()) System.err.println("marsad: " + problem);
    if (listed.urls().isEmpty()) throw new IllegalArgumentException(sources + ": no URL to watch");
    Watcher.Listener listener = new Watcher.Listener() {
      @Override
      public void note(String line) {
        System.err.println("marsad: " + line);
      }
    };
    boolean failures = false;
    try (LuceneStore articles = LuceneStore.open(store.dir());
        WatchState state = WatchState.open(store.dir());
        WarcArchive archive = new WarcArchive(store.dir());
        Fetcher fetcher = new Fetcher(settings);
        Webhooks webhooks = Webhooks.defaults(listener::note)) {
      AlertService alerts = new AlertService(store.dir(), state, webhooks);
      alerts.reload();
      Watcher watcher = new Watcher(articles, state, archive, fetcher, Pipeline.standard(), alerts,
          listener);
      watcher.recover();
      while (true) {
        Watcher.Round round = watcher.round(SourceList.read(sources).urls(), interval, once);
        System.err.println("marsad: " + round.line());
        failures = round.failed() > 0;
        if (once) break;
        long wait = Math.max(1000, watcher.nextDue() - System.currentTimeMillis());
        Thread.sleep(Math.min(wait, interval.toMillis()));
        alerts.reload();
      }
    }
    return failures ? 1 : 0;
  }

  /** {@code 90s}, {@code 15m}, {@code 2h}, {@code 1d}, {@code 500ms}, or ISO-8601 ({@code PT15M}). */
  static Duration duration(String text, String option) {
    String t = text.strip().toLowerCase(java.util.Locale.ROOT);
    try {
      if (t.startsWith("pt") || t.startsWith("p")) return Duration.parse(t.toUpperCase());
      if (t.endsWith("ms")) return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
      long n = Long.parseLong(t.substring(0, t.length() - 1));
      return switch (t.charAt(t.length() - 1)) {
        case 's' -> Duration.ofSeconds(n);
        case 'm' -> Duration.ofMinutes(n);
        case 'h' -> Duration.ofHours(n);
        case 'd' -> Duration.ofDays(n);
        default -> throw new NumberFormatException();
      };
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          option + " " + text + ": not a duration (write 30s, 15m, 2h or 500ms)");
    }
  }

}
