import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiError } from './api-errors';

/**
 * Puts the `details` of a 400 answer onto the form fields they name (`name`, `body.name`, or
 * `trainers.2` onto `trainers`).
 * Returns true when every detail landed on a field, so no other message is needed.
 */
export function applyServerFieldErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
): boolean {
  if (!(error instanceof ApiError) || error.statusCode !== 400 || error.details.length === 0) {
    return false;
  }
  let allMapped = true;
  let focused = false;
  for (const detail of error.details) {
    const path = detail.path.replace(/^body\./u, '');
    // "organizerIds.1" lands on the field "organizerIds" when there is no field for the item.
    const field =
      fields.find((candidate) => candidate === path) ??
      fields.find((candidate) => candidate === path.split('.')[0]);
    if (!field) {
      allMapped = false;
      continue;
    }
    // "server:too_small": the server's words, and the kind of problem for other languages.
    setError(
      field,
      { type: detail.code ? `server:${detail.code}` : 'server', message: detail.message },
      { shouldFocus: !focused },
    );
    focused = true;
  }
  return allMapped;
}
