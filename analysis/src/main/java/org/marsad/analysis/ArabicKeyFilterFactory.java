package org.marsad.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/** SPI name {@code marsadArabicKey}: {@link ArabicKeyFilter} in custom analyzers. */
public class ArabicKeyFilterFactory extends TokenFilterFactory {
  public static final String NAME = "marsadArabicKey";

  public ArabicKeyFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) throw new IllegalArgumentException("Unknown parameters: " + args);
  }

  /** For SPI loading only. */
  public ArabicKeyFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new ArabicKeyFilter(input);
  }

  @Override
  public TokenStream normalize(TokenStream input) {
    return new ArabicKeyFilter(input);
  }
}
