package org.marsad.opensearch.plugin;

import org.apache.lucene.analysis.TokenStream;
import org.marsad.analysis.ArabicLightStemFilter;
import org.opensearch.common.settings.Settings;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractTokenFilterFactory;

/** {@code marsad_stem}: {@link ArabicLightStemFilter} (terms marked as keywords stay whole). */
final class StemFilterFactory extends AbstractTokenFilterFactory {
  StemFilterFactory(IndexSettings index, String name, Settings settings) {
    super(index, name, settings);
  }

  @Override
  public TokenStream create(TokenStream in) {
    return new ArabicLightStemFilter(in);
  }
}
