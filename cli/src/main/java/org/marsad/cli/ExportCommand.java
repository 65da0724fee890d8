package org.marsad.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.connect.Actors;
import org.marsad.connect.GraphWriter;
import org.marsad.json.ArticleJson;
import org.marsad.store.ConnectIndex;
import org.marsad.store.LuceneStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code marsad export --format graphml|csv|jsonl}: the actors' graph and the articles. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {
      "Write the actors' graph and the articles for analysts.",
      "graphml: the graph in one file (Gephi, yEd, Cytoscape, NetworkX); default actors.graphml.",
      "csv: a folder with nodes.csv and edges.csv (Gephi's spreadsheet import) and articles.csv.",
      "jsonl: a folder with nodes.jsonl, edges.jsonl and articles.jsonl (one full record a line)."
    })
final class ExportCommand implements Callable<Integer> {
  enum Format { graphml, csv, jsonl }

  @Mixin StoreOption store;

  @Option(names = "--format", required = true, description = "graphml, csv or jsonl.") Format format;

  @Option(names = "--out", paramLabel = "PATH", description = "File (graphml) or folder (csv, jsonl).")
  Path out;

  @Option(names = "--min-weight", defaultValue = "1", description = "Leave out lighter edges (default: ${DEFAULT-VALUE}).")
  long minWeight;

  @Override
  public Integer call() throws Exception {
    try (LuceneStore s = LuceneStore.openReadOnly(store.dir())) {
      ConnectIndex index = new ConnectIndex(s);
      long[] counts;
      switch (format) {
        case graphml -> {
          Path file = out != null ? out : Path.of("actors.graphml");
          if (file.getParent() != null) Files.createDirectories(file.getParent());
          try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
              GraphWriter g = GraphWriter.graphMl(w)) {
            counts = graph(index, g, minWeight);
          }
          System.err.printf("marsad: %,d actors, %,d edges to %s%n", counts[0], counts[1], file);
        }
        case csv -> {
          Path dir = out != null ? out : Path.of("marsad-export");
          Files.createDirectories(dir);
          try (BufferedWriter n = Files.newBufferedWriter(dir.resolve("nodes.csv"), StandardCharsets.UTF_8);
              BufferedWriter e = Files.newBufferedWriter(dir.resolve("edges.csv"), StandardCharsets.UTF_8);
              GraphWriter g = GraphWriter.csv(n, e)) {
            counts = graph(index, g, minWeight);
          }
          long articles;
          try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("articles.csv"), StandardCharsets.UTF_8)) {
            articles = articlesCsv(index, w);
          }
          System.err.printf("marsad: %,d actors, %,d edges, %,d articles to %s%n", counts[0], counts[1], articles, dir);
        }
        case jsonl -> {
          Path dir = out != null ? out : Path.of("marsad-export");
          Files.createDirectories(dir);
          try (BufferedWriter n = Files.newBufferedWriter(dir.resolve("nodes.jsonl"), StandardCharsets.UTF_8);
              BufferedWriter e = Files.newBufferedWriter(dir.resolve("edges.jsonl"), StandardCharsets.UTF_8);
              GraphWriter g = jsonl(n, e)) {
            counts = graph(index, g, minWeight);
          }
          long[] articles = {0};
          try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("articles.jsonl"), StandardCharsets.UTF_8)) {
            index.forEachArticle(a -> {
              w.write(ArticleJson.write(a));
              w.write('\n');
              articles[0]++;
            });
          }
          System.err.printf("marsad: %,d actors, %,d edges, %,d articles to %s%n", counts[0], counts[1], articles[0], dir);
        }
      }
    }
    return 0;
  }

  /**
   * Streams the graph: every actor, then each edge once (from its smaller id). Memory holds the
   * list of actor ids, not the edges or the articles.
   */
  static long[] graph(ConnectIndex index, GraphWriter g, long minWeight) throws IOException {
    List<String> actors = index.actors(); // sorted: an id's node index is its position
    for (int i = 0; i < actors.size(); i++) {
      String id = actors.get(i);
      g.node(new GraphWriter.Node(i, id, Actors.label(id), Actors.type(id), index.articles(id)));
    }
    long edges = 0;
    for (int i = 0; i < actors.size(); i++) {
      for (ConnectIndex.Neighbour n : index.neighbours(actors.get(i), 0)) {
        if (n.id().compareTo(actors.get(i)) <= 0 || n.weight() < minWeight) continue;
        int j = Collections.binarySearch(actors, n.id());
        if (j < 0) continue;
        g.edge(new GraphWriter.Edge(i, j, n.weight(), n.articles(), n.sentences(), n.events()));
        edges++;
      }
    }
    return new long[] {actors.size(), edges};
  }

  static long articlesCsv(ConnectIndex index, BufferedWriter w) throws IOException {
    w.write("id,source,published,title,url,language,duplicate_of,story,actors\n");
    long[] n = {0};
    index.forEachArticle(a -> {
      w.write(String.join(",", GraphWriter.csvField(a.id()), GraphWriter.csvField(a.source()),
          GraphWriter.csvField(a.published()), GraphWriter.csvField(a.title()),
          GraphWriter.csvField(a.url()), GraphWriter.csvField(a.language()),
          GraphWriter.csvField(a.duplicateOf()), GraphWriter.csvField(a.story()),
          GraphWriter.csvField(String.join(" ", Actors.of(a)))));
      w.write('\n');
      n[0]++;
    });
    return n[0];
  }

  private static GraphWriter jsonl(BufferedWriter nodes, BufferedWriter edges) {
    return new GraphWriter() {
      List<String> ids = new java.util.ArrayList<>();

      @Override
      public void node(Node n) throws IOException {
        ids.add(n.id());
        nodes.write(ArticleJson.MAPPER.writeValueAsString(n) + "\n");
      }

      @Override
      public void edge(Edge e) throws IOException {
        var m = new java.util.LinkedHashMap<String, Object>();
        m.put("source", ids.get(e.source()));
        m.put("target", ids.get(e.target()));
        m.put("weight", e.weight());
        m.put("articles", e.articles());
        m.put("sentences", e.sentences());
        m.put("events", e.events());
        edges.write(ArticleJson.MAPPER.writeValueAsString(m) + "\n");
      }

      @Override
      public void close() throws IOException {
        nodes.flush();
        edges.flush();
      }
    };
  }

}
