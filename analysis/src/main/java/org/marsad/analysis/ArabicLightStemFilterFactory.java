package org.marsad.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/** SPI name {@code marsadArabicLightStem}: {@link ArabicLightStemFilter} in custom analyzers. */
public class ArabicLightStemFilterFactory extends TokenFilterFactory {
  public static final String NAME = "marsadArabicLightStem";

  public ArabicLightStemFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) throw new IllegalArgumentException("Unknown parameters: " + args);
  }

  /** For SPI loading only. */
  public ArabicLightStemFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new ArabicLightStemFilter(input);
  }
}
