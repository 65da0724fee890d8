package org.marsad.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.marsad.connect.Actors;
import org.marsad.json.ArticleJson;
import org.marsad.store.ConnectIndex;
import org.marsad.store.LuceneStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code marsad graph --entity E}: an actor's neighbours in the co-occurrence graph. */
@Command(name = "graph", mixinStandardHelpOptions = true,
    description = {
      "List an actor's neighbours: the actors named with it, heaviest first.",
      "weight = articles + 2 × sentences + 3 × events: articles naming both, articles where they"
          + " share a sentence, articles where both are actors of one event."
    })
final class GraphCommand implements Callable<Integer> {
  @Mixin StoreOption store;

  @Option(names = "--entity", required = true, paramLabel = "E",
      description = "An entity id (pers:سعد_الدين_العثماني) or a name under any spelling.")
  String entity;

  @Option(names = "--limit", defaultValue = "20", description = "How many neighbours (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--json", description = "One JSON line a neighbour.") boolean json;

  @Override
  public Integer call() throws Exception {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    try (LuceneStore s = LuceneStore.openReadOnly(store.dir())) {
      ConnectIndex index = new ConnectIndex(s);
      List<String> ids = index.resolve(entity);
      if (ids.isEmpty()) {
        System.err.println("marsad: no actor '" + entity + "' in " + store.dir());
        return 1;
      }
      for (String id : ids) {
        List<ConnectIndex.Neighbour> neighbours = index.neighbours(id, limit);
        if (json) {
          for (ConnectIndex.Neighbour n : neighbours) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("entity", id);
            line.put("neighbour", n.id());
            line.put("weight", n.weight());
            line.put("articles", n.articles());
            line.put("sentences", n.sentences());
            line.put("events", n.events());
            out.println(ArticleJson.MAPPER.writeValueAsString(line));
          }
          continue;
        }
        out.printf("%s (%s), in %,d articles: %d neighbours shown%n", Actors.label(id), id,
            index.articles(id), neighbours.size());
        out.printf("%8s %8s %9s %6s  %s%n", "weight", "articles", "sentences", "events", "neighbour");
        for (ConnectIndex.Neighbour n : neighbours) {
          out.printf("%8d %8d %9d %6d  %s (%s)%n", n.weight(), n.articles(), n.sentences(),
              n.events(), Actors.label(n.id()), n.id());
        }
      }
    }
    return 0;
  }
}
