package org.marsad.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads web archives with jwarc: each HTML response (or resource) record becomes one HTML document
 * with its target URI. Requests, metadata, redirects and non-HTML payloads are not articles and are
 * passed over quietly. {@code WARC-Date} is when the page was fetched, not when it was published,
 * so it is left out.
 */
final class WarcInput {

  private WarcInput() {}

  /**
   * @param in the uncompressed archive: gzip is removed before the format is sniffed
   */
  static void read(String name, InputStream in, DocumentSink sink) throws IOException {
    WarcReader reader = new WarcReader(in); // not closed: the caller owns the stream
    int number = 0;
    while (true) {
      Optional<WarcRecord> next;
      try {
        next = reader.next();
      } catch (ParsingException e) {
        sink.problem(malformed(name, number + 1, e.getBaseMessage()));
        return;
      } catch (RuntimeException e) { // jwarc's parser, not the sink: bad data
        sink.problem(malformed(name, number + 1, e.getMessage()));
        return;
      }
      if (next.isEmpty()) return;
      number++;
      String origin = name + "#record " + number;
      RawDocument document;
      try {
        document = toDocument(origin, next.get());
      } catch (ParsingException e) {
        sink.problem(
            new InputProblem(
                origin, "malformed HTTP response (" + e.getBaseMessage() + "); skipped"));
        continue;
      } catch (RuntimeException e) { // jwarc's parser, not the sink: bad data
        sink.problem(
            new InputProblem(origin, "malformed record (" + e.getMessage() + "); skipped"));
        continue;
      }
      if (document != null) sink.accept(document);
    }
  }

  private static InputProblem malformed(String name, int number, String reason) {
    return new InputProblem(
        name + "#record " + number, "malformed WARC record (" + reason + "); rest of file skipped");
  }

  /** The record's HTML page, or null when the record holds none. */
  private static RawDocument toDocument(String origin, WarcRecord record) throws IOException {
    MediaType type;
    MessageBody body;
    String target;
    if (record instanceof WarcResponse response
        && response.contentType().base().equals(MediaType.HTTP_RESPONSE.base())) {
      HttpResponse http = response.http();
      if (http.status() < 200 || http.status() >= 300) return null;
      type = http.contentType();
      body = http.bodyDecoded();
      target = response.target();
    } else if (record instanceof WarcResource resource) {
      type = resource.contentType();
      body = resource.body();
      target = resource.target();
    } else {
      return null;
    }
    byte[] bytes = body.stream().readNBytes(InputReader.MAX_PAGE_BYTES);
    if (!isHtml(type, bytes)) return null;
    String charset = type.parameters().get("charset");
    if (charset == null) charset = TextDecoder.declaredCharset(bytes);
    String html = TextDecoder.decode(bytes, charset).text();
    return new RawDocument(
        origin, "warc", RawDocument.Kind.HTML, html, null, target, null, null, null);
  }

  /** Trusts an HTML content type; sniffs payloads served without a useful one. */
  private static boolean isHtml(MediaType type, byte[] bytes) {
    String base = type.base().toString().toLowerCase(Locale.ROOT);
    if (base.equals("text/html") || base.equals("application/xhtml+xml")) return true;
    boolean untyped =
        base.isEmpty() || base.equals("application/octet-stream") || base.equals("text/plain");
    byte[] head =
        bytes.length > Format.HEAD_BYTES ? Arrays.copyOf(bytes, Format.HEAD_BYTES) : bytes;
    return untyped && Format.sniff(head, "").format() == Format.HTML;
  }
}
