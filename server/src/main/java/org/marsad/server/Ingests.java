package org.marsad.server;

import java.util.List;
import org.marsad.pipeline.Pipeline;
import org.marsad.service.IngestService;
import org.marsad.store.ArticleStore;
import org.marsad.store.LuceneStore;

/** How the ingest endpoint writes: the CLI's {@link IngestService} and {@link Pipeline}. */
final class Ingests {
  private Ingests() {}

  /** Built on the first upload: the pipeline loads its models once. */
  private static final class Standard {
    static final Pipeline PIPELINE = Pipeline.standard();
  }

  /**
   * Ingests into the served store. A store served read-only (so that {@code marsad ingest} can
   * write while we serve) is opened for writing for the time of the upload; when another process
   * holds it, the upload is refused with that reason (409).
   */
  static MarsadServer.Ingest into(ArticleStore store) {
    return (file, listener) -> {
      IngestService service = new IngestService(Standard.PIPELINE);
      synchronized (Ingests.class) { // one upload at a time
        if (store instanceof LuceneStore lucene && !lucene.writable()) {
          IngestService.Summary s;
          try (LuceneStore writable = LuceneStore.open(lucene.location())) {
            s = service.ingest(List.of(file.toString()), writable, listener);
          }
          lucene.refresh();
          return s;
        }
        IngestService.Summary s = service.ingest(List.of(file.toString()), store, listener);
        if (store instanceof LuceneStore lucene) lucene.refresh();
        return s;
      }
    };
  }
}
