package org.marsad.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarcArchiveTest {
  @TempDir Path dir;

  static Fetcher.Response page(String url, String html) {
    byte[] body = html.getBytes(StandardCharsets.UTF_8);
    return new Fetcher.Response(URI.create(url), URI.create(url), 200,
        HttpHeaders.of(Map.of("Content-Type", List.of("text/html; charset=utf-8")), (a, b) -> true),
        body, body, List.of(), Instant.parse("2026-11-23T10:00:00Z"));
  }

  @Test
  void aTornLastRecordIsCutOffAndTheWholeOnesAreKept() throws Exception {
    WarcArchive.Stored second;
    Path file;
    try (WarcArchive archive = new WarcArchive(dir)) {
      archive.append(page("http://127.0.0.1/a", "<html><body><p>الأول</p></body></html>"));
      second = archive.append(page("http://127.0.0.1/b", "<html><body><p>الثاني</p></body></html>"));
      file = archive.files().get(0);
    }
    long whole = Files.size(file);
    // a process killed mid-write: half of a third record
    byte[] third = WarcArchive.serialize(new org.netpreserve.jwarc.WarcResource.Builder(
        URI.create("http://127.0.0.1/c")).body(org.netpreserve.jwarc.MediaType.HTML,
            new byte[5000]).build());
    Files.write(file, java.util.Arrays.copyOf(third, third.length / 2), StandardOpenOption.APPEND);

    List<WarcArchive.Member> members = WarcArchive.recover(file, 0, 1);
    assertThat(members).hasSize(3); // warcinfo, a, b
    assertThat(members.get(2).offset()).isEqualTo(second.offset());
    assertThat(members.get(2).number()).isEqualTo(3);
    assertThat(WarcArchive.targets(members.get(2).bytes())[0]).isEqualTo("http://127.0.0.1/b");
    assertThat(Files.size(file)).isEqualTo(whole);
    // from a mark in the middle, only what follows
    assertThat(WarcArchive.recover(file, second.offset(), 3)).hasSize(1);
  }
}
