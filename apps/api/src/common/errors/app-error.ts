import type { ErrorDetail } from '@canhgiac/contracts';
import { type ErrorCode, errorCodes } from './error-codes';

/**
 * The one error type of the product. `message` is written for a coordinator, in Vietnamese;
 * `extra` carries the machine-readable fields a status documents (e.g. `conflicts`, `existingId`).
 */
export class AppError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly options: {
      details?: ErrorDetail[];
      extra?: Record<string, unknown>;
      cause?: unknown;
    } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'AppError';
    this.status = errorCodes[code];
  }

  static notFound(what: string) {
    return new AppError('NOT_FOUND', `Không tìm thấy ${what}`);
  }

  /** A 400 on one field of the request, found past schema validation (a reference, a rule). */
  static invalid(path: string, message: string, summary = 'Dữ liệu không hợp lệ') {
    return new AppError('VALIDATION_FAILED', summary, { details: [{ path, message }] });
  }
}
