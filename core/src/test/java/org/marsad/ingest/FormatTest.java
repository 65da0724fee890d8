package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatTest {

  @ParameterizedTest(name = "{0} [{1}] is {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "WARC/1.1\\r\\nWARC-Type: warcinfo                               | a.warc     | WARC",
        "{\"id\": \"AL-1\", \"text\": \"أكد الأمين العام\"}                 | a.jsonl    | JSONL",
        "<?xml version=\"1.0\"?>\\n<rss version=\"2.0\"><channel>         | a.xml      | RSS",
        "<?xml version=\"1.0\"?><!-- feed --><feed xmlns=\"http://www.w3.org/2005/Atom\"> | a.xml |"
            + " ATOM",
        "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"> | a.rdf  | RSS",
        "<DOC>\\n<DOCNO>AFA20000101.0001</DOCNO>                          | a.sgml     | TREC",
        "<!DOCTYPE html><html lang=\"ar\">                                 | a.txt      | HTML",
        "<div class=\"article\"><p>أكد الأمين العام</p></div>             | page       | HTML",
        "<p>أكد الأمين العام</p>                                          | page.txt   | HTML",
        "<<< عاجل >>> المغرب والغابون                                     | page.txt   | TEXT",
        "عاجل\\nالإثنين 22 فبراير 2021 على الساعة 16:18                   | page.txt   | TEXT",
        "أكد الأمين العام للوزارة                                         | page.html  | HTML",
        "[{\"id\": 1}]                                                    | a.json     |"
            + " UNSUPPORTED",
        "   \\n\\t                                                        | blank.txt  | EMPTY",
      })
  void tellsTheFormatFromTheContent(String head, String name, Format expected) {
    byte[] bytes =
        head.replace("\\r", "\r")
            .replace("\\n", "\n")
            .replace("\\t", "\t")
            .getBytes(StandardCharsets.UTF_8);

    assertThat(Format.sniff(bytes, name).format()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource({
    "1F 8B 08 00,         gzip,          GZIP",
    "50 4B 03 04 14 00,   zip archive,   BINARY",
    "25 50 44 46 2D 31,   PDF document,  BINARY",
    "89 50 4E 47 0D 0A,   PNG image,     BINARY",
    "41 42 00 43 44 45,   binary data,   BINARY",
  })
  void recognizesBinaryFiles(String hex, String detail, Format expected) {
    String[] parts = hex.split(" ");
    byte[] bytes = new byte[parts.length];
    for (int i = 0; i < parts.length; i++) bytes[i] = (byte) Integer.parseInt(parts[i], 16);

    Format.Sniffed sniffed = Format.sniff(bytes, "x.txt");

    assertThat(sniffed.format()).isEqualTo(expected);
    assertThat(sniffed.detail()).isEqualTo(detail);
  }
}
