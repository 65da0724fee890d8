package org.marsad.spark;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.marsad.connect.Fingerprint;
import org.marsad.json.ArticleJson;
import org.marsad.model.Article;

/**
 * One analyzed article as the job carries it: the record as JSON (exactly what {@code marsad
 * analyze} prints), the columns the Parquet output gets, where it came from, and its connect
 * {@link Fingerprint} flattened to arrays. A serializable bean, not a record, for Spark.
 */
final class Analyzed implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The value of the date and source columns when the article has none. */
  static final String UNKNOWN = "unknown";

  /** Rank in publication order over the whole input, set once the job has sorted. */
  long seq = -1;

  String id, json, source, published, title, language, topic, contentHash;
  /** Set by the connect step. */
  String duplicateOf, story;
  /** Publication time in epoch milliseconds; {@link Long#MAX_VALUE} when undated (last). */
  long time;
  String path;
  long record;
  // the fingerprint
  long[] shingles;
  /** The shingles of the first words (the near-duplicate rule's lead). */
  long[] lead;
  String[] bandKeys;
  String[] terms;
  float[] weights;
  String[] actors;
  String[] closePairs;
  long day;

  static Analyzed of(Doc doc, Article a) {
    Analyzed x = new Analyzed();
    x.id = a.id();
    x.json = ArticleJson.write(a);
    x.source = a.source();
    x.published = a.published();
    x.title = a.title();
    x.language = a.language();
    x.topic = a.topics().isEmpty() ? null : a.topics().get(0).label();
    x.contentHash = a.contentHash();
    x.time = time(a.published());
    x.path = doc.path;
    x.record = doc.record;
    Fingerprint fp = Fingerprint.of(a);
    x.shingles = fp.shingles();
    x.lead = fp.lead();
    x.bandKeys = fp.bandKeys();
    x.terms = fp.vector().terms();
    x.weights = fp.vector().weights();
    x.actors = fp.actors().toArray(String[]::new);
    x.closePairs = fp.closePairs().toArray(String[]::new);
    x.day = fp.day();
    return x;
  }

  /** The date partition: the publication day as written ({@code 2018-02-18}), else unknown. */
  String date() {
    return day == Long.MIN_VALUE ? UNKNOWN : LocalDate.ofEpochDay(day).toString();
  }

  OrderKey orderKey() {
    return new OrderKey(time, path, record);
  }

  /** Publication order: by time, undated last, then by input path and position in the file. */
  record OrderKey(long time, String path, long record) implements Comparable<OrderKey>, Serializable {
    @Override
    public int compareTo(OrderKey o) {
      int c = Long.compare(time, o.time);
      if (c != 0) return c;
      c = path.compareTo(o.path);
      return c != 0 ? c : Long.compare(record, o.record);
    }
  }

  /** Epoch milliseconds of an ISO 8601 publication time (as the extractors normalize it). */
  static long time(String published) {
    if (published == null || published.isBlank()) return Long.MAX_VALUE;
    String p = published.strip();
    try {
      return OffsetDateTime.parse(p).toInstant().toEpochMilli();
    } catch (DateTimeParseException e) {
      // not with an offset
    }
    try {
      return LocalDateTime.parse(p).toInstant(ZoneOffset.UTC).toEpochMilli();
    } catch (DateTimeParseException e) {
      // not a local date-time
    }
    try {
      return Instant.parse(p).toEpochMilli();
    } catch (DateTimeParseException e) {
      // not an instant
    }
    if (p.length() >= 10) {
      try {
        return LocalDate.parse(p.substring(0, 10)).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
      } catch (DateTimeParseException e) {
        // undated
      }
    }
    return Long.MAX_VALUE;
  }
}
