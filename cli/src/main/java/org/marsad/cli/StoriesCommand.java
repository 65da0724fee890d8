package org.marsad.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.model.Story;
import org.marsad.store.ConnectIndex;
import org.marsad.store.LuceneStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code marsad stories [ID]}: the largest stories, or one story with its articles. */
@Command(name = "stories", mixinStandardHelpOptions = true,
    description = "List the largest stories (label, span, sources, main actors), or show one.")
final class StoriesCommand implements Callable<Integer> {
  @Mixin StoreOption store;

  @Parameters(arity = "0..1", paramLabel = "ID", description = "A story id: show its articles.")
  String id;

  @Option(names = "--limit", defaultValue = "20", description = "How many stories (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--min-articles", defaultValue = "2", description = "Smallest story listed (default: ${DEFAULT-VALUE}).")
  int minArticles;

  @Override
  public Integer call() throws Exception {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    try (LuceneStore s = LuceneStore.openReadOnly(store.dir())) {
      ConnectIndex index = new ConnectIndex(s);
      if (id != null) {
        Story story = index.story(id).orElseThrow(
            () -> new IllegalArgumentException("no story " + id + " in " + store.dir()));
        print(out, story);
        for (String member : story.members()) {
          var a = s.get(member).orElseThrow();
          out.printf("   %s  %s · %s%s%n", a.published() == null ? "undated   " : a.published(),
              a.source(), a.title(), a.duplicateOf() == null ? "" : "  (copy of " + a.duplicateOf() + ")");
        }
        return 0;
      }
      List<Story> stories = index.stories(limit, minArticles);
      for (Story story : stories) print(out, story);
    }
    return 0;
  }

  private static void print(PrintStream out, Story s) {
    out.printf("%s  %d articles (%d copies), %s … %s%n   %s%n   sources %s%n   actors %s%n%n",
        s.id(), s.articles(), s.duplicates(), s.first(), s.last(), s.label(), s.sources(), s.actors());
  }
}
