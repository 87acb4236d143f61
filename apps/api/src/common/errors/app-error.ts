import type { ErrorDetail, ErrorExtra } from '@canhgiac/contracts';
import { type ErrorCode, errorCodes } from './error-codes';

export interface AppErrorOptions<C extends ErrorCode> {
  details?: ErrorDetail[];
  /** The fields the contracts document for this code (`errorExtraSchemas`); none for the others. */
  extra?: ErrorExtra<C>;
  cause?: unknown;
}

/**
 * The one error type of the product. `message` is written for a coordinator, in Vietnamese;
 * `extra` carries the machine-readable fields the contracts give the code (e.g. `conflicts`,
 * `existingId`), type-checked against them.
 */
export class AppError<C extends ErrorCode = ErrorCode> extends Error {
  readonly status: number;

  constructor(
    readonly code: C,
    message: string,
    readonly options: AppErrorOptions<C> = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'AppError';
    this.status = errorCodes[code];
  }

  /** The caller's role may not do this. */
  static forbidden() {
    return new AppError('FORBIDDEN', 'Bạn không có quyền thực hiện thao tác này');
  }

  static notFound(what: string) {
    return new AppError('NOT_FOUND', `Không tìm thấy ${what}`);
  }

  /** A 400 on one field of the request, found past schema validation (a reference, a rule). */
  static invalid(path: string, message: string, summary = 'Dữ liệu không hợp lệ') {
    return new AppError('VALIDATION_FAILED', summary, { details: [{ path, message }] });
  }
}
