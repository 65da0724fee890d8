package org.marsad.spark;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.marsad.ingest.DocumentSink;
import org.marsad.ingest.InputProblem;
import org.marsad.ingest.InputReader;
import org.marsad.ingest.RawDocument;

/**
 * The documents of one file as an iterator, streaming: {@link InputReader} pushes documents into a
 * sink, Spark pulls records from an iterator, so a reader thread fills a small bounded queue. A
 * file of a million records never sits in memory at once. Problems (a bad record, a truncated
 * gzip) go to {@code problems} and reading goes on, as in {@code marsad analyze}.
 */
final class FileDocuments implements Iterator<Doc>, AutoCloseable {
  /** Opens the file's stream; the reader thread closes it. */
  interface Opener {
    InputStream open() throws IOException;
  }

  private static final Object END = new Object();
  private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(64);
  private final Thread thread;
  private volatile boolean closed;
  private Object next;

  FileDocuments(String name, Opener opener, Consumer<InputProblem> problems) {
    thread = new Thread(() -> {
      long[] record = {0};
      try (InputStream in = opener.open()) {
        new InputReader().read(name, in, new DocumentSink() {
          @Override
          public void accept(RawDocument document) {
            put(Doc.of(name, record[0]++, document));
          }

          @Override
          public void problem(InputProblem problem) {
            problems.accept(problem);
          }
        });
      } catch (IOException | RuntimeException e) {
        problems.accept(new InputProblem(name, "cannot read (" + e.getMessage() + "); skipped"));
      } finally {
        put(END);
      }
    }, "marsad-read");
    thread.setDaemon(true);
    thread.start();
  }

  private void put(Object o) {
    try {
      while (!closed && !queue.offer(o, 100, TimeUnit.MILLISECONDS)) {
        // the consumer is busy; wait unless it gave up
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      closed = true;
    }
    if (closed && o != END) throw new IllegalStateException("reading abandoned");
  }

  @Override
  public boolean hasNext() {
    if (next == null) {
      try {
        next = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while reading", e);
      }
    }
    return next != END;
  }

  @Override
  public Doc next() {
    if (!hasNext()) throw new NoSuchElementException();
    Doc d = (Doc) next;
    next = null;
    return d;
  }

  @Override
  public void close() {
    closed = true;
    thread.interrupt();
  }
}
