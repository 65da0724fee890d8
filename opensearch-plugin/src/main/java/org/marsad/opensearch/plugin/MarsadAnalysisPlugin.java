package org.marsad.opensearch.plugin;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.marsad.analysis.MarsadAnalyzer;
import org.opensearch.index.analysis.AnalyzerProvider;
import org.opensearch.index.analysis.TokenFilterFactory;
import org.opensearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.opensearch.plugins.AnalysisPlugin;
import org.opensearch.plugins.Plugin;

/**
 * Marsad's Arabic analysis inside OpenSearch: the very classes of the {@code analysis} module, so
 * that a cluster indexes and searches exactly as the embedded store does. The names are the
 * contract with the OpenSearch store backend and with users' mappings:
 *
 * <ul>
 *   <li>analyzers {@value #ANALYZER} ({@code new MarsadAnalyzer()}: words, lower case, matching key,
 *       light stem) and {@value #EXACT_ANALYZER} ({@code new MarsadAnalyzer(false)}: no stem);
 *   <li>token filters {@value #KEY_FILTER} (the matching key; usable in a custom normalizer) and
 *       {@value #STEM_FILTER} (the light stemmer; keeps keyword-marked terms).
 * </ul>
 *
 * OpenSearch lets a plugin add no ready-made normalizer, so a keyword field that should match as
 * the embedded store does declares {@code {"type": "custom", "filter": ["lowercase",
 * "marsad_key"]}} — the same chain as {@code MarsadAnalyzer.normalize}.
 */
public final class MarsadAnalysisPlugin extends Plugin implements AnalysisPlugin {
  public static final String ANALYZER = "marsad";
  public static final String EXACT_ANALYZER = "marsad_exact";
  public static final String KEY_FILTER = "marsad_key";
  public static final String STEM_FILTER = "marsad_stem";

  @Override
  public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
    return Map.of(
        KEY_FILTER, (index, env, name, settings) -> new KeyFilterFactory(index, name, settings),
        STEM_FILTER, (index, env, name, settings) -> new StemFilterFactory(index, name, settings));
  }

  @Override
  public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
    return Map.of(
        ANALYZER,
            (index, env, name, settings) ->
                new MarsadAnalyzerProvider(index, name, settings, true),
        EXACT_ANALYZER,
            (index, env, name, settings) ->
                new MarsadAnalyzerProvider(index, name, settings, false));
  }
}
