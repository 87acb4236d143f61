import {
  type ImportColumnChoice,
  type ImportHeader,
  type ImportRowError,
  registrationRoutes,
} from '@canhgiac/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { uploadApiFile, type UploadProgress } from '../../../lib/api-upload';
import { registrationsQueryKeys } from './get-registrations';
import { fetchFile, saveFile } from '../../../lib/download-file';
import { errorExtra } from '../../../lib/error-extra';

export interface ImportRegistrationsInput {
  conferenceId: string;
  file: File;
  dryRun: boolean;
  /** The department's choice of organization for rows that name none. */
  organizationId?: string | null;
  /** The columns chosen by hand for a header the importer does not recognize. */
  columns?: ImportColumnChoice | null;
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
    query: {
      dryRun: input.dryRun,
      ...(input.organizationId ? { organizationId: input.organizationId } : {}),
      ...(input.columns ? { columns: JSON.stringify(input.columns) } : {}),
    },
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
  /** A copy of the file with the cells at fault highlighted can be downloaded. */
  annotated: boolean;
  /** The header could not be read: its cells and first rows, to choose its columns by hand. */
  header?: ImportHeader;
}

/**
 * `POST /api/conferences/:id/registrations/import/annotated.xlsx` with the same file → the rows
 * as an XLSX, the cells at fault filled red with a note giving the reason; saved as a download.
 */
export async function downloadAnnotatedFile(input: {
  conferenceId: string;
  file: File;
  organizationId?: string | null;
  columns?: ImportColumnChoice | null;
}) {
  saveFile(
    await fetchFile(registrationRoutes.importAnnotated, {
      params: { id: input.conferenceId },
      query: {
        ...(input.organizationId ? { organizationId: input.organizationId } : {}),
        ...(input.columns ? { columns: JSON.stringify(input.columns) } : {}),
      },
      upload: input.file,
      fallbackFileName: 'danh-sach-danh-dau-loi.xlsx',
    }),
  );
}

/** The rows at fault of a 422 answer, or null for any other error. */
export function importErrorsOf(error: unknown): ImportErrors | null {
  const rows = errorExtra(error, 'FILE_ROWS_INVALID');
  return rows
    ? {
        errors: rows.errors,
        total: rows.totalErrors,
        annotated: rows.annotatedFile ?? false,
        ...(rows.header ? { header: rows.header } : {}),
      }
    : null;
}
