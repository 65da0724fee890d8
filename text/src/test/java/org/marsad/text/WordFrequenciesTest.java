package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordFrequenciesTest {
  private final WordFrequencies news = WordFrequencies.news();

  @Test
  void knowsNewsWordsAndNotFragments() {
    assertThat(news.size()).isGreaterThan(100_000);
    assertThat(news.count("وزير")).isGreaterThan(1000);
    assertThat(news.count("زير")).isLessThan(50);
    assertThat(news.count("xyz")).isZero();
  }

  @Test
  void lookupIgnoresDiacriticsAndTatweel() {
    assertThat(news.count("الحُكُومَة")).isEqualTo(news.count("الحكومة")).isPositive();
    assertThat(news.count("الحكـومة")).isEqualTo(news.count("الحكومة"));
  }
}
