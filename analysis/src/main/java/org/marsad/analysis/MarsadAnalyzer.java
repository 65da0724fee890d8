package org.marsad.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analyzer of Marsad's search fields, the same in the embedded store, the OpenSearch plugin
 * and saved-search matching: Unicode word tokens, lower case, the Arabic matching key, then the
 * light stemmer. الحكومات (the governments) and الحكومة (the government) meet on one term.
 */
public final class MarsadAnalyzer extends Analyzer {
  private final boolean stem;

  /** With stemming: for full-text fields. */
  public MarsadAnalyzer() {
    this(true);
  }

  /** @param stem false for exact-form fields (names, titles matched as written) */
  public MarsadAnalyzer(boolean stem) {
    this.stem = stem;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    TokenStream result = new LowerCaseFilter(source);
    result = new ArabicKeyFilter(result);
    if (stem) result = new ArabicLightStemFilter(result);
    return new TokenStreamComponents(source, result);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ArabicKeyFilter(new LowerCaseFilter(in));
  }
}
