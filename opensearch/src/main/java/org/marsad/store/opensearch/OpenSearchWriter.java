package org.marsad.store.opensearch;

import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.marsad.model.Article;
import org.marsad.store.ArticleStore.PutOutcome;
import org.marsad.store.StoreException;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.core.BulkRequest;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;
import org.opensearch.client.opensearch.core.bulk.BulkResponseItem;

/**
 * Writes articles into an OpenSearch index in bulk: the writer under {@link OpenSearchStore}, and
 * on its own for a job that only writes (a Spark partition: {@code try (var w =
 * OpenSearchWriter.open("opensearch://h:9200/news")) { for (Article a : partition) w.write(a); }}).
 *
 * <ul>
 *   <li><b>Idempotent</b>: the article id is the document {@code _id}, so a re-run after a failure
 *       writes each article once.
 *   <li><b>Outcomes</b>: each article goes as an update with {@code doc_as_upsert} and {@code
 *       detect_noop}; the cluster answers {@code created} (stored), {@code updated} or {@code noop}
 *       (unchanged: the same record is already there), handed to the write's callback. With {@link
 *       Options#detectUnchanged} off, plain index operations (a little cheaper; never unchanged).
 *   <li><b>Back-pressure</b>: at most {@link Options#batchSize} articles (or {@link
 *       Options#batchBytes}) wait in the buffer and at most {@link Options#inFlight} bulk requests
 *       are on the wire; {@link #write} blocks while they are all busy.
 *   <li><b>Retries</b>: a request refused as a whole (429, 502, 503, 504, no node reachable) and
 *       each item refused on its own with 429 or 503 (a full queue, a shard being moved after a
 *       node left) are sent again after an exponential backoff with jitter; after {@link
 *       Options#maxRetries} the writer fails with one line that says why, and later writes throw it.
 * </ul>
 */
public final class OpenSearchWriter implements Closeable {

  /**
   * How the writer batches and retries.
   *
   * @param batchSize articles per bulk request
   * @param batchBytes approximate request size that sends a batch early
   * @param inFlight bulk requests on the wire at once
   * @param maxRetries tries again of one batch before giving up
   * @param firstBackoff the first wait before a retry; doubled each time, at most 10 s
   * @param detectUnchanged update with {@code detect_noop} (outcomes stored/updated/unchanged), else
   *     plain index operations (stored/updated)
   */
  public record Options(int batchSize, long batchBytes, int inFlight, int maxRetries,
      Duration firstBackoff, boolean detectUnchanged) {
    public Options {
      if (batchSize < 1 || inFlight < 1 || maxRetries < 0 || batchBytes < 1) {
        throw new IllegalArgumentException("batch size, bytes and in-flight must be >= 1, retries >= 0");
      }
    }

    public static Options defaults() {
      return new Options(500, 8L << 20, 2, 10, Duration.ofMillis(200), true);
    }

    public Options withDetectUnchanged(boolean on) {
      return new Options(batchSize, batchBytes, inFlight, maxRetries, firstBackoff, on);
    }

    public Options withBatch(int size, int requests) {
      return new Options(size, batchBytes, requests, maxRetries, firstBackoff, detectUnchanged);
    }

    public Options withRetries(int n, Duration first) {
      return new Options(batchSize, batchBytes, inFlight, n, first, detectUnchanged);
    }
  }

  /** What the writer did so far. */
  public record Counts(long stored, long updated, long unchanged, long retries) {
    public long written() {
      return stored + updated + unchanged;
    }
  }

  private record Pending(String id, Map<String, Object> doc, Consumer<PutOutcome> done) {}

  private final OpenSearchClient client;
  private final OpenSearchSpec spec;
  private final Options options;
  private final boolean ownsClient;
  private final Object lock = new Object();
  private List<Pending> buffer = new ArrayList<>();
  private long bufferBytes;
  private final Semaphore permits;
  private final ExecutorService senders;
  private final AtomicReference<StoreException> failure = new AtomicReference<>();
  private final AtomicLong stored = new AtomicLong(), updated = new AtomicLong(),
      unchanged = new AtomicLong(), retries = new AtomicLong();

