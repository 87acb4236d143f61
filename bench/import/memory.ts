/** Samples heap used and RSS while a phase runs (the event loop permitting), keeping the peaks. */
export class MemorySampler {
  peakHeapUsed = 0;
  peakRss = 0;
  /** Heap used when the phase started, after a full GC when node runs with --expose-gc. */
  startHeapUsed = 0;
  private timer?: NodeJS.Timeout;

  start(intervalMs = 20): void {
    // A full GC first, so the peak is what the phase adds and not garbage left from before.
    (globalThis as { gc?: () => void }).gc?.();
    this.startHeapUsed = process.memoryUsage().heapUsed;
    this.sample();
    this.timer = setInterval(() => this.sample(), intervalMs);
    this.timer.unref();
  }

  stop(): void {
    this.sample();
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  private sample() {
    const { heapUsed, rss } = process.memoryUsage();
    if (heapUsed > this.peakHeapUsed) this.peakHeapUsed = heapUsed;
    if (rss > this.peakRss) this.peakRss = rss;
  }
}

export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** process.resourceUsage().maxRSS is in kilobytes. */
export const maxRssBytes = () => process.resourceUsage().maxRSS * 1024;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
