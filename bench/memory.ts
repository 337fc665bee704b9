/** Peak memory of this process while a phase runs, in MiB. */
export interface MemoryPeak {
  peakRssMb: number;
  peakHeapUsedMb: number;
  /** The kernel's own high-water mark (getrusage maxrss): catches peaks between samples. */
  maxRssMb: number;
  samples: number;
}

const MB = 1024 * 1024;

/** Samples `process.memoryUsage()` every `everyMs` until stopped; a sample is also taken at start and stop. */
export function sampleMemory(everyMs = 100): { stop(): MemoryPeak } {
  let rss = 0;
  let heap = 0;
  let samples = 0;
  const sample = () => {
    const m = process.memoryUsage();
    rss = Math.max(rss, m.rss);
    heap = Math.max(heap, m.heapUsed);
    samples++;
  };
  sample();
  const timer = setInterval(sample, everyMs);
  timer.unref();
  return {
    stop() {
      sample();
      clearInterval(timer);
      const round = (n: number) => Math.round(n * 10) / 10;
      return {
        peakRssMb: round(rss / MB),
        peakHeapUsedMb: round(heap / MB),
        maxRssMb: round((process.resourceUsage().maxRSS * 1024) / MB),
        samples,
      };
    },
  };
}
