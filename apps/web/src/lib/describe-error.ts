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

  const codeMessage = error.code ? t(`errors.codes.${error.code}`, { defaultValue: '' }) : '';
  const message = codeMessage || messageForStatus(error.statusCode, t);
  const details = error.details.map((detail) =>
    t('errors.detail', { field: fieldLabels[detail.path] ?? detail.path, message: detail.message }),
  );
  const serverMessage =
    !codeMessage && error.details.length === 0 && error.statusCode < 500 && error.message.trim()
      ? error.message.trim()
      : undefined;
  return { message, details, serverMessage };
}
