package org.marsad.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.marsad.json.ArticleJson;
import org.marsad.store.ArticleStore;
import org.marsad.store.ConnectIndex;
import org.marsad.store.FoldedResult;
import org.marsad.store.LuceneStore;
import org.marsad.store.SearchRequest;
import org.marsad.store.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code marsad search "query"}: ranked results with highlighted snippets. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Search the store. Words match their other forms (الحكومات finds الحكومة); all words must"
          + " match; Lucene syntax works (\"exact phrase\", OR, -word, title:word).",
    })
final class SearchCommand implements Callable<Integer> {
  @Mixin StoreOption store;

  @Parameters(arity = "0..1", paramLabel = "QUERY", description = "Words to find; empty lists the newest.")
  String query = "";

  @Option(names = "--source", description = "Only articles from this source.") String source;
  @Option(names = "--from", paramLabel = "DATE", description = "Published on or after (2021-02-22).") LocalDate from;
  @Option(names = "--to", paramLabel = "DATE", description = "Published on or before.") LocalDate to;
  @Option(names = "--entity", description = "Only articles naming this actor (any spelling).") String entity;
  @Option(names = "--topic", description = "Only articles with this topic.") String topic;
  @Option(names = "--language", description = "Only articles in this language (ar, fr, en).") String language;
  @Option(names = "--theme", description = "Only articles with this ICT theme (cybersecurity, offshoring, ...).") String theme;
  @Option(names = "--event", paramLabel = "TYPE", description = "Only articles with an event of this type (meeting, partnership, ...).") String event;
  @Option(names = "--limit", defaultValue = "10", description = "How many results (default: ${DEFAULT-VALUE}).") int limit;
  @Option(names = "--offset", defaultValue = "0", description = "Skip this many results.") int offset;
  @Option(names = "--json", description = "One JSON hit a line: id, score, title, source, published, url (and story, folded; compare stores with --all --json).") boolean json;
  @Option(names = "--all", description = "Every matching article; by default each story is one result with its other articles folded under it.") boolean all;

  @Override
  public Integer call() throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    try (ArticleStore s = store.open(false)) {
      SearchRequest request = new SearchRequest(query, source, from, to, entity, topic, language, offset, limit, theme, event);
      // folding by story reads the embedded index's connect fields; a cluster store lists every hit
      if (!all && s instanceof LuceneStore lucene) return folded(out, new ConnectIndex(lucene).search(request));
      SearchResult result = s.search(request);
      if (json) {
        for (SearchResult.Hit h : result.hits()) {
          Map<String, Object> line = new LinkedHashMap<>();
          line.put("id", h.id());
          line.put("score", h.score());
          line.put("title", h.title());
          line.put("source", h.source());
          line.put("published", h.published());
          line.put("url", h.url());
          out.println(ArticleJson.MAPPER.writeValueAsString(line));
        }
        return 0;
      }
      out.printf("%,d articles match%n%n", result.total());
      int rank = offset;
      for (SearchResult.Hit h : result.hits()) {
        out.printf("%d. %s%n   %s · %s · %s · score %.2f%n   %s%n%n", ++rank,
            h.title() == null ? "(no title)" : h.title(), h.id(),
            h.source() == null ? "unknown source" : h.source(),
            h.published() == null ? "undated" : h.published(), h.score(), plain(h.snippet()));
      }
      printFacets(out, result.facets());
    }
    return 0;
  }

  private static void printFacets(PrintStream out, Map<String, Map<String, Integer>> facets) {
    for (String dim : java.util.List.of("source", "theme", "event")) {
      Map<String, Integer> counts = facets.getOrDefault(dim, Map.of());
      if (!counts.isEmpty()) out.println(dim + "s: " + counts);
    }
  }

  /** One result per story, its other articles (copies and other outlets) listed under it. */
  private int folded(PrintStream out, FoldedResult result) throws IOException {
    if (json) {
      for (FoldedResult.Group g : result.results()) {
        SearchResult.Hit h = g.hit();
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("id", h.id());
        line.put("score", h.score());
        line.put("title", h.title());
        line.put("source", h.source());
        line.put("published", h.published());
        line.put("url", h.url());
        line.put("story", g.story());
        line.put("story_matching", g.matching());
        line.put("folded", g.folded());
        out.println(ArticleJson.MAPPER.writeValueAsString(line));
      }
      return 0;
    }
    out.printf("%,d articles match%n%n", result.total());
    int rank = offset;
    for (FoldedResult.Group g : result.results()) {
      SearchResult.Hit h = g.hit();
      out.printf("%d. %s%n   %s · %s · %s · score %.2f%n   %s%n", ++rank,
          h.title() == null ? "(no title)" : h.title(), h.id(),
          h.source() == null ? "unknown source" : h.source(),
          h.published() == null ? "undated" : h.published(), h.score(), plain(h.snippet()));
      if (g.matching() > 1) {
        out.printf("   + %d more in this story (%s):%n", g.matching() - 1, g.story());
        for (FoldedResult.Folded f : g.folded()) {
          out.printf("     %s · %s · %s%s%n", f.published() == null ? "undated" : f.published(),
              f.source(), f.title(), f.duplicateOf() == null ? "" : " (copy)");
        }
      }
      out.println();
    }
    printFacets(out, result.facets());
    return 0;
  }

  /** The snippet's marks as [brackets], its HTML escapes undone, for a terminal. */
  static String plain(String snippet) {
    return snippet.replace("<mark>", "[").replace("</mark>", "]").replace("&lt;", "<")
        .replace("&gt;", ">").replace("&quot;", "\"").replace("&#x27;", "'").replace("&#39;", "'")
        .replace("&#x2F;", "/").replace("&amp;", "&");
  }
}
