/**
 * Memory measurement for benches. Worker threads live in this process, so the process RSS covers
 * them: `process.resourceUsage().maxRSS` is the process's peak so far (getrusage), and a sampler
 * gives the peak within one phase (sampled every 20 ms, between the main thread's tasks).
 */

export interface MemorySampler {
  /** Highest RSS seen since start, in bytes. */
  stop(): number;
}

export function sampleMemory(intervalMs = 20): MemorySampler {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, intervalMs);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage.rss());
    },
  };
}

/** Peak RSS of the whole process so far (all threads), in bytes. */
export function processPeakRss(): number {
  return process.resourceUsage().maxRSS * 1024;
}
