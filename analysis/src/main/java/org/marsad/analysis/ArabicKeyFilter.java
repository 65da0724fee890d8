package org.marsad.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.marsad.text.ArabicNormalizer;

/** Thin adapter: replaces each term by its Arabic matching key ({@link ArabicNormalizer#fold}). */
public final class ArabicKeyFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  public ArabicKeyFilter(TokenStream in) {
    super(in);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) return false;
    term.setLength(ArabicNormalizer.fold(term.buffer(), term.length()));
    return true;
  }
}
