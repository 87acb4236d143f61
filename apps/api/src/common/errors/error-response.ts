import { HttpException } from '@nestjs/common';
import type { ErrorDetail, ErrorResponse } from '@canhgiac/contracts';
import { ZodValidationException } from 'nestjs-zod';
import { QueryFailedError } from 'typeorm';
import { AppError } from './app-error';
import { type ErrorCode, errorCodes, httpStatusText } from './error-codes';

interface ZodLikeIssue {
  path: PropertyKey[];
  message: string;
  code?: string;
}

export interface MappedError {
  status: number;
  body: ErrorResponse;
  /** Set when the failure is ours rather than the caller's; it is logged with its stack. */
  internal?: unknown;
}

function build(
  code: ErrorCode,
  message: string,
  details?: ErrorDetail[],
  extra?: Record<string, unknown>,
): MappedError {
  const status = errorCodes[code];
  return {
    status,
    body: {
      statusCode: status,
      error: httpStatusText[status] ?? 'Error',
      message,
      code,
      ...(details && details.length > 0 ? { details } : {}),
      ...extra,
    },
  };
}

export function zodIssuesToDetails(issues: readonly ZodLikeIssue[]): ErrorDetail[] {
  return issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
    ...(issue.code ? { code: issue.code } : {}),
  }));
}

/** body-parser and raw-body errors carry a `type`; they happen before any route is chosen. */
function fromBodyParser(error: { type?: string; status?: number }): MappedError | undefined {
  switch (error.type) {
    case 'entity.parse.failed':
      return build('MALFORMED_JSON', 'Nội dung gửi lên không phải JSON hợp lệ');
    case 'entity.too.large':
      return build('PAYLOAD_TOO_LARGE', 'Nội dung gửi lên quá lớn');
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return build(
        'UNSUPPORTED_MEDIA_TYPE',
        'Bảng mã của nội dung không được hỗ trợ, hãy dùng UTF-8',
      );
    case 'request.aborted':
    case 'request.size.invalid':
    case 'stream.encoding.set':
    case 'parameters.too.many':
      return build('BAD_REQUEST', 'Yêu cầu không hợp lệ');
    default: {
      // Other errors of the body parser (a broken gzip or deflate body…) carry a 4xx status.
      const status = (error as { status?: unknown }).status;
      if (typeof status === 'number' && status >= 400 && status < 500) {
        const mapped = build(
          status === 415 ? 'UNSUPPORTED_MEDIA_TYPE' : 'BAD_REQUEST',
          'Nội dung gửi lên không đọc được',
        );
        return {
          status,
          body: { ...mapped.body, statusCode: status, error: httpStatusText[status] ?? 'Error' },
        };
      }
      return undefined;
    }
  }
}

/** PostgreSQL's SQLSTATE codes for input the database refused. */
function fromDatabase(error: QueryFailedError): MappedError | undefined {
  const code = (error.driverError as { code?: string } | undefined)?.code;
  switch (code) {
    case '23505':
      return build('CONFLICT', 'Dữ liệu này đã tồn tại');
    case '23503':
      return build(
        'CONFLICT',
        'Dữ liệu đang được tham chiếu hoặc tham chiếu tới mục không tồn tại',
      );
    case '22P02':
    case '22003':
    case '22007':
    case '22008':
    case '22001':
    case '23514':
    case '23502':
    case '22021':
      return build('BAD_REQUEST', 'Giá trị không hợp lệ');
    case '40001':
    case '40P01':
      return build('CONFLICT', 'Có thao tác khác cùng lúc, vui lòng thử lại');
    default:
      return undefined;
  }
}

function fromHttpException(exception: HttpException): MappedError {
  const status = exception.getStatus();
  switch (status) {
    case 404:
      return build('ROUTE_NOT_FOUND', 'Không có đường dẫn này');
    case 405:
      return build('METHOD_NOT_ALLOWED', 'Phương thức không được hỗ trợ');
    case 413:
      return build('PAYLOAD_TOO_LARGE', 'Nội dung gửi lên quá lớn');
    case 401:
      return build('UNAUTHENTICATED', 'Cần đăng nhập');
    case 403:
      return build('FORBIDDEN', 'Bạn không có quyền thực hiện thao tác này');
    case 429:
      return build('RATE_LIMITED', 'Quá nhiều yêu cầu, vui lòng thử lại sau ít phút');
    default: {
      if (status >= 500)
        return { ...build('INTERNAL', 'Lỗi hệ thống, vui lòng thử lại sau'), internal: exception };
      const response = exception.getResponse();
      const message =
        typeof response === 'object' &&
        response &&
        'message' in response &&
        typeof response.message === 'string'
          ? response.message
          : 'Yêu cầu không hợp lệ';
      const mapped = build('BAD_REQUEST', message);
      return {
        status,
        body: { ...mapped.body, statusCode: status, error: httpStatusText[status] ?? 'Error' },
      };
    }
  }
}

/** Maps anything thrown while serving a request to the error shape of the contract. */
export function toErrorResponse(exception: unknown): MappedError {
  if (exception instanceof AppError) {
    return build(
      exception.code,
      exception.message,
      exception.options.details,
      exception.options.extra,
    );
  }
  if (exception instanceof ZodValidationException) {
    const zodError = exception.getZodError() as { issues: ZodLikeIssue[] };
    return build('VALIDATION_FAILED', 'Dữ liệu không hợp lệ', zodIssuesToDetails(zodError.issues));
  }
  if (exception instanceof HttpException) return fromHttpException(exception);
  if (exception instanceof QueryFailedError) {
    const mapped = fromDatabase(exception);
    if (mapped) return mapped;
  }
  if (
    exception &&
    typeof exception === 'object' &&
    ('type' in exception || 'status' in exception)
  ) {
    const mapped = fromBodyParser(exception as { type?: string; status?: number });
    if (mapped) return mapped;
  }
  if (exception instanceof URIError) return build('BAD_REQUEST', 'Đường dẫn không hợp lệ');
  return { ...build('INTERNAL', 'Lỗi hệ thống, vui lòng thử lại sau'), internal: exception };
}
