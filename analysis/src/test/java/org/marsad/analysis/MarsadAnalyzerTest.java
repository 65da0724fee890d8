package org.marsad.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarsadAnalyzerTest {
  private final Analyzer analyzer = new MarsadAnalyzer();

  static List<String> terms(Analyzer analyzer, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) out.add(term.toString());
      ts.end();
    }
    return out;
  }

  @ParameterizedTest(name = "{0} and {1} meet")
  @CsvSource({
    "الحكومات, الحكومة", // the governments / the government
    "والحكومة, حكومة", // and the government / government
    "الأنظمةً, الانظمة", // tanween and hamza on alef
    "٢٠٢١, 2021", // Arabic-Indic digits
  })
  void inflectedFormsMeet(String a, String b) throws IOException {
    assertThat(terms(analyzer, a)).isEqualTo(terms(analyzer, b)).isNotEmpty();
  }

  @Test
  void differentWordsStayApart() throws IOException {
    assertThat(terms(analyzer, "الاتصالات")).isNotEqualTo(terms(analyzer, "الحكومة"));
  }

  @Test
  void factoriesAreFoundBySpiName() throws IOException {
    Analyzer custom =
        CustomAnalyzer.builder()
            .withTokenizer("standard")
            .addTokenFilter(ArabicKeyFilterFactory.NAME)
            .addTokenFilter(ArabicLightStemFilterFactory.NAME)
            .build();
    assertThat(terms(custom, "الحكومات")).isEqualTo(terms(analyzer, "الحكومة"));
  }
}
