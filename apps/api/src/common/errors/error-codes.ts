/**
 * Every error the API answers with has one of these codes. The HTTP status is decided here, once;
 * the web switches on the code.
 */
export const errorCodes = {
  VALIDATION_FAILED: 400,
  MALFORMED_JSON: 400,
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  TOKEN_INVALID: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  ROUTE_NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  ORGANIZATION_NAME_TAKEN: 409,
  USERNAME_TAKEN: 409,
  SELF_LOCKOUT: 409,
  CONFERENCE_CLASH: 409,
  CONFERENCE_STATUS_INVALID: 409,
  CONFERENCE_NOT_EDITABLE: 409,
  CONFERENCE_NOT_STARTED: 409,
  CONFERENCE_CANCELLED: 409,
  CONFERENCE_FULL: 409,
  CAPACITY_BELOW_REGISTERED: 409,
  PERSON_DUPLICATE: 409,
  PERSON_ERASED: 409,
  ALREADY_REGISTERED: 409,
  REGISTRATION_ATTENDED: 409,
  CONFERENCE_NOT_HELD: 409,
  CERTIFICATE_REVOKED: 409,
  CERTIFICATE_NOT_REVOKED: 409,
  CERTIFICATE_ALREADY_REISSUED: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  FILE_ROWS_INVALID: 422,
  RATE_LIMITED: 429,
  LOGIN_LOCKED: 429,
  INTERNAL: 500,
  SERVICE_UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof errorCodes;

export const httpStatusText: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};
