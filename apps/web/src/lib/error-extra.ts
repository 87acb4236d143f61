import { errorExtraSchemas, type ErrorCodeWithExtra } from '@canhgiac/contracts';
import type { z } from 'zod';
import { ApiError } from './api-errors';

/**
 * The fields an API error with `code` carries (the existing record, the clashing conferences,
 * the stock left…), typed and checked by the contracts; null for any other error, or when the
 * answer lacks them.
 */
export function errorExtra<C extends ErrorCodeWithExtra>(
  error: unknown,
  code: C,
): z.output<(typeof errorExtraSchemas)[C]> | null {
  if (!(error instanceof ApiError) || error.code !== code) return null;
  const parsed = errorExtraSchemas[code].safeParse(error.body);
  return parsed.success ? (parsed.data as z.output<(typeof errorExtraSchemas)[C]>) : null;
}
