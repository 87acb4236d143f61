/**
 * Catches what would kill the API in production: an uncaught exception (an 'error' event nobody
 * listens to, a throw in a callback) or an unhandled promise rejection, raised while serving a
 * fuzzed request. The app runs inside the test process, so these land on the process itself.
 *
 * Jest hands tests a copy of `process` and listens on the real one to fail the running test;
 * while the guard is installed, its listener stands in for Jest's, so the fuzzer can pin the
 * crash on the request that caused it and keep going.
 */
export interface Crash {
  kind: 'uncaughtException' | 'unhandledRejection';
  message: string;
  stack: string;
}

/** The Node process the app really runs in (jest-circus keeps it in its state as `parentProcess`). */
function hostProcess(): NodeJS.Process {
  const symbol = Object.getOwnPropertySymbols(globalThis).find(
    (s) => s.description === 'JEST_STATE_SYMBOL',
  );
  const state = symbol
    ? (globalThis as unknown as Record<symbol, { parentProcess?: NodeJS.Process } | undefined>)[
        symbol
      ]
    : undefined;
  return state?.parentProcess ?? process;
}

type Listener = (...args: unknown[]) => void;

export class CrashGuard {
  private readonly host = hostProcess();
  private saved: { uncaughtException: Listener[]; unhandledRejection: Listener[] } | undefined;
  private caught: Crash[] = [];

  private readonly onException = (error: unknown) =>
    this.caught.push(toCrash('uncaughtException', error));
  private readonly onRejection = (reason: unknown) =>
    this.caught.push(toCrash('unhandledRejection', reason));

  install(): void {
    if (this.saved) return;
    this.saved = {
      uncaughtException: this.host.rawListeners('uncaughtException') as Listener[],
      unhandledRejection: this.host.rawListeners('unhandledRejection') as Listener[],
    };
    this.host.removeAllListeners('uncaughtException');
    this.host.removeAllListeners('unhandledRejection');
    this.host.on('uncaughtException', this.onException);
    this.host.on('unhandledRejection', this.onRejection);
  }

  uninstall(): void {
    if (!this.saved) return;
    this.host.removeListener('uncaughtException', this.onException);
    this.host.removeListener('unhandledRejection', this.onRejection);
    for (const listener of this.saved.uncaughtException)
      this.host.on('uncaughtException', listener);
    for (const listener of this.saved.unhandledRejection)
      this.host.on('unhandledRejection', listener);
    this.saved = undefined;
  }

  /** Crashes caught since the last call. */
  take(): Crash[] {
    const out = this.caught;
    this.caught = [];
    return out;
  }
}

function toCrash(kind: Crash['kind'], error: unknown): Crash {
  // Errors of the app come from Node's realm, not the test's: `instanceof Error` would say no.
  const err =
    error && typeof error === 'object' ? (error as { message?: unknown; stack?: unknown }) : {};
  const message = typeof err.message === 'string' ? err.message : String(error);
  const stack = typeof err.stack === 'string' ? err.stack : message;
  return {
    kind,
    message: message.split('\n')[0],
    stack: stack.split('\n').slice(0, 14).join('\n'),
  };
}

/** Lets events queued by the last exchange (stream errors, rejected promises) run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 3; i += 1) await new Promise((resolve) => setImmediate(resolve));
}
