package org.marsad.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.util.BytesRef;
import org.marsad.connect.Fingerprint;
import org.marsad.connect.StoryVector;
import org.marsad.model.Article;

/**
 * The fields that connect articles (issue "connect the news"), kept apart from the search fields:
 *
 * <ul>
 *   <li>{@value #BAND}: the LSH band keys of the text's MinHash signature (one term each), so the
 *       near-duplicate candidates of a new article are a few term lookups;
 *   <li>{@value #DUPLICATE_OF}: the original's id, for copies;
 *   <li>{@value #STORY}: the story id, indexed and as sorted doc values (grouping, counting);
 *   <li>{@value #STORY_TERM} and {@value #STORY_DATA}: the story vector's terms, each prefixed
 *       with the article's week ({@code Stories#bucketTerm}: to find earlier articles on the same
 *       event in a few short postings lists) and, as binary doc values, the vector, actors and day that
 *       score them; only on originals, since a copy follows its original's story;
 *   <li>{@value #ACTOR} and {@value #ACTOR_PAIR}: the article's actors (indexed and as sorted-set
 *       doc values) and the pairs seen in one sentence or one event, both ways ({@code x␟y␟k}),
 *       from which the actors' graph is counted at query time.
 * </ul>
 */
final class ConnectFields {
  private ConnectFields() {}

  static final String BAND = "dup_band", DUPLICATE_OF = "duplicate_of", STORY = "story",
      STORY_TERM = "story_key", STORY_DATA = "story_data", ACTOR = "actor",
      ACTOR_PAIR = "actor_pair";
  static final char SEP = '\u001f';

  /** Adds the connect fields; with no fingerprint, only those read from the record itself. */
  static void add(Document doc, Article a, Fingerprint fp) {
    if (a.duplicateOf() != null) doc.add(new StringField(DUPLICATE_OF, a.duplicateOf(), Field.Store.NO));
    if (a.story() != null) {
      doc.add(new StringField(STORY, a.story(), Field.Store.NO));
      doc.add(new SortedDocValuesField(STORY, new BytesRef(a.story())));
    }
    List<String> actors = fp != null ? fp.actors() : org.marsad.connect.Actors.of(a);
    for (String actor : actors) {
      doc.add(new StringField(ACTOR, actor, Field.Store.NO));
      doc.add(new SortedSetDocValuesField(ACTOR, new BytesRef(actor)));
    }
    if (fp == null) return;
    for (String key : fp.bandKeys()) doc.add(new StringField(BAND, key, Field.Store.NO));
    for (String pair : fp.closePairs()) {
      doc.add(new SortedSetDocValuesField(ACTOR_PAIR, new BytesRef(pair)));
      String[] p = pair.split(String.valueOf(SEP));
      doc.add(new SortedSetDocValuesField(ACTOR_PAIR, new BytesRef(p[1] + SEP + p[0] + SEP + p[2])));
    }
    if (a.duplicateOf() == null && a.story() != null) {
      long bucket = org.marsad.connect.Stories.bucket(fp.day());
      for (String t : fp.vector().terms()) {
        doc.add(new StringField(STORY_TERM, org.marsad.connect.Stories.bucketTerm(bucket, t), Field.Store.NO));
      }
      doc.add(new BinaryDocValuesField(STORY_DATA, new BytesRef(
          StoryData.encode(new StoryData(a.id(), a.story(), fp.day(), fp.vector(), actors)))));
    }
  }

  /** What scores an earlier article as a story candidate, read from its doc values. */
  record StoryData(String id, String story, long day, StoryVector vector, List<String> actors) {
    static String encode(StoryData d) {
      return d.id + SEP + d.story + SEP + d.day + SEP + d.vector.encode() + SEP
          + String.join("\u001e", d.actors);
    }

    static StoryData decode(String s) {
      String[] p = s.split(String.valueOf(SEP), -1);
      List<String> actors = p[4].isEmpty() ? List.of() : List.of(p[4].split("\u001e"));
      return new StoryData(p[0], p[1], Long.parseLong(p[2]), StoryVector.decode(p[3]), actors);
    }

    /** The story data of a document of {@code leaf}, or null. */
    static StoryData read(LeafReaderContext leaf, int doc) throws IOException {
      BinaryDocValues values = leaf.reader().getBinaryDocValues(STORY_DATA);
      if (values == null || !values.advanceExact(doc)) return null;
      return decode(values.binaryValue().utf8ToString());
    }
  }

  static List<String> split(String s) {
    return s.isEmpty() ? List.of() : new ArrayList<>(List.of(s.split(" ")));
  }
}
