import { type ImportRowError, registrationRoutes } from '@canhgiac/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { uploadApiFile, type UploadProgress } from '../../../lib/api-upload';
import { registrationsQueryKeys } from './get-registrations';
import { errorExtra } from '../../../lib/error-extra';

export interface ImportRegistrationsInput {
  conferenceId: string;
  file: File;
  dryRun: boolean;
  onProgress?: (progress: UploadProgress) => void;
}

/**
 * `POST /api/conferences/:id/registrations/import?dryRun=` with the file in the multipart field
 * `file` → 200 `{rows, created, matchedExisting, alreadyRegistered, dryRun}`; 422
 * FILE_ROWS_INVALID `{errors:[{row, column, message}], totalErrors}` and nothing is written.
 */
export async function importRegistrations(input: ImportRegistrationsInput) {
  return uploadApiFile(registrationRoutes.import, {
    params: { id: input.conferenceId },
    file: input.file,
    query: { dryRun: input.dryRun },
    onProgress: input.onProgress,
  });
}

export function useImportRegistrations() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importRegistrations,
    onSuccess: (_result, { conferenceId, dryRun }) =>
      dryRun
        ? undefined
        : Promise.all([
            queryClient.invalidateQueries({
              queryKey: registrationsQueryKeys.conference(conferenceId),
            }),
            queryClient.invalidateQueries({ queryKey: ['people'] }),
          ]),
  });
}

export interface ImportErrors {
  errors: ImportRowError[];
  /** All the errors found; the server lists the first ones only. */
  total: number;
}

/** The rows at fault of a 422 answer, or null for any other error. */
export function importErrorsOf(error: unknown): ImportErrors | null {
  const rows = errorExtra(error, 'FILE_ROWS_INVALID');
  return rows ? { errors: rows.errors, total: rows.totalErrors } : null;
}
