package io.github.ajiss4j.cli.internal;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** Runs work over a list on a bounded pool, handing each result back on the calling thread. */
final class Parallel {

  private Parallel() {}

  /**
   * The work on each item, and what becomes of its result.
   *
   * @param <T> the items
   * @param <R> the results
   */
  interface Task<T, R> {
    /** Works on one item, on any thread. */
    R work(T item);

    /** Takes one result, on the calling thread of {@link #forEach}. */
    void done(R result);
  }

  /**
   * Applies {@code task} to every item, at most {@code threads} at a time, and passes each result
   * to its {@link Task#done} on the calling thread, in the order they finish. One item runs on the
   * calling thread alone, so a single conversion starts no pool.
   */
  static <T, R> void forEach(List<T> items, int threads, Task<T, R> task) {
    if (items.size() <= 1 || threads <= 1) {
      for (T item : items) {
        task.done(task.work(item));
      }
      return;
    }
    AtomicInteger count = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.min(threads, items.size()),
            r -> {
              Thread t = new Thread(r, "ajiss-worker-" + count.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    try {
      ExecutorCompletionService<R> service = new ExecutorCompletionService<>(pool);
      for (T item : items) {
        service.submit(() -> task.work(item));
      }
      for (int i = 0; i < items.size(); i++) {
        try {
          task.done(service.take().get());
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          if (cause instanceof RuntimeException r) {
            throw r;
          }
          if (cause instanceof Error error) {
            throw error;
          }
          throw new IllegalStateException(cause);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CliException(ExitCodes.FAILED, "interrupted");
    } finally {
      pool.shutdownNow();
    }
  }

  /** The default number of threads: one per available processor. */
  static int defaultThreads() {
    return Runtime.getRuntime().availableProcessors();
  }
}
