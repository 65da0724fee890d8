package org.marsad.store;

import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.PostingsFormat;
import org.apache.lucene.codecs.bloom.BloomFilterFactory;
import org.apache.lucene.codecs.bloom.BloomFilteringPostingsFormat;
import org.apache.lucene.codecs.bloom.FuzzySet;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.SegmentWriteState;
import org.marsad.connect.Dedup;

/**
 * The store's codec: Lucene's default, with Bloom-filtered postings for the fields the ingest
 * looks up once per article and per segment and that mostly miss: the LSH band keys ({@value
 * ConnectFields#BAND}, {@link Dedup#BANDS} new terms per article, nearly all unique) and the text
 * hashes ({@value LuceneStore#HASH}). A miss is then a few bit tests instead of loading and
 * decompressing a terms block.
 *
 * <p>The codec keeps the default's name, and the per-field format is recorded in each segment by
 * its SPI name ({@code BloomFilter}, in lucene-codecs), so any reader with lucene-codecs on its
 * class path opens the store. The filters are sized for a false-positive rate of about 1 % (about
 * 10 bits per term, held in the reader's heap: some 50 MB for a million articles' band keys).
 */
final class StoreCodec {
  private StoreCodec() {}

  static Codec create() {
    return new Bloomed();
  }

  private static final class Bloomed extends Lucene104Codec {
    private final PostingsFormat bands =
        new BloomFilteringPostingsFormat(super.getPostingsFormatForField(ConnectFields.BAND),
            new Sized(Dedup.BANDS));
    private final PostingsFormat hashes =
        new BloomFilteringPostingsFormat(super.getPostingsFormatForField(LuceneStore.HASH),
            new Sized(1));

    @Override
    public PostingsFormat getPostingsFormatForField(String field) {
      return switch (field) {
        case ConnectFields.BAND -> bands;
        case LuceneStore.HASH -> hashes;
        default -> super.getPostingsFormatForField(field);
      };
    }
  }

  /** A filter sized for {@code termsPerDoc} distinct terms per document at 1 % false positives. */
  private static final class Sized extends BloomFilterFactory {
    private final int termsPerDoc;

    Sized(int termsPerDoc) {
      this.termsPerDoc = termsPerDoc;
    }

    @Override
    public FuzzySet getSetForField(SegmentWriteState state, FieldInfo info) {
      long expected = Math.max(1L, (long) state.segmentInfo.maxDoc() * termsPerDoc);
      return FuzzySet.createOptimalSet((int) Math.min(Integer.MAX_VALUE / 16, expected), 0.01f);
    }

    @Override
    public boolean isSaturated(FuzzySet set, FieldInfo info) {
      return set.getSaturation() > 0.9f;
    }
  }
}
