package org.marsad.entity;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads a data file shipped on the class path (UTF-8) with the parser its class already has. */
final class ShippedData {
  private ShippedData() {}

  /** How a data file is read: from a reader, naming its origin in errors. */
  @FunctionalInterface
  interface Parser<T> {
    T read(Reader reader, String origin) throws IOException;
  }

  /** Parses {@code resource}; a missing or unreadable file is a broken build, so it fails loudly. */
  static <T> T load(String resource, Parser<T> parser) {
    try (InputStream in = ShippedData.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException(resource + " is missing from the class path");
      return parser.read(new InputStreamReader(in, StandardCharsets.UTF_8), resource);
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
  }
}
