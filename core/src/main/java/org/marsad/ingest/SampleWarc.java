package org.marsad.ingest;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.UUID;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Writes a one-page web archive from an HTML file: how {@code samples/page.warc.gz} is made, and a
 * quick way to get a WARC for a test. The output is the same byte for byte on every run (fixed
 * fetch date, record id from the URL), so the committed sample can be checked by regenerating it.
 *
 * <pre>java -cp core/target/classes:... org.marsad.ingest.SampleWarc page.html URL page.warc.gz
 * </pre>
 */
public final class SampleWarc {

  /** The fetch time written into the sample; any fixed instant keeps the output reproducible. */
  static final Instant FETCHED = Instant.parse("2024-01-01T00:00:00Z");

  private SampleWarc() {}

  /** Writes {@code warcGz}: one gzipped WARC response record holding {@code html} as served. */
  public static void write(Path html, String url, Path warcGz) throws IOException {
    HttpResponse http =
        new HttpResponse.Builder(200, "OK")
            .body(MediaType.HTML_UTF8, Files.readAllBytes(html))
            .build();
    WarcResponse response =
        new WarcResponse.Builder(URI.create(url))
            .date(FETCHED)
            .recordId(UUID.nameUUIDFromBytes(url.getBytes(StandardCharsets.UTF_8)))
            .body(http)
            .build();
    try (FileChannel channel =
            FileChannel.open(
                warcGz,
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        WarcWriter writer = new WarcWriter(channel, WarcCompression.GZIP)) {
      writer.write(response);
    }
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: SampleWarc PAGE.html URL OUT.warc.gz");
      System.exit(2);
    }
    write(Path.of(args[0]), args[1], Path.of(args[2]));
  }
}
