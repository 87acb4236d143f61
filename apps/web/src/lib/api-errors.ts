import type { ErrorDetail, ErrorResponse } from '@canhgiac/contracts';

// Kept free of runtime imports so that the shell (query client, error pages) can use the
// classes without pulling zod and the contracts into the first load.

/** An HTTP answer of the API that is not a success; carries the API's one error shape. */
export class ApiError extends Error {
  readonly statusCode: number;
  readonly error: string;
  readonly code: string | undefined;
  readonly details: ErrorDetail[];
  readonly body: ErrorResponse;

  constructor(body: ErrorResponse) {
    super(body.message || body.error || `HTTP ${body.statusCode}`);
    this.name = 'ApiError';
    this.body = body;
    this.statusCode = body.statusCode;
    this.error = body.error;
    this.code = body.code;
    this.details = body.details ?? [];
  }
}

/** The API could not be reached at all (offline, DNS, server down, request aborted by the network). */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('Network request failed', { cause });
    this.name = 'NetworkError';
  }
}

/** The API answered 2xx with a body that does not match the contract. */
export class UnexpectedResponseError extends Error {
  constructor(path: string, cause: unknown) {
    super(`Unexpected response from ${path}`, { cause });
    this.name = 'UnexpectedResponseError';
  }
}
