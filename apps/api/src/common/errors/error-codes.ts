import { type ErrorCode, errorStatuses } from '@canhgiac/contracts';

/** The codes and their statuses live in the contracts, shared with the web. */
export { type ErrorCode };
export const errorCodes = errorStatuses;

export const httpStatusText: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};
