package org.marsad.ingest;

/**
 * An input that could not be read: one line a user can act on ("x.gz: truncated gzip; skipped").
 */
public record InputProblem(String origin, String message) {

  /** Parser messages can quote the input; past this they stop helping. */
  private static final int MAX_MESSAGE_CHARS = 400;

  /** Keeps the message on one line: parsers quote raw input, line breaks included. */
  public InputProblem {
    if (origin == null) throw new IllegalArgumentException("origin is required");
    message = message == null ? "" : message.replace("\r", "\\r").replace("\n", "\\n");
    if (message.length() > MAX_MESSAGE_CHARS) {
      message = message.substring(0, MAX_MESSAGE_CHARS) + "…";
    }
  }

  public String line() {
    return origin + ": " + message;
  }
}
