package org.marsad.ingest;

import java.util.ArrayList;
import java.util.List;

/** Keeps what a reader hands over, for assertions. Thread-safe, so threads can share one. */
final class CollectingSink implements DocumentSink {
  final List<RawDocument> documents = new ArrayList<>();
  final List<InputProblem> problems = new ArrayList<>();

  @Override
  public synchronized void accept(RawDocument document) {
    documents.add(document);
  }

  @Override
  public synchronized void problem(InputProblem problem) {
    problems.add(problem);
  }

  List<String> problemLines() {
    return problems.stream().map(InputProblem::line).toList();
  }
}
