import type { TFunction } from 'i18next';
import { ApiError, NetworkError, UnexpectedResponseError } from './api-errors';

export interface ErrorDescription {
  /** One sentence a coordinator understands, in the UI language. */
  message: string;
  /** One line per invalid field, "Tên tổ chức: Không được để trống". */
  details: string[];
  /** What the server said, when it adds something to `message`. */
  serverMessage?: string;
}

function messageForStatus(status: number, t: TFunction): string {
  if (status === 400) return t('errors.badRequest');
  if (status === 401) return t('errors.unauthorized');
  if (status === 403) return t('errors.forbidden');
  if (status === 404) return t('errors.notFound');
  if (status === 409) return t('errors.conflict');
  if (status === 413) return t('errors.payloadTooLarge');
  if (status === 422) return t('errors.unprocessable');
  if (status === 429) return t('errors.tooManyRequests');
  if (status >= 500) return t('errors.server');
  return t('errors.unexpected');
}

/** A field's problem by its kind (zod's issue code), for a language the API does not write in. */
export function issueMessage(code: string | undefined, t: TFunction): string {
  switch (code) {
    case 'too_small':
      return t('validation.tooShort');
    case 'too_big':
      return t('validation.tooLong');
    case 'invalid_format':
      return t('validation.invalidFormat');
    case 'invalid_type':
    case 'invalid_value':
    case 'invalid_union':
      return t('validation.chooseOne');
    default:
      return t('validation.invalid');
  }
}

/**
 * Turns anything a request can throw into words for the user. A known API error code
 * (`errors.codes.<CODE>` in the resources) wins over the generic message for the status.
 * `fieldLabels` names the fields of `details[].path` ("name" → "Tên tổ chức").
 */
export function describeError(
  error: unknown,
  t: TFunction,
  fieldLabels: Record<string, string> = {},
): ErrorDescription {
  if (error instanceof NetworkError) return { message: t('errors.network'), details: [] };
  if (error instanceof UnexpectedResponseError) {
    return { message: t('errors.unexpectedResponse'), details: [] };
  }
  if (!(error instanceof ApiError)) return { message: t('errors.unexpected'), details: [] };

  // The API writes its messages in Vietnamese: in another language only the code (with the
  // fields the contracts give it as parameters) and the kind of each field's problem are used.
  const vietnamese = t('language.code') === 'vi';
  const codeMessage = error.code
    ? t(`errors.codes.${error.code}`, { ...error.body, defaultValue: '' })
    : '';
  const message = codeMessage || messageForStatus(error.statusCode, t);
  const details = error.details.map((detail) =>
    t('errors.detail', {
      field: fieldLabels[detail.path] ?? detail.path,
      message: vietnamese ? detail.message : issueMessage(detail.code, t),
    }),
  );
  const serverMessage =
    vietnamese &&
    !codeMessage &&
    error.details.length === 0 &&
    error.statusCode < 500 &&
    error.message.trim()
      ? error.message.trim()
      : undefined;
  return { message, details, serverMessage };
}
