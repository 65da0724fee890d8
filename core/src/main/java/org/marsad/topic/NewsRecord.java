package org.marsad.topic;

/**
 * One article of a labelled news corpus, with the fields of the ANT JSONL records ({@code id,
 * source, category, url, title, abstract, text, dup_of}); {@code category} is null when unlabelled.
 *
 * @param dupOf the id of an earlier record with exactly the same text (ANT's {@code dup_of}), or
 *     null
 * @param origin where the record was read ("ant.jsonl.gz#line 12"), for messages
 */
public record NewsRecord(
    String id,
    String source,
    String category,
    String url,
    String title,
    String abstractText,
    String text,
    String dupOf,
    String origin) {

  /**
   * The publication day written at the end of an ANT id ({@code AL-culture-1-20180218} gives
   * 20180218), or -1 when the id ends otherwise.
   */
  public int day() {
    int dash = id.lastIndexOf('-');
    String tail = id.substring(dash + 1);
    if (tail.length() != 8) return -1;
    int day = 0;
    for (int i = 0; i < 8; i++) {
      char c = tail.charAt(i);
      if (c < '0' || c > '9') return -1;
      day = day * 10 + (c - '0');
    }
    return day;
  }

  /** The body to classify: the text, else the abstract, else nothing. */
  public String body() {
    if (text != null && !text.isBlank()) return text;
    return abstractText == null ? "" : abstractText;
  }
}
