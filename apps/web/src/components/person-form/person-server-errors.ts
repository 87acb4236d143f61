import type { UseFormSetError } from 'react-hook-form';
import { ApiError } from '../../lib/api-errors';
import { applyServerFieldErrors } from '../../lib/server-form-errors';
import { personFormFields, type PersonFormValues } from './person-form-values';

/**
 * Puts a 400's details onto the person fields, also when the person was sent inside another
 * body (`{person:{…}}` answers "person.phone"). True when every detail landed on a field.
 */
export function applyPersonServerErrors(
  error: unknown,
  setError: UseFormSetError<PersonFormValues>,
): boolean {
  if (!(error instanceof ApiError)) return false;
  const details = error.details.map((detail) => ({
    ...detail,
    path: detail.path.replace(/^(body\.)?person\./u, ''),
  }));
  return applyServerFieldErrors(
    new ApiError({ ...error.body, details }),
    setError,
    personFormFields,
  );
}
