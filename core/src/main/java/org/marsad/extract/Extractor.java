package org.marsad.extract;

import org.marsad.ingest.RawDocument;

/** Reads the main text and metadata of one page. Implementations are thread-safe. */
public interface Extractor {
  Extraction extract(RawDocument document);
}
