package org.marsad.opensearch.plugin;

import org.marsad.analysis.MarsadAnalyzer;
import org.opensearch.common.settings.Settings;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractIndexAnalyzerProvider;

/** {@code marsad} and {@code marsad_exact}: one {@link MarsadAnalyzer} per index. */
final class MarsadAnalyzerProvider extends AbstractIndexAnalyzerProvider<MarsadAnalyzer> {
  private final MarsadAnalyzer analyzer;

  MarsadAnalyzerProvider(IndexSettings index, String name, Settings settings, boolean stem) {
    super(index, name, settings);
    this.analyzer = new MarsadAnalyzer(stem);
  }

  @Override
  public MarsadAnalyzer get() {
    return analyzer;
  }
}
