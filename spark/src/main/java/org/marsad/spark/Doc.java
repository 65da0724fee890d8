package org.marsad.spark;

import java.io.Serializable;
import org.marsad.ingest.RawDocument;

/**
 * A {@link RawDocument} on its way from the reading stage to the analysis stage, with where it
 * came from: Spark moves it between executors, so it is a plain serializable bean (records do not
 * cross Spark's boundaries well).
 */
final class Doc implements Serializable {
  private static final long serialVersionUID = 1L;

  String path;
  long record;
  String origin, container, kind, content, id, url, source, title, published;

  static Doc of(String path, long record, RawDocument d) {
    Doc doc = new Doc();
    doc.path = path;
    doc.record = record;
    doc.origin = d.origin();
    doc.container = d.container();
    doc.kind = d.kind().name();
    doc.content = d.content();
    doc.id = d.id();
    doc.url = d.url();
    doc.source = d.source();
    doc.title = d.title();
    doc.published = d.published();
    return doc;
  }

  RawDocument raw() {
    return new RawDocument(origin, container, RawDocument.Kind.valueOf(kind), content, id, url, source,
        title, published);
  }
}
