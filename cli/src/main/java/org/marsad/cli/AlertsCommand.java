package org.marsad.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.alert.AlertService;
import org.marsad.alert.AtomFeed;
import org.marsad.alert.SavedSearch;
import org.marsad.alert.SavedSearches;
import org.marsad.watch.WatchState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code marsad alerts add|list|remove}: saved searches whose new matches are alerts. */
@Command(
    name = "alerts",
    mixinStandardHelpOptions = true,
    description = "Saved searches: 'marsad watch' matches each new article against them; each has"
        + " an Atom feed of its matches (DIR/alerts/ID.atom) and an optional webhook.",
    subcommands = {AlertsCommand.Add.class, AlertsCommand.ListAlerts.class,
        AlertsCommand.Remove.class})
final class AlertsCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  @Command(name = "add", mixinStandardHelpOptions = true,
      description = "Save a search: a query (all words must appear unless joined by OR) and"
          + " filters; at least one of them.")
  static final class Add implements Callable<Integer> {
    @Mixin StoreOption store;

    @Parameters(paramLabel = "NAME", description = "A name; the id is made from it.")
    String name;

    @Option(names = {"-q", "--query"}, paramLabel = "QUERY") String query;
    @Option(names = "--entity", paramLabel = "NAME",
        description = "An actor under any spelling.") String entity;
    @Option(names = "--theme", paramLabel = "THEME") String theme;
    @Option(names = "--topic", paramLabel = "TOPIC") String topic;
    @Option(names = "--source", paramLabel = "SOURCE") String source;
    @Option(names = "--event", paramLabel = "TYPE", description = "An event type.") String event;
    @Option(names = "--language", paramLabel = "CODE") String language;
    @Option(names = "--webhook", paramLabel = "URL",
        description = "POST each match as JSON here (retried on failure).") String webhook;

    @Override
    public Integer call() throws IOException {
      if (webhook != null && !webhook.matches("(?i)https?://.+")) {
        throw new IllegalArgumentException("--webhook " + webhook + ": not an http(s) URL");
      }
      SavedSearch saved = new SavedSearches(store.dir()).add(new SavedSearch(name, name, query,
          entity, theme, topic, source, event, language, webhook, System.currentTimeMillis()));
      System.out.println(saved.id() + "\t" + saved.describe());
      System.err.println("marsad: saved; its Atom feed will be "
          + AtomFeed.file(store.dir(), saved.id()));
      return 0;
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List saved searches.")
  static final class ListAlerts implements Callable<Integer> {
    @Mixin StoreOption store;

    @Override
    public Integer call() throws IOException {
      List<SavedSearch> all = new SavedSearches(store.dir()).list();
      if (all.isEmpty()) System.out.println("no saved searches: add one with 'marsad alerts add'");
      for (SavedSearch s : all) {
        boolean feed = Files.exists(AtomFeed.file(store.dir(), s.id()));
        System.out.println(s.id() + "\t" + s.name() + "\t" + s.describe()
            + (s.webhook() == null ? "" : "\twebhook " + s.webhook())
            + (feed ? "\t" + AtomFeed.file(store.dir(), s.id()) : "\tno match yet"));
      }
      return 0;
    }
  }

  @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a saved search.")
  static final class Remove implements Callable<Integer> {
    @Mixin StoreOption store;

    @Parameters(paramLabel = "ID") String id;

    @Override
    public Integer call() throws IOException {
      if (!new SavedSearches(store.dir()).remove(id)) {
        throw new IllegalArgumentException("no saved search '" + id + "' (see 'marsad alerts list')");
      }
      Files.deleteIfExists(AtomFeed.file(store.dir(), id));
      if (Files.isDirectory(store.dir().resolve("watch"))) {
        try (WatchState state = WatchState.open(store.dir())) {
          AlertService.forget(state, id);
        } catch (org.marsad.store.StoreException e) {
          // a running watch holds the state: its matches stay until the search is re-added
        }
      }
      System.err.println("marsad: removed " + id);
      return 0;
    }
  }
}
