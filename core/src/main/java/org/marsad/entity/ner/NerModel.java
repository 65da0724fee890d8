package org.marsad.entity.ner;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained tagger: BIO tags, tag-transition weights, per-feature weights for each tag, the lexicon
 * (clusters and name lists) the features read, and the provenance of the training run (data
 * checksum, settings, date, cross-validated scores) as a JSON string. Immutable once loaded.
 *
 * <p>File format (gzip): magic "MNER", version, provenance (UTF), tags, transitions, lexicon,
 * feature hashes and their weights as half-precision floats.
 */
public final class NerModel {
  static final List<String> TAGS =
      List.of("O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC");
  private static final int MAGIC = 0x4D4E4552; // MNER
  private static final int VERSION = 1;

  final String[] tags;
  /** [prev * T + cur]; prev == T is the sentence start. */
  final float[] transitions;
  final LongIntMap features;
  /** [row * T + tag]. */
  final float[] weights;
  final NerLexicon lexicon;
  final String provenance;

  NerModel(
      String[] tags,
      float[] transitions,
      LongIntMap features,
      float[] weights,
      NerLexicon lexicon,
      String provenance) {
    this.tags = tags;
    this.transitions = transitions;
    this.features = features;
    this.weights = weights;
    this.lexicon = lexicon;
    this.provenance = provenance;
  }

  /** The training provenance, a JSON object. */
  public String provenance() {
    return provenance;
  }

  /** The clusters and name lists the features read (reused by cross-validation). */
  public NerLexicon lexicon() {
    return lexicon;
  }

  public int featureCount() {
    return features.size();
  }

  public void write(OutputStream target) throws IOException {
    try (DataOutputStream out =
        new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(target), 1 << 16))) {
      out.writeInt(MAGIC);
      out.writeInt(VERSION);
      out.writeUTF(provenance);
      out.writeInt(tags.length);
      for (String t : tags) out.writeUTF(t);
      for (float f : transitions) out.writeFloat(f);
      lexicon.write(out);
      int t = tags.length;
      long[] keys = features.keysByRow();
      out.writeInt(keys.length);
      for (int row = 0; row < keys.length; row++) {
        out.writeLong(keys[row]);
        for (int j = 0; j < t; j++) out.writeShort(Float.floatToFloat16(weights[row * t + j]));
      }
    }
  }

  public static NerModel read(InputStream source) throws IOException {
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(new GZIPInputStream(source), 1 << 16))) {
      if (in.readInt() != MAGIC) throw new IOException("not a Marsad NER model");
      int version = in.readInt();
      if (version != VERSION) throw new IOException("NER model version " + version + " unknown");
      String provenance = in.readUTF();
      int t = in.readInt();
      String[] tags = new String[t];
      for (int i = 0; i < t; i++) tags[i] = in.readUTF();
      float[] transitions = new float[(t + 1) * t];
      for (int i = 0; i < transitions.length; i++) transitions[i] = in.readFloat();
      NerLexicon lexicon = NerLexicon.read(in);
      int rows = in.readInt();
      LongIntMap features = new LongIntMap(rows);
      float[] weights = new float[rows * t];
      for (int row = 0; row < rows; row++) {
        features.put(in.readLong(), row);
        for (int j = 0; j < t; j++) weights[row * t + j] = Float.float16ToFloat(in.readShort());
      }
      return new NerModel(tags, transitions, features, weights, lexicon, provenance);
    }
  }
}
