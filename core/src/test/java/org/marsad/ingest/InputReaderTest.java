package org.marsad.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.marsad.ingest.RawDocument.Kind;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class InputReaderTest {

  private static final String TITLE = "العثماني: الظرفية تستوجب تطويرا أكبر لتكنولوجيا المعلومات";
  private static final String BODY =
      "أكد الأمين العام للوزارة أن الحكومة خصصت 30 مليون دولار أمريكي لتطوير البنية التحتية"
          + " الرقمية، على أن يدخل البرنامج حيز التنفيذ في فاتح يناير 2021.";

  private static final String TEXT_PAGE =
      "عاجل\nالإثنين 22 فبراير 2021 على الساعة 16:18\n\n"
          + TITLE
          + "\n\n"
          + TITLE
          + "\n\n"
          + BODY
          + "\n\nهل ترغب بالتعليق على الموضوع؟\n";

  private static final String HTML =
      "<!DOCTYPE html><html lang=\"ar\"><head><meta charset=\"utf-8\"><title>"
          + TITLE
          + "</title></head><body><article><p>"
          + BODY
          + "</p></article></body></html>";

  /** Unclosed tags and a stray end tag: real pages look like this and must still be read. */
  private static final String BROKEN_HTML =
      "<html><body><div class=\"article\"><p>" + BODY + "<b>يليان ماسالا</div></span>";

  private static final String JSONL =
      """
      {"id": "AL-tech-1-20180218", "source": "alarabia", "url": "https://example.org/1", \
      "title": "%s", "time": "Sun, 18 Feb 2018 21:35:43 +0400", "text": "%s"}
      {"id": "JA-tech-2-20170120", "source": "Jawhara FM", "title": "يليان ماسالا", \
      "published": "2017-01-20T21:43:00+01:00", "html": "<p>%s</p>"}
      """
          .formatted(TITLE, BODY, BODY);

  private static final String RSS =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
      <channel><title>مرصد الاقتصاد الرقمي</title><link>https://example.org/</link>
      <description>أخبار</description>
      <item><title>%s</title><link>https://example.org/a</link><guid>a-1</guid>
      <pubDate>Mon, 22 Feb 2021 16:18:00 +0100</pubDate>
      <content:encoded><![CDATA[<p>%s</p>]]></content:encoded></item>
      <item><title>يليان ماسالا</title><link>https://example.org/b</link>
      <description>%s</description></item>
      </channel></rss>
      """
          .formatted(TITLE, BODY, BODY);

  private static final String ATOM =
      """
      <?xml version="1.0" encoding="utf-8"?>
      <feed xmlns="http://www.w3.org/2005/Atom"><title>مرصد الاقتصاد الرقمي</title>
      <id>urn:marsad:feed</id><updated>2021-02-22T16:18:00Z</updated>
      <entry><title>%s</title><id>urn:marsad:1</id><link href="https://example.org/a"/>
      <updated>2021-02-22T16:18:00Z</updated>
      <content type="html">&lt;p&gt;%s&lt;/p&gt;</content></entry>
      </feed>
      """
          .formatted(TITLE, BODY);

  private static final String TREC =
      """
      <DOC>
      <DOCNO>AFA20210222.0001</DOCNO>
      <DATE>2021-02-22</DATE>
      <HEADLINE>%s</HEADLINE>
      <TEXT>
      <P>%s</P>
      <P>وقال يليان ماسالا إن الغابون محتاج إلى شريك مؤهل.</P>
      </TEXT>
      </DOC>
      <DOC><DOCNO>AFA20210222.0002</DOCNO><TITLE>يليان ماسالا</TITLE><TEXT>%s</TEXT></DOC>
      """
          .formatted(TITLE, BODY, BODY);

  static Stream<Arguments> formats() {
    return Stream.of(
        Arguments.of("page.txt", TEXT_PAGE, "text", Kind.TEXT_PAGE, 1, null, null),
        Arguments.of("page.html", HTML, "html", Kind.HTML, 1, null, null),
        Arguments.of("broken.html", BROKEN_HTML, "html", Kind.HTML, 1, null, null),
        Arguments.of("page.htm.txt", HTML, "html", Kind.HTML, 1, null, null),
        Arguments.of(
            "ant.jsonl",
            JSONL,
            "jsonl",
            Kind.CLEAN_TEXT,
            2,
            TITLE,
            "Sun, 18 Feb 2018 21:35:43 +0400"),
        Arguments.of("feed.xml", RSS, "rss", Kind.HTML, 2, TITLE, "2021-02-22T15:18:00Z"),
        Arguments.of("feed.atom", ATOM, "atom", Kind.HTML, 1, TITLE, "2021-02-22T16:18:00Z"),
        Arguments.of("afa.sgml", TREC, "trec", Kind.CLEAN_TEXT, 2, TITLE, "2021-02-22"));
  }

  @ParameterizedTest(name = "{0} is {2}")
  @MethodSource("formats")
  void readsEachFormat(
      String name,
      String content,
      String container,
      Kind kind,
      int documents,
      String title,
      String published) {
    CollectingSink sink = read(name, content.getBytes(UTF_8));

    assertThat(sink.problemLines()).isEmpty();
    assertThat(sink.documents).hasSize(documents);
    RawDocument first = sink.documents.getFirst();
    assertThat(first.container()).isEqualTo(container);
    assertThat(first.kind()).isEqualTo(kind);
    assertThat(first.content()).contains("30 مليون دولار أمريكي");
    assertThat(first.title()).isEqualTo(title);
    assertThat(first.published()).isEqualTo(published);
  }

  @ParameterizedTest(name = "{0}.gz is {2}")
  @MethodSource("formats")
  void readsEachFormatGzipped(
      String name, String content, String container, Kind kind, int documents) {
    CollectingSink sink = read(name + ".gz", gzip(content.getBytes(UTF_8)));

    assertThat(sink.problemLines()).isEmpty();
    assertThat(sink.documents).hasSize(documents);
    assertThat(sink.documents.getFirst().container()).isEqualTo(container);
    assertThat(sink.documents.getFirst().kind()).isEqualTo(kind);
  }

  @Test
  void originsNameTheRecordInsideTheFile() {
    assertThat(read("ant.jsonl", JSONL.getBytes(UTF_8)).documents)
        .extracting(RawDocument::origin)
        .containsExactly("ant.jsonl#line 1", "ant.jsonl#line 2");
    assertThat(read("feed.xml", RSS.getBytes(UTF_8)).documents)
        .extracting(RawDocument::origin)
        .containsExactly("feed.xml#item 1", "feed.xml#item 2");
    assertThat(read("afa.sgml", TREC.getBytes(UTF_8)).documents)
        .extracting(RawDocument::origin, RawDocument::id)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("afa.sgml#doc 1", "AFA20210222.0001"),
            org.assertj.core.groups.Tuple.tuple("afa.sgml#doc 2", "AFA20210222.0002"));
  }

  @Test
  void feedItemsCarryLinkGuidAndFeedTitle() {
    List<RawDocument> items = read("feed.xml", RSS.getBytes(UTF_8)).documents;

    assertThat(items.get(0).url()).isEqualTo("https://example.org/a");
    assertThat(items.get(0).id()).isEqualTo("a-1");
    assertThat(items.get(0).source()).isEqualTo("مرصد الاقتصاد الرقمي");
    assertThat(items.get(1).kind()).isEqualTo(Kind.CLEAN_TEXT); // a description without markup
    assertThat(items.get(1).content()).isEqualTo(BODY);
  }

  @Test
  void jsonRecordWithHtmlIsHtml() {
    RawDocument second = read("ant.jsonl", JSONL.getBytes(UTF_8)).documents.get(1);

    assertThat(second.kind()).isEqualTo(Kind.HTML);
    assertThat(second.content()).isEqualTo("<p>" + BODY + "</p>");
    assertThat(second.published()).isEqualTo("2017-01-20T21:43:00+01:00");
    assertThat(second.url()).isNull();
  }

  static Stream<Arguments> encodings() {
    return Stream.of(
        Arguments.of("page.txt", TEXT_PAGE, "windows-1256"),
        Arguments.of("page.txt", TEXT_PAGE, "ISO-8859-6"),
        Arguments.of("ant.jsonl", JSONL, "windows-1256"),
        Arguments.of("afa.sgml", TREC, "ISO-8859-6"),
        Arguments.of("page.html", HTML.replace("utf-8", "windows-1256"), "windows-1256"),
        Arguments.of("page.html", HTML.replace("utf-8", "iso-8859-6"), "ISO-8859-6"),
        // declared UTF-8, served as Windows-1256: strict UTF-8 fails, the detector decides
        Arguments.of("feed.xml", RSS, "windows-1256"),
        Arguments.of("page.html", HTML, "windows-1256"),
        Arguments.of("feed.xml", RSS.replace("UTF-8", "UTF-16"), "UTF-16"));
  }

  @ParameterizedTest(name = "{0} in {2}")
  @MethodSource("encodings")
  void decodesArabicCharsets(String name, String content, String charset) {
    CollectingSink sink = read(name, content.getBytes(Charset.forName(charset)));

    assertThat(sink.problemLines()).isEmpty();
    assertThat(sink.documents).isNotEmpty();
    assertThat(sink.documents.getFirst().content()).contains(BODY);
  }

  static Stream<Arguments> badInputs() {
    byte[] binary = new byte[512];
    for (int i = 0; i < binary.length; i++) binary[i] = (byte) (i * 31);
    byte[] png = Arrays.copyOf(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}, 64);
    return Stream.of(
        Arguments.of("scan.txt", binary, 0, "scan.txt: not a text file (binary data); skipped"),
        Arguments.of("logo.html", png, 0, "logo.html: not a text file (PNG image); skipped"),
        Arguments.of("empty.txt", new byte[0], 0, "empty.txt: empty file; skipped"),
        Arguments.of("blank.txt", " \n\n\t\n".getBytes(UTF_8), 0, "blank.txt: empty file; skipped"),
        Arguments.of(
            "empty.jsonl.gz", gzip(new byte[0]), 0, "empty.jsonl.gz: empty after gunzip; skipped"),
        Arguments.of(
            "half.gz",
            new byte[] {0x1F, (byte) 0x8B},
            0,
            "half.gz: truncated gzip after 2 bytes; skipped"),
        Arguments.of(
            "array.json",
            "[{\"id\": \"1\", \"text\": \"عاجل\"}]".getBytes(UTF_8),
            0,
            "array.json: a JSON array; write one JSON object per line (JSONL); skipped"),
        Arguments.of(
            "ant.jsonl",
            (JSONL.lines().findFirst().orElseThrow()
                    + "\n{\"id\": \"x\", \"text\": \"عاجل\n"
                    + JSONL)
                .getBytes(UTF_8),
            3,
            "ant.jsonl#line 2: malformed JSON (Unexpected end-of-input: was expecting closing quote"
                + " for a string value); skipped"),
        Arguments.of(
            "ant.jsonl",
            (JSONL + "{\"id\": \"x\", \"title\": \"يليان ماسالا\"}\n").getBytes(UTF_8),
            2,
            "ant.jsonl#line 3: no text, html or content field; skipped"),
        Arguments.of(
            "ant.jsonl",
            (JSONL + "[\"عاجل\"]\n").getBytes(UTF_8),
            2,
            "ant.jsonl#line 3: not a JSON object; skipped"),
        Arguments.of(
            "feed.xml",
            "<rss version=\"2.0\"><channel><title>مرصد</title><item><title>عاجل</item></channel></rss>"
                .getBytes(UTF_8),
            0,
            "feed.xml: malformed feed XML at line 1 (The element type \"title\" must be terminated"
                + " by the matching end-tag \"</title>\".); skipped"),
        Arguments.of(
            "afa.sgml",
            (TREC + "<DOC><DOCNO>AFA20210222.0003</DOCNO><TEXT>" + BODY).getBytes(UTF_8),
            2,
            "afa.sgml#doc 3: no </DOC> before the end of the file; skipped"),
        Arguments.of(
            "bad.warc",
            "WARC/1.1\r\nWARC-Type response\r\n\r\n".getBytes(UTF_8),
            0,
            "bad.warc#record 1: malformed WARC record (invalid WARC record at position 19:"
                + " WARC/1.1\\r"
                + "\\n"
                + "WARC-Type<-- HERE --> response\\r"
                + "\\n"
                + "\\r"
                + "\\n"
                + "); rest of file skipped"),
        Arguments.of(
            "short.warc",
            ("WARC/1.1\r\n"
                 + "WARC-Type: resource\r\n"
                 + "WARC-Target-URI: https://example.org/\r\n"
                 + "WARC-Date: 2021-02-22T16:18:00Z\r\n"
                 + "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
                 + "Content-Type: text/html\r\n"
                 + "Content-Length: 5000\r\n\r\n"
                 + "<html><body>"
                    + BODY)
                .getBytes(UTF_8),
            0,
            "short.warc: ends in the middle of a record after 490 bytes; skipped"));
  }

  @ParameterizedTest(name = "{0}: {3}")
  @MethodSource("badInputs")
  void reportsBadInputInOneLineAndGoesOn(
      String name, byte[] content, int documents, String problem) {
    CollectingSink sink = read(name, content);

    assertThat(sink.problemLines()).hasSize(1);
    assertThat(sink.problemLines().getFirst()).startsWith(problem);
    assertThat(sink.documents).hasSize(documents);
  }

  @Test
  void truncatedGzipKeepsWhatWasReadAndSaysWhere() {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 2000; i++)
      lines.append(JSONL.lines().findFirst().orElseThrow()).append('\n');
    byte[] whole = gzip(lines.toString().getBytes(UTF_8));
    byte[] cut = Arrays.copyOf(whole, whole.length / 2);

    CollectingSink sink = read("ant.jsonl.gz", cut);

    assertThat(sink.documents).isNotEmpty().hasSizeLessThan(2000);
    assertThat(sink.problemLines())
        .containsExactly(
            String.format(
                java.util.Locale.ROOT,
                "ant.jsonl.gz: truncated gzip after %,d bytes; read %,d documents, skipped the"
                    + " rest",
                cut.length,
                sink.documents.size()));
  }

  @Test
  void readsHtmlResponsesFromAWarc(@TempDir Path dir) throws IOException {
    Path html = dir.resolve("page.html");
    Files.writeString(html, HTML);
    Path warc = dir.resolve("page.warc.gz");
    SampleWarc.write(html, "https://example.org/tech/1", warc);

    CollectingSink sink = new CollectingSink();
    new InputReader().read(List.of(warc.toString()), sink);

    assertThat(sink.problemLines()).isEmpty();
    assertThat(sink.documents).hasSize(1);
    RawDocument page = sink.documents.getFirst();
    assertThat(page.origin()).isEqualTo(warc + "#record 1");
    assertThat(page.container()).isEqualTo("warc");
    assertThat(page.kind()).isEqualTo(Kind.HTML);
    assertThat(page.url()).isEqualTo("https://example.org/tech/1");
    assertThat(page.published()).as("WARC-Date is the fetch time").isNull();
    assertThat(page.content()).isEqualTo(HTML);
  }

  @Test
  void passesOverWarcRecordsThatAreNotPages(@TempDir Path dir) throws IOException {
    Path warc = dir.resolve("crawl.warc");
    URI page = URI.create("https://example.org/tech/1");
    try (WarcWriter writer = new WarcWriter(Files.newOutputStream(warc))) {
      writer.write(
          new WarcRequest.Builder(page).body(new HttpRequest.Builder("GET", page).build()).build());
      writer.write(
          response(
              "https://example.org/logo.png",
              MediaType.parse("image/png"),
              new byte[] {1, 2, 3},
              200));
      writer.write(
          response("https://example.org/old", MediaType.HTML_UTF8, HTML.getBytes(UTF_8), 404));
      byte[] windows1256 =
          HTML.replace("utf-8", "windows-1256").getBytes(Charset.forName("windows-1256"));
      writer.write(
          response(
              page.toString(),
              MediaType.parse("text/html; charset=windows-1256"),
              windows1256,
              200));
    }

    CollectingSink sink = read("crawl.warc", Files.readAllBytes(warc));

    assertThat(sink.problemLines()).isEmpty();
    assertThat(sink.documents)
        .extracting(RawDocument::origin)
        .containsExactly("crawl.warc#record 4");
    assertThat(sink.documents.getFirst().content()).contains(BODY);
  }

  @Test
  void readsFoldersInSortedOrderSkippingHiddenFiles(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("b.txt"), TEXT_PAGE);
    Files.createDirectories(dir.resolve("a"));
    Files.writeString(dir.resolve("a/c.jsonl"), JSONL);
    Files.writeString(dir.resolve(".draft.txt"), TEXT_PAGE);
    Files.createDirectories(dir.resolve(".git"));
    Files.writeString(dir.resolve(".git/HEAD"), "ref: refs/heads/main");
    Files.write(dir.resolve("c.txt"), new byte[0]);
    String missing = dir.resolve("missing.txt").toString();

    CollectingSink sink = new CollectingSink();
    InputReader.Summary summary = new InputReader().read(List.of(dir.toString(), missing), sink);

    assertThat(sink.documents)
        .extracting(RawDocument::origin)
        .containsExactly(
            dir.resolve("a/c.jsonl") + "#line 1",
            dir.resolve("a/c.jsonl") + "#line 2",
            dir.resolve("b.txt").toString());
    assertThat(sink.problemLines())
        .containsExactly(
            dir.resolve("c.txt") + ": empty file; skipped",
            missing + ": no such file or folder; skipped");
    assertThat(summary).isEqualTo(new InputReader.Summary(3, 3, 2));
  }

  @Test
  void readsStandardInputForADash() {
    InputStream stdin = System.in;
    try {
      System.setIn(new ByteArrayInputStream(gzip(JSONL.getBytes(UTF_8))));
      CollectingSink sink = new CollectingSink();

      InputReader.Summary summary = new InputReader().read(List.of("-"), sink);

      assertThat(summary).isEqualTo(new InputReader.Summary(1, 2, 0));
      assertThat(sink.documents.getFirst().origin()).isEqualTo("stdin#line 1");
    } finally {
      System.setIn(stdin);
    }
  }

  @Test
  void sinkFailuresAreNotTakenForBadInput() {
    DocumentSink failing =
        new DocumentSink() {
          @Override
          public void accept(RawDocument document) {
            throw new UncheckedIOException(new IOException("store is full"));
          }

          @Override
          public void problem(InputProblem problem) {}
        };

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                new InputReader()
                    .read("feed.xml", new ByteArrayInputStream(RSS.getBytes(UTF_8)), failing))
        .hasMessageContaining("store is full");
  }

  private static WarcResponse response(String url, MediaType type, byte[] body, int status)
      throws IOException {
    HttpResponse http =
        new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
            .body(type, body)
            .build();
    return new WarcResponse.Builder(url).body(http).build();
  }

  static CollectingSink read(String name, byte[] content) {
    CollectingSink sink = new CollectingSink();
    new InputReader().read(name, new ByteArrayInputStream(content), sink);
    return sink;
  }

  static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
