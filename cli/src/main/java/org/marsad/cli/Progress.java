package org.marsad.cli;

import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.marsad.ingest.InputProblem;
import org.marsad.model.Article;
import org.marsad.service.IngestService;
import org.marsad.store.ArticleStore;

/**
 * Shows ingest progress on stderr: a live bar with articles/s on a terminal, a line every few
 * seconds otherwise (CI logs, pipes). Problems print as they happen, one line each.
 */
final class Progress implements IngestService.Listener, AutoCloseable {
  private final ProgressBar bar;
  private final AtomicLong count = new AtomicLong();
  private final long start = System.nanoTime();
  private final AtomicLong lastLine = new AtomicLong(System.nanoTime());

  Progress(String task) {
    bar = System.console() != null
        ? new ProgressBarBuilder().setTaskName(task).setInitialMax(-1).setUnit(" articles", 1)
            .setStyle(ProgressBarStyle.ASCII).showSpeed().setUpdateIntervalMillis(250)
            .continuousUpdate().build()
        : null;
  }

  @Override
  public void article(Article article, ArticleStore.PutOutcome outcome) {
    long n = count.incrementAndGet();
    if (bar != null) {
      bar.step();
    } else {
      long now = System.nanoTime();
      long last = lastLine.get();
      if (now - last > 5_000_000_000L && lastLine.compareAndSet(last, now)) {
        double secs = (now - start) / 1e9;
        System.err.printf("marsad: %,d articles (%,.0f/s)%n", n, n / secs);
      }
    }
  }

  @Override
  public void problem(InputProblem problem) {
    if (bar != null) {
      bar.pause();
      System.err.println(problem.line());
      bar.resume();
    } else {
      System.err.println(problem.line());
    }
  }

  @Override
  public void close() {
    if (bar != null) bar.close();
  }
}
