import { apiRequire } from './app';

export interface StatementStats {
  text: string;
  calls: number;
  seconds: number;
  /** The full text and parameters of the first call, to EXPLAIN it. */
  first: { text: string; values: unknown[] };
}

/**
 * --profile: times every statement the app sends through node-postgres (the driver TypeORM
 * uses), by wrapping the app's own pg Client.prototype.query, until the result has arrived.
 */
export class StatementProfiler {
  private stats = new Map<string, StatementStats>();
  private restore?: () => void;

  install(): this {
    const pg = apiRequire('pg') as {
      Client: { prototype: { query: (...args: unknown[]) => unknown } };
    };
    const original = pg.Client.prototype.query;
    const record = (text: string, values: unknown[], started: bigint) => {
      const key = text.replace(/\s+/gu, ' ').trim().slice(0, 100);
      const entry = this.stats.get(key) ?? {
        text: key,
        calls: 0,
        seconds: 0,
        first: { text, values },
      };
      entry.calls += 1;
      entry.seconds += Number(process.hrtime.bigint() - started) / 1e9;
      this.stats.set(key, entry);
    };
    pg.Client.prototype.query = function (this: unknown, ...args: unknown[]) {
      const config = args[0] as { text?: string; values?: unknown[] } | string;
      const text = typeof config === 'string' ? config : (config?.text ?? '(unknown)');
      const values =
        (Array.isArray(args[1])
          ? args[1]
          : typeof config === 'object'
            ? config?.values
            : undefined) ?? [];
      const started = process.hrtime.bigint();
      const result = original.apply(this, args);
      if (result && typeof (result as Promise<unknown>).then === 'function') {
        (result as Promise<unknown>).then(
          () => record(text, values, started),
          () => record(`${text} [failed]`, values, started),
        );
      }
      return result;
    };
    this.restore = () => {
      pg.Client.prototype.query = original;
    };
    return this;
  }

  uninstall(): StatementStats[] {
    this.restore?.();
    this.restore = undefined;
    return [...this.stats.values()].sort((a, b) => b.seconds - a.seconds);
  }
}
