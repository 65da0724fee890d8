package org.marsad.opensearch.plugin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.marsad.text.SentenceSplitter;

/** The texts both plugin tests analyze, and the tokens as one comparable record each. */
final class AnalysisTexts {
  private AnalysisTexts() {}

  /** One token as OpenSearch's {@code _analyze} reports it. */
  record Tok(String term, int start, int end, String type, int position) {}

  /** Hand-written news phrases with what the analysis must get right. */
  static final List<String> HANDWRITTEN =
      List.of(
          "والحكومات الجديدة وبالحكومة", // clitics: and the governments, and with the government
          "الأنظمةُ الإقليميّةً", // case endings, shadda, tanween
          "اجتمــــــاع الحكومـــة", // tatweel in meeting, government
          "أعلنت شركة Orange Maroc عن 5G في 2021", // Latin words, digits
          "٢٠٢١ و۲۰۲۲ و2023", // Arabic-Indic, Persian and Latin digits
          "إنّ الأمين العا،م للاتحاد الطيب البكوش قال: «سنعمل»", // a typo, quotes
          "فاتح يناير 2021: 30 مليون دولار أمريكي (USD) للمغرب.", // a date, an amount
          "ليليان ماسالا، الكاتبة العامة لوزارة البريد والمواصلات",
          "ئؤإآأ ى ة ه ي", // hamza seats, alef maqsura, teh marbuta
          "COVID-19 e-mail www.example.org user@example.com");

  /** The seeds' texts ({@code shared/seeds}), one sentence each; empty when absent. */
  static List<String> seedSentences() {
    Path seeds = shared().resolve("seeds");
    if (!Files.isDirectory(seeds)) return List.of();
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(seeds)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        out.addAll(sentences(Files.readString(file)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /**
   * Up to {@code limit} sentences from the titles and texts of the first ANT articles ({@code
   * shared/data/news/ant-v2.1-train.jsonl.gz}); empty when absent.
   */
  static List<String> antSentences(int limit) {
    Path ant = shared().resolve("data/news/ant-v2.1-train.jsonl.gz");
    if (!Files.isRegularFile(ant)) return List.of();
    ObjectMapper json = new ObjectMapper();
    List<String> out = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(ant)), StandardCharsets.UTF_8))) {
      String line;
      while (out.size() < limit && (line = in.readLine()) != null) {
        JsonNode article = json.readTree(line);
        out.add(article.path("title").asText());
        for (String s : sentences(article.path("text").asText())) {
          if (out.size() < limit) out.add(s);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(ant + ": " + e.getMessage(), e);
    }
    return out;
  }

  static Path shared() {
    return Path.of(System.getProperty("marsad.shared", "../shared"));
  }

  private static List<String> sentences(String text) {
    return SentenceSplitter.split(text).stream()
        .map(s -> s.text(text).strip())
        .filter(s -> !s.isEmpty())
        .toList();
  }

  /** The tokens {@code analyzer} gives, with offsets, types and positions as in {@code _analyze}. */
  static List<Tok> tokens(Analyzer analyzer, String text) throws IOException {
    List<Tok> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      TypeAttribute type = ts.addAttribute(TypeAttribute.class);
      PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      int position = -1;
      while (ts.incrementToken()) {
        position += increment.getPositionIncrement();
        out.add(
            new Tok(term.toString(), offset.startOffset(), offset.endOffset(), type.type(), position));
      }
      ts.end();
    }
    return out;
  }
}