  OpenSearchWriter(OpenSearchClient client, OpenSearchSpec spec, Options options, boolean ownsClient) {
    this.client = client;
    this.spec = spec;
    this.options = options;
    this.ownsClient = ownsClient;
    this.permits = new Semaphore(options.inFlight());
    this.senders = Executors.newFixedThreadPool(options.inFlight(),
        r -> Thread.ofPlatform().daemon().name("marsad-bulk").unstarted(r));
  }

  /**
   * A writer with its own client, for {@code opensearch://host:9200[,host2:9201]/index}; creates
   * the index (with the Marsad mapping) when it does not exist yet.
   */
  public static OpenSearchWriter open(String spec) throws IOException {
    return open(spec, Options.defaults());
  }

  public static OpenSearchWriter open(String spec, Options options) throws IOException {
    OpenSearchSpec s = OpenSearchSpec.parse(spec);
    OpenSearchClient client = Clients.open(s);
    try {
      Indexes.ensure(client, s);
    } catch (IOException | RuntimeException e) {
      closeQuietly(client);
      throw e;
    }
    return new OpenSearchWriter(client, s, options, true);
  }

  /** Queues an article; blocks while the buffer is full and every bulk request is busy. */
  public void write(Article article) throws IOException {
    write(article, o -> {});
  }

  /**
   * Queues an article; {@code done} hears what the cluster did with it, from a sender thread,
   * once its bulk request came back (at the latest when {@link #flush} returns).
   */
  public void write(Article article, Consumer<PutOutcome> done) throws IOException {
    Map<String, Object> doc = ArticleDocument.of(article);
    long bytes = 256 + 2L * (((String) doc.get(ArticleDocument.JSON)).length() + article.text().length());
    List<Pending> full = null;
    synchronized (lock) {
      throwIfFailed();
      buffer.add(new Pending(article.id(), doc, done));
      bufferBytes += bytes;
      if (buffer.size() >= options.batchSize() || bufferBytes >= options.batchBytes()) full = take();
    }
    if (full != null) submit(full);
  }

  /** Sends what is buffered and waits for every bulk request; throws the first failure. */
  public void flush() throws IOException {
    List<Pending> rest;
    synchronized (lock) {
      rest = take();
    }
    if (!rest.isEmpty()) submit(rest);
    try {
      permits.acquire(options.inFlight()); // every sender done
      permits.release(options.inFlight());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException(spec + ": interrupted while writing");
    }
    throwIfFailed();
  }

  public Counts counts() {
    return new Counts(stored.get(), updated.get(), unchanged.get(), retries.get());
  }

  /** The failure that stopped the writer, or null. */
  public StoreException failure() {
    return failure.get();
  }

  @Override
  public void close() throws IOException {
    try {
      flush();
    } finally {
      senders.shutdown();
      if (ownsClient) closeQuietly(client);
    }
  }

  private List<Pending> take() {
    List<Pending> out = buffer;
    buffer = new ArrayList<>();
    bufferBytes = 0;
    return out;
  }

  private void throwIfFailed() throws StoreException {
    StoreException f = failure.get();
    if (f != null) throw new StoreException(f.getMessage());
  }

  private void submit(List<Pending> batch) throws IOException {
    try {
      permits.acquire(); // back-pressure: at most inFlight requests on the wire
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException(spec + ": interrupted while writing");
    }
    try {
      senders.execute(() -> {
        try {
          send(batch);
        } catch (StoreException e) {
          failure.compareAndSet(null, e);
        } catch (RuntimeException e) {
          if (System.getenv("MARSAD_DEBUG") != null) e.printStackTrace();
          failure.compareAndSet(null, Clients.failure(spec, "bulk write (unexpected)", e));
        } finally {
          permits.release();
        }
      });
    } catch (RuntimeException e) {
      permits.release();
      throw e;
    }
  }

