package org.marsad.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a stream into lines of bytes, so that each record of a line-based file (JSONL, TREC) can
 * be decoded on its own: one badly encoded line does not spoil the others. Not thread-safe.
 */
final class ByteLines {

  /** Longer lines are cut off: a file with no line breaks must not fill the heap. */
  static final int MAX_LINE_BYTES = 64 * 1024 * 1024;

  private final InputStream in;
  private final byte[] buffer = new byte[64 * 1024];
  private int position;
  private int limit;
  private byte[] line = new byte[1024];
  private boolean truncated;

  ByteLines(InputStream in) {
    this.in = in;
  }

  /** The next line without its line break, or null at the end of the stream. */
  byte[] next() throws IOException {
    int length = 0;
    boolean any = false;
    truncated = false;
    while (true) {
      if (position == limit) {
        limit = in.read(buffer, 0, buffer.length);
        position = 0;
        if (limit <= 0) {
          limit = 0;
          return any ? finish(length) : null;
        }
      }
      any = true;
      int start = position;
      while (position < limit && buffer[position] != '\n') position++;
      int chunk = position - start;
      if (length + chunk > MAX_LINE_BYTES) {
        chunk = Math.max(0, MAX_LINE_BYTES - length);
        truncated = true;
      }
      if (length + chunk > line.length) {
        line = Arrays.copyOf(line, Math.max(line.length * 2, length + chunk));
      }
      System.arraycopy(buffer, start, line, length, chunk);
      length += chunk;
      if (position < limit) {
        position++; // the '\n'
        return finish(length);
      }
    }
  }

  /** Whether the line {@link #next} returned last was cut at {@link #MAX_LINE_BYTES}. */
  boolean truncated() {
    return truncated;
  }

  private byte[] finish(int length) {
    if (length > 0 && line[length - 1] == '\r') length--;
    return Arrays.copyOf(line, length);
  }
}
