package org.marsad.watch;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.Warcinfo;
import org.netpreserve.jwarc.WarcWriter;

/**
 * The raw-page archive: every article page fetched, kept as a WARC response record in {@code
 * DIR/warc/marsad-TIMESTAMP-N.warc.gz} (one gzip member per record, as crawlers write them), so
 * {@code marsad reanalyze} can rebuild every article with newer models, and other tools can read
 * the archive.
 *
 * <p>Each run starts a new file, and a file is closed past {@link #MAX_FILE_BYTES}. A record is
 * built in memory and written with one call, so a process killed mid-write leaves at most a torn
 * last record, which {@link #recover} cuts off. The body is kept as the server sent it (gzip
 * included); chunked transfer coding, already removed by the client, is dropped from the headers.
 */
public final class WarcArchive implements Closeable {
  static final long MAX_FILE_BYTES = 1L << 30;
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);

  /** A field of our own: the URL the feed linked to, when a redirect led elsewhere. */
  public static final String REQUESTED = "Marsad-Requested-URI";

  private final Path folder;
  private FileChannel channel;
  private Path file;
  private int records;
  private int serial;

  /** Where a record went: its file, by name, its byte range and its number (1-based). */
  public record Stored(String file, long offset, long end, int number, byte[] bytes) {}

  public WarcArchive(Path storeDir) {
    this.folder = storeDir.resolve("warc");
  }

  public Path folder() {
    return folder;
  }

  /** The archive's files, oldest first (the names sort by time). */
  public List<Path> files() throws IOException {
    if (!Files.isDirectory(folder)) return List.of();
    try (Stream<Path> list = Files.list(folder)) {
      return list.filter(p -> p.getFileName().toString().endsWith(".warc.gz")).sorted().toList();
    }
  }

  /** Appends one HTTP response as a WARC response record. */
  public synchronized Stored append(Fetcher.Response response) throws IOException {
    HttpResponse.Builder http = new HttpResponse.Builder(response.status(), reason(response.status()));
    for (Map.Entry<String, List<String>> header : response.headers().map().entrySet()) {
      String name = header.getKey();
      if (name.equalsIgnoreCase("Transfer-Encoding") || name.equalsIgnoreCase("Content-Length")
          || name.equalsIgnoreCase(":status")) {
        continue;
      }
      for (String value : header.getValue()) http.addHeader(name, value);
    }
    MediaType type = response.header("Content-Type").map(WarcArchive::mediaType)
        .orElse(MediaType.OCTET_STREAM);
    http.body(type, response.raw());
    WarcResponse.Builder builder = new WarcResponse.Builder(response.uri())
        .date(response.fetchedAt());
    if (!response.requested().equals(response.uri())) {
      builder.addHeader(REQUESTED, response.requested().toString()); // the link before redirects
    }
    WarcResponse record = builder
        .body(http.build())
        .build();
    return write(record);
  }

  private static MediaType mediaType(String value) {
    try {
      return MediaType.parse(value);
    } catch (IllegalArgumentException e) {
      return MediaType.OCTET_STREAM;
    }
  }

  private Stored write(WarcRecord record) throws IOException {
    if (channel == null || channel.size() > MAX_FILE_BYTES) startFile();
    byte[] bytes = serialize(record);
    long offset = channel.size();
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    while (buffer.hasRemaining()) channel.write(buffer);
    records++;
    return new Stored(file.getFileName().toString(), offset, offset + bytes.length, records, bytes);
  }

  static byte[] serialize(WarcRecord record) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (WarcWriter writer = new WarcWriter(Channels.newChannel(out), WarcCompression.GZIP)) {
      writer.write(record);
    }
    return out.toByteArray();
  }

  private void startFile() throws IOException {
    if (channel != null) channel.close();
    Files.createDirectories(folder);
    do {
      serial++;
      file = folder.resolve("marsad-" + STAMP.format(Instant.now()) + "-" + serial + ".warc.gz");
    } while (Files.exists(file));
    channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    records = 0;
    Warcinfo info = new Warcinfo.Builder()
        .date(Instant.now())
        .filename(file.getFileName().toString())
        .fields(Map.of("software", List.of("Marsad watch 0.1"),
            "format", List.of("WARC File Format 1.1")))
        .build();
    write(info);
  }

  /** Where the next record will go: the current file, its end, the next record's number. */
  public synchronized Position position() throws IOException {
    if (channel == null) return null;
    return new Position(file.getFileName().toString(), channel.size(), records + 1);
  }

  /** A place in the archive, ordered by file (names sort by time), then offset. */
  public record Position(String file, long offset, int number) implements Comparable<Position> {
    @Override
    public int compareTo(Position o) {
      int c = file.compareTo(o.file);
      return c != 0 ? c : Long.compare(offset, o.offset);
    }
  }

  /** The target URL and the requested one (before redirects) of a record's bytes, or null. */
  public static String[] targets(byte[] member) {
    try (org.netpreserve.jwarc.WarcReader reader =
        new org.netpreserve.jwarc.WarcReader(new java.io.ByteArrayInputStream(member))) {
      WarcRecord record = reader.next().orElse(null);
      if (!(record instanceof WarcResponse response)) return null;
      return new String[] {response.target(), record.headers().first(REQUESTED).orElse(null)};
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** A whole record read back from a file: its place and its bytes (one gzip member). */
  public record Member(long offset, long end, int number, byte[] bytes) {}

  /**
   * The records of {@code file} from byte {@code offset} on (a record boundary; {@code
   * firstNumber} is the number of the record there). A torn last record, left by a process killed
   * mid-write, is cut off the file. Each record is one gzip member, so the members are found by
   * inflating them, without trusting anything in the torn part.
   */
  public static List<Member> recover(Path file, long offset, int firstNumber) throws IOException {
    List<Member> out = new ArrayList<>();
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ,
        StandardOpenOption.WRITE)) {
      long size = ch.size();
      if (offset >= size) return out;
      ByteBuffer tail = ch.map(FileChannel.MapMode.READ_ONLY, offset, size - offset);
      int position = 0;
      int number = firstNumber;
      while (position < tail.limit()) {
        int end = memberEnd(tail, position);
        if (end < 0) break;
        byte[] bytes = new byte[end - position];
        tail.get(position, bytes);
        out.add(new Member(offset + position, offset + end, number++, bytes));
        position = end;
      }
      if (offset + position < size) ch.truncate(offset + position);
    }
    return out;
  }

  /** Where the gzip member at {@code start} ends, or -1 when it is torn or not gzip. */
  static int memberEnd(ByteBuffer data, int start) {
    int limit = data.limit();
    if (limit - start < 18) return -1;
    if ((data.get(start) & 0xFF) != 0x1F || (data.get(start + 1) & 0xFF) != 0x8B
        || data.get(start + 2) != 8) {
      return -1;
    }
    int flags = data.get(start + 3) & 0xFF;
    int p = start + 10;
    try {
      if ((flags & 4) != 0) p += 2 + ((data.get(p) & 0xFF) | (data.get(p + 1) & 0xFF) << 8);
      if ((flags & 8) != 0) while (data.get(p++) != 0) {}
      if ((flags & 16) != 0) while (data.get(p++) != 0) {}
      if ((flags & 2) != 0) p += 2;
    } catch (IndexOutOfBoundsException e) {
      return -1;
    }
    if (p >= limit) return -1;
    Inflater inflater = new Inflater(true);
    try {
      inflater.setInput(data.slice(p, limit - p));
      byte[] sink = new byte[64 * 1024];
      while (!inflater.finished()) {
        if (inflater.inflate(sink) == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          return -1;
        }
      }
      int end = limit - inflater.getRemaining() + 8; // CRC-32 and size follow the deflate data
      return end <= limit ? end : -1;
    } catch (DataFormatException e) {
      return -1;
    } finally {
      inflater.end();
    }
  }

  private static String reason(int status) {
    return switch (status) {
      case 200 -> "OK";
      case 203 -> "Non-Authoritative Information";
      default -> "";
    };
  }

  @Override
  public synchronized void close() throws IOException {
    if (channel != null) channel.close();
  }
}
