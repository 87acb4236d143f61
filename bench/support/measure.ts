import * as os from 'node:os';

/** Samples heap used and RSS while a phase runs (the event loop permitting), keeping the peaks. */
export class MemorySampler {
  peakHeapUsed = 0;
  peakRss = 0;
  /** Heap used when the phase started, after a full GC when node runs with --expose-gc. */
  startHeapUsed = 0;
  private timer?: NodeJS.Timeout;

  start(intervalMs = 20): this {
    // A full GC first, so the peak is what the phase adds and not garbage left from before.
    (globalThis as { gc?: () => void }).gc?.();
    this.startHeapUsed = process.memoryUsage().heapUsed;
    this.sample();
    this.timer = setInterval(() => this.sample(), intervalMs);
    this.timer.unref();
    return this;
  }

  stop(): void {
    this.sample();
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Also called by phases at their own checkpoints (e.g. between pages), when a timer cannot fire. */
  sample(): void {
    const { heapUsed, rss } = process.memoryUsage();
    if (heapUsed > this.peakHeapUsed) this.peakHeapUsed = heapUsed;
    if (rss > this.peakRss) this.peakRss = rss;
  }
}

export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** The peak RSS of the whole process so far (process.resourceUsage().maxRSS is in kilobytes). */
export const maxRssBytes = () => process.resourceUsage().maxRSS * 1024;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** Seconds since a process.hrtime.bigint() reading. */
export const seconds = (from: bigint) => Number(process.hrtime.bigint() - from) / 1e9;

/** Times an async function in seconds. */
export async function timed<T>(work: () => Promise<T>): Promise<{ seconds: number; value: T }> {
  const t0 = process.hrtime.bigint();
  const value = await work();
  return { seconds: seconds(t0), value };
}

export const log = (line = '') => process.stdout.write(`${line}\n`);

export const gcNote = () =>
  (globalThis as { gc?: unknown }).gc
    ? 'a full GC before each phase'
    : 'no --expose-gc: heap figures include old garbage';

/** The 1, 5 and 15 minute load averages: other work on the machine shows here. */
export const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