  /** Sends one batch until every item is written, retrying what may succeed later. */
  private void send(List<Pending> batch) throws StoreException {
    List<Pending> todo = batch;
    for (int attempt = 0; ; attempt++) {
      if (failure.get() != null) return; // another batch failed for good: stop early
      String why;
      try {
        BulkResponse response = client.bulk(request(todo));
        List<Pending> again = new ArrayList<>();
        String itemFailure = null;
        List<BulkResponseItem> items = response.items();
        for (int i = 0; i < items.size(); i++) {
          BulkResponseItem item = items.get(i);
          Pending p = todo.get(i);
          if (item.error() == null) {
            PutOutcome outcome = outcome(item.result());
            switch (outcome) {
              case STORED -> stored.incrementAndGet();
              case UPDATED -> updated.incrementAndGet();
              case UNCHANGED -> unchanged.incrementAndGet();
            }
            p.done().accept(outcome);
          } else if (Clients.retriableStatus(item.status()) || retriableType(item.error().type())) {
            again.add(p);
          } else if (itemFailure == null) {
            itemFailure = "article " + p.id() + ": HTTP " + item.status() + " " + item.error().type()
                + ": " + item.error().reason();
          }
        }
        if (itemFailure != null) throw new StoreException(spec + ": bulk write refused " + itemFailure);
        if (again.isEmpty()) return;
        why = again.size() + " of " + todo.size() + " articles refused for now ("
            + firstError(response) + ")";
        todo = again;
      } catch (StoreException e) {
        throw e;
      } catch (IOException | RuntimeException e) {
        if (!Clients.retriable(e)) {
          if (System.getenv("MARSAD_DEBUG") != null) e.printStackTrace();
          throw Clients.failure(spec, "bulk write", e);
        }
        why = Clients.describe(e);
      }
      if (attempt >= options.maxRetries()) {
        throw new StoreException(spec + ": bulk write failed after " + (attempt + 1) + " tries: " + why);
      }
      retries.incrementAndGet();
      sleep(backoff(attempt));
    }
  }

  /** Item errors that a node leaving causes: the shard comes back elsewhere soon. */
  private static boolean retriableType(String type) {
    return type != null && (type.contains("node_closed") || type.contains("node_disconnected")
        || type.contains("connect_transport") || type.contains("unavailable_shards")
        || type.contains("no_shard_available") || type.contains("shard_not_in_primary_mode")
        || type.contains("rejected_execution"));
  }

  private static String firstError(BulkResponse response) {
    for (BulkResponseItem item : response.items()) {
      if (item.error() != null) return "HTTP " + item.status() + " " + item.error().type();
    }
    return "?";
  }

  private BulkRequest request(List<Pending> items) {
    List<BulkOperation> ops = new ArrayList<>(items.size());
    for (Pending p : items) {
      if (options.detectUnchanged()) {
        ops.add(BulkOperation.of(b -> b.update(u -> u.id(p.id()).document(p.doc()).docAsUpsert(true)
            .detectNoop(true).retryOnConflict(3))));
      } else {
        ops.add(BulkOperation.of(b -> b.index(x -> x.id(p.id()).document(p.doc()))));
      }
    }
    return BulkRequest.of(r -> r.index(spec.index()).operations(ops));
  }

  private static PutOutcome outcome(String result) {
    if (result == null) return PutOutcome.STORED;
    return switch (result) {
      case "updated" -> PutOutcome.UPDATED;
      case "noop" -> PutOutcome.UNCHANGED;
      default -> PutOutcome.STORED; // "created"
    };
  }

  private Duration backoff(int attempt) {
    long base = options.firstBackoff().toMillis() << Math.min(attempt, 10);
    long capped = Math.min(base, 10_000);
    return Duration.ofMillis(capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1));
  }

  private void sleep(Duration d) throws StoreException {
    try {
      Thread.sleep(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException(spec + ": interrupted while waiting to retry a bulk write");
    }
  }

  static void closeQuietly(OpenSearchClient client) {
    try {
      client._transport().close();
    } catch (Exception e) {
      // closing is best effort: nothing to tell the user
    }
  }
}
