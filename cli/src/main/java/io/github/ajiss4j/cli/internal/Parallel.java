package io.github.ajiss4j.cli.internal;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/** Runs work over a list on a bounded pool, handing each result back on the calling thread. */
final class Parallel {

  private Parallel() {}

  /**
   * Applies {@code work} to every item, at most {@code threads} at a time, and passes each result
   * to {@code done} on the calling thread, in the order they finish. One item runs on the calling
   * thread alone, so a single conversion starts no pool.
   */
  static <T, R> void forEach(
      List<T> items, int threads, Function<T, R> work, Consumer<? super R> done) {
    if (items.size() <= 1 || threads <= 1) {
      for (T item : items) {
        done.accept(work.apply(item));
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
        service.submit(() -> work.apply(item));
      }
      for (int i = 0; i < items.size(); i++) {
        try {
          done.accept(service.take().get());
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
