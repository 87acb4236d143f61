import * as fs from 'node:fs';
import * as path from 'node:path';
import type { UploadedFile } from '../../apps/api/src/common/http/multipart';
import {
  readLimits,
  readRows,
} from '../../apps/api/src/modules/registrations/import/import-file-reader';
import {
  isBlank,
  mapHeader,
  RowParser,
} from '../../apps/api/src/modules/registrations/import/import-rows';
import { apiRequire } from './product';

interface StatementStats {
  text: string;
  calls: number;
  seconds: number;
}

/**
 * --profile: times every statement the app sends through node-postgres (the driver TypeORM uses),
 * by wrapping the app's own pg Client.prototype.query; a COPY is timed until its stream finishes,
 * so its time includes the upload, CSV parsing and validation that feed it.
 */
export class StatementProfiler {
  private stats = new Map<string, StatementStats>();
  private restore?: () => void;

  install(): void {
    const pg = apiRequire('pg') as {
      Client: { prototype: { query: (...args: unknown[]) => unknown } };
    };
    const original = pg.Client.prototype.query;
    const record = (text: string, started: bigint) => {
      const key = text.replace(/\s+/gu, ' ').trim().slice(0, 110);
      const entry = this.stats.get(key) ?? { text: key, calls: 0, seconds: 0 };
      entry.calls += 1;
      entry.seconds += Number(process.hrtime.bigint() - started) / 1e9;
      this.stats.set(key, entry);
    };
    pg.Client.prototype.query = function (this: unknown, ...args: unknown[]) {
      const config = args[0] as
        { text?: string; on?: (event: string, fn: () => void) => void } | string;
      const text = typeof config === 'string' ? config : (config?.text ?? '(unknown)');
      const started = process.hrtime.bigint();
      const result = original.apply(this, args);
      if (result && typeof (result as Promise<unknown>).then === 'function') {
        (result as Promise<unknown>).then(
          () => record(text, started),
          () => record(`${text} [failed]`, started),
        );
      } else if (typeof config === 'object' && typeof config?.on === 'function') {
        let done = false;
        const finish = () => {
          if (!done) record(text, started);
          done = true;
        };
        config.on('finish', finish);
        config.on('error', finish);
      }
      return result;
    };
    this.restore = () => {
      pg.Client.prototype.query = original;
    };
  }

  reset(): void {
    this.stats.clear();
  }

  uninstall(): void {
    this.restore?.();
  }

  /** The statements that took at least minSeconds in all, slowest first. */
  report(minSeconds = 0.005): StatementStats[] {
    return [...this.stats.values()]
      .filter((s) => s.seconds >= minSeconds)
      .sort((a, b) => b.seconds - a.seconds);
  }
}

/** The JavaScript half of the import alone, without HTTP or database: CSV parsing, then parsing + validation. */
export async function timeJsOnly(
  csvPath: string,
): Promise<{ parseSeconds: number; validateSeconds: number; rows: number }> {
  const file: UploadedFile = {
    filename: path.basename(csvPath),
    mimeType: 'text/csv',
    size: fs.statSync(csvPath).size,
    path: csvPath,
    open: (options) => fs.createReadStream(csvPath, options),
    scratch: (name) => path.join(path.dirname(csvPath), name),
    dispose: async () => undefined,
  };
  const limits = readLimits(Number.MAX_SAFE_INTEGER / 100, 1024 * 1024 * 1024);
  let started = process.hrtime.bigint();
  let rows = 0;
  for await (const _ of readRows(file, 'csv', limits)) rows += 1;
  const parseSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  started = process.hrtime.bigint();
  let parser: RowParser | undefined;
  let invalid = 0;
  for await (const { row, cells } of readRows(file, 'csv', limits)) {
    if (!parser) {
      parser = new RowParser(mapHeader(cells).map);
      continue;
    }
    if (isBlank(cells)) continue;
    if (!parser.parse(row, cells).value) invalid += 1;
  }
  const validateSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (invalid > 0) throw new Error(`${invalid} rows of the generated file do not validate`);
  return { parseSeconds, validateSeconds, rows: rows - 1 };
}
