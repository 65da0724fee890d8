package org.marsad.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * The ingest stage: turns files, folders and streams into {@link RawDocument}s, whatever the
 * container (plain text page, HTML, WARC, RSS/Atom, JSONL, TREC), compression (gzip) or encoding
 * (UTF-8, UTF-16, Windows-1256, ISO-8859-6).
 *
 * <p>The format comes from the content, because names lie; see {@link Format}. Reading streams:
 * line- and record-based containers are read one record at a time, and only a single page or feed
 * is ever held whole. Bad input never stops a run: each unreadable file or record becomes one
 * {@link InputProblem} a user can act on, and reading goes on with the next.
 *
 * <p>Thread-safe: it holds no state, so one reader can serve many threads.
 */
public final class InputReader {

  /** One page larger than this is not an article; it would only fill the heap. */
  static final int MAX_PAGE_BYTES = 64 * 1024 * 1024;

  /**
   * A gzip inside a gzip happens ({@code .tar.gz} of one file, double compression); more does not.
   */
  private static final int MAX_GZIP_LAYERS = 2;

  private static final int BUFFER_BYTES = 64 * 1024;

  /** How much was read: inputs opened, documents handed on, problems reported. */
  public record Summary(int files, int documents, int problems) {}

  /**
   * Reads each path in order: a file, a folder (recursively, names in sorted order, hidden entries
   * skipped), or {@code -} for standard input.
   */
  public Summary read(List<String> paths, DocumentSink sink) {
    Tally tally = new Tally(sink);
    for (String path : paths) {
      if (path.equals("-")) {
        tally.files++;
        read("stdin", System.in, tally);
      } else {
        readPath(path, tally);
      }
    }
    return new Summary(tally.files, tally.documents, tally.problems);
  }

  /**
   * Reads one stream, which the caller opens and closes.
   *
   * @param name the stream's name in origins and messages, usually its path; its extension is a
   *     hint for content that could be plain text or HTML
   */
  public void read(String name, InputStream in, DocumentSink sink) {
    Tally tally = new Tally(sink);
    Reading reading = new Reading(name, new CountingInputStream(in));
    try {
      readContent(reading, new BufferedInputStream(reading.counted, BUFFER_BYTES), tally);
    } catch (IOException e) {
      tally.problem(new InputProblem(name, describe(e, reading, tally.documents)));
    }
  }

  private void readPath(String given, Tally tally) {
    Path path;
    try {
      path = Path.of(given);
    } catch (InvalidPathException e) {
      tally.problem(new InputProblem(given, "not a valid path (" + e.getReason() + "); skipped"));
      return;
    }
    if (Files.isDirectory(path)) {
      readFolder(path, tally);
    } else {
      readFile(path, tally);
    }
  }

  private void readFolder(Path folder, Tally tally) {
    List<Path> children;
    try (Stream<Path> list = Files.list(folder)) {
      children = list.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
    } catch (IOException e) {
      tally.problem(
          new InputProblem(
              folder.toString(), "cannot list the folder (" + reason(e) + "); skipped"));
      return;
    }
    for (Path child : children) {
      if (Files.isDirectory(child)) {
        readFolder(child, tally);
      } else if (Files.isRegularFile(child)) {
        readFile(child, tally);
      }
    }
  }

  private void readFile(Path file, Tally tally) {
    String origin = file.toString();
    try (InputStream in = Files.newInputStream(file)) {
      tally.files++;
      read(origin, in, tally);
    } catch (NoSuchFileException e) {
      tally.problem(new InputProblem(origin, "no such file or folder; skipped"));
    } catch (AccessDeniedException e) {
      tally.problem(new InputProblem(origin, "permission denied; skipped"));
    } catch (IOException e) {
      tally.problem(new InputProblem(origin, "cannot open (" + reason(e) + "); skipped"));
    }
  }

