import { EventEmitter } from 'node:events';
import type { PGlite, Results } from '@electric-sql/pglite';

/** The parts of a node-postgres query result that TypeORM reads. */
interface PgLikeResult {
  rows: unknown[];
  rowCount: number;
  command: string;
  fields: Results['fields'];
}

type ConnectCallback = (
  err: Error | undefined,
  client?: PgliteClient,
  release?: (err?: unknown) => void,
) => void;

const ACQUIRE_TIMEOUT_MS = 60_000;

/** Values come back as node-postgres returns them, so both databases look the same to the code. */
export const pgliteParsers = {
  20: (value: string) => value, // int8 → string
  1700: (value: string) => value, // numeric → string
  1082: (value: string) => value, // date → 'YYYY-MM-DD'
};

class PgliteClient extends EventEmitter {
  constructor(private readonly db: PGlite) {
    super();
  }

  async query(text: string, params?: unknown[]): Promise<PgLikeResult> {
    const command = /^\s*(\w+)/u.exec(text)?.[1]?.toUpperCase() ?? '';
    if (params && params.length > 0) {
      const result = await this.db.query(text, params);
      return {
        rows: result.rows,
        rowCount: result.affectedRows ?? result.rows.length,
        command,
        fields: result.fields,
      };
    }
    // Without parameters a text may hold several statements (migrations); exec runs them all.
    const results = await this.db.exec(text);
    const last = results[results.length - 1] ?? { rows: [], fields: [], affectedRows: 0 };
    return {
      rows: last.rows,
      rowCount: last.affectedRows ?? last.rows.length,
      command,
      fields: last.fields,
    };
  }
}

/**
 * A pool shaped like node-postgres's `Pool` over the single PGlite session.
 *
 * PGlite has one session, so concurrent transactions would interleave on it. This pool hands the
 * session to one TypeORM query runner at a time, in FIFO order from `connect()` to `release()`,
 * which gives the same isolation as separate PostgreSQL connections serialized one after another.
 * Code inside a transaction must therefore use the transaction's entity manager: asking for a
 * second connection while holding one cannot be served (it times out with a clear error).
 */
export function createPgliteDriver(open: () => Promise<PGlite>) {
  let dbPromise: Promise<PGlite> | undefined;
  const database = () => (dbPromise ??= open());

  class PglitePool extends EventEmitter {
    private busy = false;
    private readonly waiting: Array<() => void> = [];
    private ended = false;

    connect(callback?: ConnectCallback): Promise<PgliteClient> | void {
      const promise = this.acquire();
      if (!callback) return promise.then(([client]) => client);
      promise.then(
        ([client, release]) => callback(undefined, client, release),
        (error: Error) => callback(error),
      );
    }

    async query(text: string, params?: unknown[]) {
      const [client, release] = await this.acquire();
      try {
        return await client.query(text, params);
      } finally {
        release();
      }
    }

    end(callback?: (err?: Error) => void) {
      this.ended = true;
      const closing = dbPromise ? dbPromise.then((db) => db.close()) : Promise.resolve();
      closing.then(
        () => callback?.(),
        (error: Error) => callback?.(error),
      );
    }

    private async acquire(): Promise<[PgliteClient, (err?: unknown) => void]> {
      if (this.ended) throw new Error('The embedded database is closed');
      await this.takeTurn();
      try {
        const db = await database();
        const client = new PgliteClient(db);
        let released = false;
        const release = (err?: unknown) => {
          if (released) return;
          released = true;
          // A runner released with an error may have left a transaction open: close it first.
          const cleanup =
            err && db.isInTransaction() ? db.exec('ROLLBACK').then(() => undefined) : undefined;
          void Promise.resolve(cleanup)
            .catch(() => undefined)
            .finally(() => this.passTurn());
        };
        return [client, release];
      } catch (error) {
        this.passTurn();
        throw error;
      }
    }

    private takeTurn(): Promise<void> {
      if (!this.busy) {
        this.busy = true;
        return Promise.resolve();
      }
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          const index = this.waiting.indexOf(grant);
          if (index >= 0) this.waiting.splice(index, 1);
          reject(new Error('Timed out waiting for the embedded database connection'));
        }, ACQUIRE_TIMEOUT_MS);
        const grant = () => {
          clearTimeout(timer);
          resolve();
        };
        this.waiting.push(grant);
      });
    }

    private passTurn() {
      const next = this.waiting.shift();
      if (next) next();
      else this.busy = false;
    }
  }

  return { Pool: PglitePool, database };
}
