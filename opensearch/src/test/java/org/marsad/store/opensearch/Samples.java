package org.marsad.store.opensearch;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.marsad.model.Article;
import org.marsad.pipeline.Pipeline;
import org.marsad.service.IngestService;
import org.marsad.store.LuceneStore;
import org.marsad.store.SearchRequest;

/**
 * The articles the cluster tests compare on, analyzed once per test run: the repository's
 * samples, and the first {@value #ANT_SLICE} articles of ANT v2.1 when the shared data is there.
 * They are ingested into an embedded store with the ingest's connector (so they carry duplicates
 * and stories), and read back from it as the records both stores then hold.
 */
final class Samples {
  private Samples() {}

  static final int ANT_SLICE = 300;
  private static Path store;
  private static List<Article> records;

  /** Input paths: the samples folder, and an ANT slice when available. */
  static List<String> inputs() throws IOException {
    Path root = Path.of(System.getProperty("marsad.root", ".."));
    List<String> paths = new ArrayList<>(List.of(root.resolve("samples").toString()));
    Path ant = Path.of(System.getProperty("marsad.shared", "../../shared"), "data/news/ant-v2.1-train.jsonl.gz");
    if (Files.exists(ant)) {
      Path slice = Files.createTempFile("marsad-ant-slice", ".jsonl");
      slice.toFile().deleteOnExit();
      try (BufferedReader in = new BufferedReader(new InputStreamReader(
              new GZIPInputStream(Files.newInputStream(ant)), StandardCharsets.UTF_8));
          BufferedWriter out = Files.newBufferedWriter(slice)) {
        String line;
        for (int i = 0; i < ANT_SLICE && (line = in.readLine()) != null; i++) out.write(line + "\n");
      }
      paths.add(slice.toString());
    }
    return paths;
  }

  /** The embedded store holding the analyzed, connected articles (built on first use). */
  static synchronized Path embedded() throws IOException {
    if (store == null) {
      Path dir = Files.createTempDirectory("marsad-parity");
      try (LuceneStore s = LuceneStore.open(dir)) {
        new IngestService(Pipeline.standard()).ingest(inputs(), s, new IngestService.Listener() {});
      }
      store = dir;
    }
    return store;
  }

  /** The records of {@link #embedded()}, as stored there. */
  static synchronized List<Article> records() throws IOException {
    if (records == null) {
      List<Article> out = new ArrayList<>();
      try (LuceneStore s = LuceneStore.openReadOnly(embedded())) {
        s.forEach(SearchRequest.all(), out::add);
      }
      records = List.copyOf(out);
    }
    return records;
  }
}
