import { Logger, type LoggerService } from '@nestjs/common';

/** An error the app logged while serving a request (AllExceptionsFilter logs every 5xx with its cause). */
export interface ServerError {
  summary: string;
  stack: string;
}

/**
 * Listens to the app's Nest logger for errors, so a 5xx finding carries the server-side stack
 * (and findings with the same cause are grouped) without running the fuzzer with TEST_LOG=1.
 * With TEST_LOG=1 every line still goes on to the app's own logger.
 */
export class ServerErrorLog {
  private caught: ServerError[] = [];
  private previous: LoggerService | undefined;

  install(): void {
    this.previous = (Logger as unknown as { staticInstanceRef?: LoggerService }).staticInstanceRef;
    const forward = process.env.TEST_LOG ? this.previous : undefined;
    const capture: LoggerService = {
      log: (message, ...rest) => forward?.log(message, ...rest),
      warn: (message, ...rest) => forward?.warn(message, ...rest),
      debug: (message, ...rest) => forward?.debug?.(message, ...rest),
      verbose: (message, ...rest) => forward?.verbose?.(message, ...rest),
      fatal: (message, ...rest) => {
        this.caught.push(describe(message, rest));
        forward?.fatal?.(message, ...rest);
      },
      error: (message, ...rest) => {
        this.caught.push(describe(message, rest));
        forward?.error(message, ...rest);
      },
    };
    Logger.overrideLogger(capture);
    Logger.flush();
  }

  uninstall(): void {
    if (this.previous) Logger.overrideLogger(this.previous);
  }

  /** Errors logged since the last call. */
  take(): ServerError[] {
    const out = this.caught;
    this.caught = [];
    return out;
  }
}

function describe(message: unknown, rest: unknown[]): ServerError {
  const record =
    message && typeof message === 'object' ? (message as Record<string, unknown>) : undefined;
  // Errors of the app come from Node's realm, not the test's: recognized by shape, not instanceof.
  const isError = (v: unknown): v is Error =>
    !!v &&
    typeof v === 'object' &&
    typeof (v as Error).message === 'string' &&
    typeof (v as Error).stack === 'string';
  const err = isError(record?.err) ? record.err : isError(message) ? message : undefined;
  const text =
    typeof message === 'string' ? message : (rest.find((r) => typeof r === 'string') ?? '');
  if (!err) return { summary: String(text || JSON.stringify(message)).slice(0, 500), stack: '' };
  const code =
    (err as { code?: unknown }).code ??
    (err as { driverError?: { code?: unknown } }).driverError?.code;
  return {
    summary: `${err.name}${code ? ` [${String(code)}]` : ''}: ${err.message}`.slice(0, 500),
    stack: (err.stack ?? '').split('\n').slice(1, 10).join('\n'),
  };
}
