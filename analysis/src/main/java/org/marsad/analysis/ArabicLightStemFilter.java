package org.marsad.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.marsad.text.LightStemmer;

/** Thin adapter: stems each term with {@link LightStemmer}, unless it is marked a keyword. */
public final class ArabicLightStemFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

  public ArabicLightStemFilter(TokenStream in) {
    super(in);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) return false;
    if (!keyword.isKeyword()) term.setLength(LightStemmer.stem(term.buffer(), term.length()));
    return true;
  }
}
