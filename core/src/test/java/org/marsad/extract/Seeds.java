package org.marsad.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/** The shared seeds and data, read from {@code -Dmarsad.shared} (default {@code ../shared}). */
public final class Seeds {
  private Seeds() {}

  public static Path shared() {
    return Path.of(System.getProperty("marsad.shared", "../shared"));
  }

  /** The seed whose file name starts with {@code prefix}; skips the test when it is absent. */
  public static String seed(String prefix) throws IOException {
    Path dir = shared().resolve("seeds");
    Assumptions.assumeTrue(Files.isDirectory(dir), "no seeds at " + dir + "; skipped");
    try (Stream<Path> files = Files.list(dir)) {
      Path p = files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElse(null);
      Assumptions.assumeTrue(p != null, "no seed " + prefix + " in " + dir + "; skipped");
      return Files.readString(p);
    }
  }
}
