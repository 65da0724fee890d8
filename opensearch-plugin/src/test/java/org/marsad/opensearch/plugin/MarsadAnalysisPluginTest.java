package org.marsad.opensearch.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.opensearch.plugin.AnalysisTexts.tokens;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.marsad.analysis.MarsadAnalyzer;
import org.opensearch.Version;
import org.opensearch.cluster.metadata.IndexMetadata;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AnalysisRegistry;
import org.opensearch.index.analysis.IndexAnalyzers;
import org.opensearch.indices.analysis.AnalysisModule;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin inside OpenSearch's own analysis registry (no cluster): the index's {@code marsad} and
 * {@code marsad_exact} analyzers, a custom chain of the two filters and a custom normalizer give
 * exactly what {@link MarsadAnalyzer} gives.
 */
class MarsadAnalysisPluginTest {
  @TempDir static Path home;
  static AnalysisRegistry registry;
  static IndexAnalyzers index;

  @BeforeAll
  static void registry() throws IOException {
    Environment env = new Environment(Settings.builder().put("path.home", home.toString()).build(), null);
    registry = new AnalysisModule(env, List.of(new MarsadAnalysisPlugin())).getAnalysisRegistry();
    Settings settings =
        Settings.builder()
            .put(IndexMetadata.SETTING_VERSION_CREATED, Version.CURRENT)
            .put(IndexMetadata.SETTING_NUMBER_OF_SHARDS, 1)
            .put(IndexMetadata.SETTING_NUMBER_OF_REPLICAS, 0)
            // what a user's mapping can build from the two filters
            .put("index.analysis.analyzer.chain.type", "custom")
            .put("index.analysis.analyzer.chain.tokenizer", "standard")
            .putList("index.analysis.analyzer.chain.filter", "lowercase", "marsad_key", "marsad_stem")
            .put("index.analysis.normalizer.key.type", "custom")
            .putList("index.analysis.normalizer.key.filter", "lowercase", "marsad_key")
            .build();
    IndexMetadata metadata = IndexMetadata.builder("articles").settings(settings).build();
    index = registry.build(new IndexSettings(metadata, Settings.EMPTY));
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
    registry.close();
  }

  static List<String> texts() {
    List<String> texts = new ArrayList<>(AnalysisTexts.HANDWRITTEN);
    texts.addAll(AnalysisTexts.seedSentences());
    return texts;
  }

  @Test
  void indexAnalyzersGiveMarsadAnalyzersTokens() throws IOException {
    assertSameTokens(index.get("marsad"), new MarsadAnalyzer());
    assertSameTokens(index.get("marsad_exact"), new MarsadAnalyzer(false));
    assertSameTokens(index.get("chain"), new MarsadAnalyzer());
  }

  @Test
  void nodeLevelAnalyzersGiveMarsadAnalyzersTokens() throws IOException {
    // what _analyze without an index uses
    assertSameTokens(registry.getAnalyzer("marsad"), new MarsadAnalyzer());
    assertSameTokens(registry.getAnalyzer("marsad_exact"), new MarsadAnalyzer(false));
  }

  @Test
  void stemmedAndExactDiffer() throws IOException {
    // الحكومات (the governments) meets الحكومة (the government) only when stemmed
    assertThat(terms(index.get("marsad"), "الحكومات")).isEqualTo(terms(index.get("marsad"), "الحكومة"));
    assertThat(terms(index.get("marsad_exact"), "الحكومات"))
        .isNotEqualTo(terms(index.get("marsad_exact"), "الحكومة"));
  }

  @Test
  void customNormalizerFoldsAsMarsadAnalyzerNormalize() {
    Analyzer normalizer = index.getNormalizer("key");
    MarsadAnalyzer marsad = new MarsadAnalyzer();
    for (String text : List.of("الأنظمةً", "اجتمــــــاع", "Orange المغرب", "إنّ")) {
      assertThat(normalizer.normalize("f", text)).as(text).isEqualTo(marsad.normalize("f", text));
    }
    assertThat(normalizer.normalize("f", "الأنظمةً").utf8ToString()).isEqualTo("الانظمه");
  }

  private static void assertSameTokens(Analyzer plugin, Analyzer expected) throws IOException {
    assertThat(plugin).isNotNull();
    int compared = 0;
    for (String text : texts()) {
      List<AnalysisTexts.Tok> tokens = tokens(plugin, text);
      assertThat(tokens).as(text).isEqualTo(tokens(expected, text));
      compared += tokens.size();
    }
    assertThat(compared).isGreaterThan(100);
  }

  private static List<String> terms(Analyzer analyzer, String text) throws IOException {
    return tokens(analyzer, text).stream().map(AnalysisTexts.Tok::term).toList();
  }
}
