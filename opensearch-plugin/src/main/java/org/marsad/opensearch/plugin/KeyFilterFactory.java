package org.marsad.opensearch.plugin;

import org.apache.lucene.analysis.TokenStream;
import org.marsad.analysis.ArabicKeyFilter;
import org.opensearch.common.settings.Settings;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractTokenFilterFactory;
import org.opensearch.index.analysis.NormalizingTokenFilterFactory;

/**
 * {@code marsad_key}: {@link ArabicKeyFilter}. A normalizing filter (it works letter by letter), so
 * custom normalizers of keyword fields and multi-term queries may use it too.
 */
final class KeyFilterFactory extends AbstractTokenFilterFactory
    implements NormalizingTokenFilterFactory {
  KeyFilterFactory(IndexSettings index, String name, Settings settings) {
    super(index, name, settings);
  }

  @Override
  public TokenStream create(TokenStream in) {
    return new ArabicKeyFilter(in);
  }
}
