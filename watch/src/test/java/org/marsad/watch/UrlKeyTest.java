package org.marsad.watch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlKeyTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "https://www.Hespress.com/politique/123.html      | hespress.com/politique/123.html",
      "http://hespress.com/politique/123.html/#comments | hespress.com/politique/123.html",
      "https://x.ma/a?utm_source=rss&id=7&utm_medium=x  | x.ma/a?id=7",
      "https://x.ma/a?b=2&a=1                           | x.ma/a?a=1&b=2",
      "http://127.0.0.1:8080/feed/                      | 127.0.0.1:8080/feed",
      "https://x.ma:443/                                | x.ma",
  })
  void samePageSameKey(String url, String key) {
    assertThat(UrlKey.of(url)).isEqualTo(key);
  }
}
