package org.marsad.model;

import java.util.List;

/** A theme of the ICT taxonomy found in the article, with the spans that show it. */
public record Theme(String id, String label, double score, List<Span> evidence) {
  public Theme {
    evidence = List.copyOf(evidence == null ? List.of() : evidence);
  }
}
