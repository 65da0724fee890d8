package org.marsad.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.marsad.extract.Extractors;
import org.marsad.ingest.RawDocument;
import org.marsad.model.Article;

/**
 * The shared seeds (from {@code -Dmarsad.shared}, default {@code ../shared}) as clean article
 * records: extracted and identified, with no understanding stage run, so that a test can add the
 * mentions it needs by hand. A test that asks for an absent seed is skipped.
 */
public final class SeedArticles {
  private SeedArticles() {}

  private static final Pipeline CLEAN = new Pipeline(Extractors.standard(), java.util.List.of());

  public static Article article(String prefix) throws IOException {
    Path dir = Path.of(System.getProperty("marsad.shared", "../shared")).resolve("seeds");
    Assumptions.assumeTrue(Files.isDirectory(dir), "no seeds at " + dir + "; skipped");
    try (Stream<Path> files = Files.list(dir)) {
      Path p =
          files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElse(null);
      Assumptions.assumeTrue(p != null, "no seed " + prefix + " in " + dir + "; skipped");
      return CLEAN.analyze(RawDocument.textPage(p.toString(), Files.readString(p)));
    }
  }
}