  /** Sniffs the format, peels gzip, and hands the stream to the reader for that container. */
  private void readContent(Reading reading, BufferedInputStream in, DocumentSink sink)
      throws IOException {
    String name = reading.name;
    in.mark(Format.HEAD_BYTES);
    byte[] head = in.readNBytes(Format.HEAD_BYTES);
    in.reset();
    Charset bom = TextDecoder.bomCharset(head);
    if (bom == StandardCharsets.UTF_16LE || bom == StandardCharsets.UTF_16BE) {
      // the line readers split bytes at '\n', which UTF-16 breaks: transcode to UTF-8 first
      byte[] page = readPage(name, in, sink);
      if (page == null) return;
      byte[] utf8 = TextDecoder.decode(page, null).text().getBytes(StandardCharsets.UTF_8);
      readContent(reading, new BufferedInputStream(new ByteArrayInputStream(utf8)), sink);
      return;
    }
    Format.Sniffed sniffed = Format.sniff(head, name);
    switch (sniffed.format()) {
      case EMPTY ->
          sink.problem(
              new InputProblem(
                  name,
                  reading.gzipLayers > 0 ? "empty after gunzip; skipped" : "empty file; skipped"));
      case BINARY ->
          sink.problem(
              new InputProblem(name, "not a text file (" + sniffed.detail() + "); skipped"));
      case UNSUPPORTED -> sink.problem(new InputProblem(name, sniffed.detail() + "; skipped"));
      case GZIP -> {
        if (reading.gzipLayers == MAX_GZIP_LAYERS) {
          sink.problem(new InputProblem(name, "gzip nested more than twice; skipped"));
          return;
        }
        reading.gzipLayers++;
        GZIPInputStream gunzipped = new GZIPInputStream(in, BUFFER_BYTES);
        readContent(reading, new BufferedInputStream(gunzipped, BUFFER_BYTES), sink);
      }
      case WARC -> WarcInput.read(name, in, sink);
      case JSONL -> JsonlInput.read(name, in, sink);
      case TREC -> TrecInput.read(name, in, TextDecoder.declaredCharset(head), sink);
      case RSS, ATOM -> {
        byte[] feed = readPage(name, in, sink);
        if (feed != null) FeedInput.read(name, feed, sink);
      }
      case HTML -> {
        byte[] page = readPage(name, in, sink);
        if (page == null) return;
        String html = TextDecoder.decode(page, TextDecoder.declaredCharset(page)).text();
        sink.accept(
            new RawDocument(
                name, "html", RawDocument.Kind.HTML, html, null, null, null, null, null));
      }
      case TEXT -> {
        byte[] page = readPage(name, in, sink);
        if (page != null) {
          sink.accept(RawDocument.textPage(name, TextDecoder.decode(page, null).text()));
        }
      }
    }
  }

  /** The whole of a one-page input, or null (and a problem) when it is too large to be one. */
  private static byte[] readPage(String name, InputStream in, DocumentSink sink)
      throws IOException {
    byte[] page = in.readNBytes(MAX_PAGE_BYTES + 1);
    if (page.length <= MAX_PAGE_BYTES) return page;
    sink.problem(new InputProblem(name, "larger than 64 MB, too large for one page; skipped"));
    return null;
  }

  /** One line for a failure that ended the reading of an input. */
  private static String describe(IOException e, Reading reading, int documents) {
    long bytes = reading.counted.count;
    String rest =
        documents == 0
            ? "skipped"
            : String.format(Locale.ROOT, "read %,d documents, skipped the rest", documents);
    if (reading.gzipLayers > 0 && e instanceof EOFException) {
      return String.format(Locale.ROOT, "truncated gzip after %,d bytes; %s", bytes, rest);
    }
    if (reading.gzipLayers > 0 && e instanceof ZipException) {
      return String.format(
          Locale.ROOT, "corrupt gzip after %,d bytes (%s); %s", bytes, reason(e), rest);
    }
    if (e instanceof EOFException) {
      return String.format(
          Locale.ROOT, "ends in the middle of a record after %,d bytes; %s", bytes, rest);
    }
    return "cannot read (" + reason(e) + "); " + rest;
  }

  private static String reason(IOException e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** The state of reading one input: its name, the bytes consumed, the gzip layers peeled. */
  private static final class Reading {
    final String name;
    final CountingInputStream counted;
    int gzipLayers;

    Reading(String name, CountingInputStream counted) {
      this.name = name;
      this.counted = counted;
    }
  }

  /** Counts the compressed bytes consumed, for "truncated gzip after 1,234 bytes". */
  private static final class CountingInputStream extends FilterInputStream {
    long count;

    CountingInputStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) count++;
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) count += n;
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      count += skipped;
      return skipped;
    }
  }

  /** Passes everything on and counts it. Used by one thread, for one call. */
  private static final class Tally implements DocumentSink {
    private final DocumentSink sink;
    int files;
    int documents;
    int problems;

    Tally(DocumentSink sink) {
      this.sink = sink;
    }

    @Override
    public void accept(RawDocument document) {
      documents++;
      sink.accept(document);
    }

    @Override
    public void problem(InputProblem problem) {
      problems++;
      sink.problem(problem);
    }
  }
}
