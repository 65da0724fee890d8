package org.marsad.ingest;

/** Receives documents as they are read, streaming: readers never hold a whole corpus. */
public interface DocumentSink {
  void accept(RawDocument document);

  /** An input, or a record inside one, was skipped. Reading goes on. */
  void problem(InputProblem problem);
}
