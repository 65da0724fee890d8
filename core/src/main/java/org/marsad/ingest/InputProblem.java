package org.marsad.ingest;

/** An input that could not be read: one line a user can act on ("x.gz: truncated gzip; skipped"). */
public record InputProblem(String origin, String message) {
  public String line() {
    return origin + ": " + message;
  }
}
