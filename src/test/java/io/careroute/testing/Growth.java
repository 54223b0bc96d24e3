package io.careroute.testing;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * How the work on an input grows with its size, measured without a wall-clock limit: the least CPU
 * time of several runs on an input four times longer, divided by the least on the shorter one.
 * Linear work grows about 4×, quadratic about 16×, so a bound in between tells them apart on a busy
 * machine as on an idle one.
 */
public final class Growth {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private Growth() {}

  /**
   * The time on {@code input(4n)} over the time on {@code input(n)}: the fastest of 9 runs each,
   * taken in turns after 5 runs each to warm up, so a busy moment spoils one run, not the ratio.
   */
  public static double fourfold(IntFunction<String> input, Consumer<String> work, int n) {
    String small = input.apply(n);
    String large = input.apply(4 * n);
    for (int i = 0; i < 5; i++) {
      work.accept(small);
      work.accept(large);
    }
    long bestSmall = Long.MAX_VALUE;
    long bestLarge = Long.MAX_VALUE;
    for (int i = 0; i < 9; i++) {
      bestSmall = Math.min(bestSmall, timed(small, work));
      bestLarge = Math.min(bestLarge, timed(large, work));
    }
    return (double) bestLarge / Math.max(1, bestSmall);
  }

  /**
   * The CPU time of this thread on the work: time spent waiting for a busy machine is not in it.
   */
  private static long timed(String input, Consumer<String> work) {
    long started = THREADS.getCurrentThreadCpuTime();
    work.accept(input);
    return THREADS.getCurrentThreadCpuTime() - started;
  }
}
