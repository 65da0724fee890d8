package org.marsad.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.marsad.json.ArticleJson;
import org.marsad.model.Event;
import org.marsad.service.EventSearch;
import org.marsad.store.LuceneStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code marsad events}: the events read from the articles in the store. */
@Command(
    name = "events",
    mixinStandardHelpOptions = true,
    description = {
      "List the events over the store, latest first: meetings, workshops, conferences, agreements,"
          + " partnerships, visits, statements, appointments, investments, launches.",
    })
final class EventsCommand implements Callable<Integer> {
  @Mixin StoreOption store;

  @Option(
      names = "--type",
      paramLabel = "T",
      description = "Only events of this type (meeting, partnership, ...).")
  String type;

  @Option(
      names = "--entity",
      paramLabel = "E",
      description = "Only events with this actor (any spelling).")
  String entity;

  @Option(
      names = "--from",
      paramLabel = "DATE",
      description =
          "Only events on or after this day (2021-02-22); an undated event takes its article's"
              + " day.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", description = "Only events on or before this day.")
  LocalDate to;

  @Option(
      names = "--limit",
      defaultValue = "100",
      description = "How many events at most (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(
      names = "--json",
      description =
          "One JSON object a line: article, title, source, published, date and the event record.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    if (limit < 0) throw new IllegalArgumentException("--limit must be >= 0");
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    try (LuceneStore s = LuceneStore.openReadOnly(store.dir())) {
      List<EventSearch.Hit> hits =
          EventSearch.find(s, new EventSearch.Filter(type, entity, from, to), limit);
      for (EventSearch.Hit h : hits) {
        if (json) {
          Map<String, Object> line = new LinkedHashMap<>();
          line.put("article", h.articleId());
          line.put("title", h.title());
          line.put("source", h.source());
          line.put("published", h.published());
          line.put("date", h.date());
          line.put("event", h.event());
          out.println(ArticleJson.MAPPER.writeValueAsString(line));
        } else {
          out.println(line(h));
        }
      }
      if (!json) out.printf("%,d events%n", hits.size());
    }
    return 0;
  }

  /** {@code 2021-02-22 meeting استقباله: سعد الدين العثماني, أمين زروق @ الرباط [article id]}. */
  static String line(EventSearch.Hit h) {
    Event e = h.event();
    StringBuilder b = new StringBuilder();
    b.append(h.date() == null ? "undated   " : h.date()).append("  ").append(e.type());
    if (e.intended()) b.append(" (intended)");
    b.append("  ").append(e.trigger().text());
    if (!e.actors().isEmpty()) {
      b.append(": ")
          .append(e.actors().stream().map(Event.Actor::id).collect(Collectors.joining(", ")));
    }
    if (e.place() != null) b.append(" @ ").append(e.place());
    if (e.subject() != null) b.append(" — ").append(e.subject().text());
    b.append("  [").append(h.articleId()).append(']');
    return b.toString();
  }
}
