package org.marsad.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.marsad.extract.Extraction;
import org.marsad.extract.Extractor;
import org.marsad.ingest.RawDocument;

/**
 * For structured records (JSONL, TREC) whose text is already the article: keeps every paragraph,
 * joins them with a blank line, and takes title and date from the record.
 */
final class CleanTextExtractor implements Extractor {
  @Override
  public Extraction extract(RawDocument document) {
    List<String> paragraphs = new ArrayList<>();
    for (String line : document.content().split("\\R")) {
      String p = line.strip();
      if (!p.isEmpty()) paragraphs.add(p);
    }
    return new Extraction(
        blankToNull(document.title()), String.join("\n\n", paragraphs), null, null, null, null,
        null, List.of());
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
