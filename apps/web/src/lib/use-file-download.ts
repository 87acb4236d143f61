import type { RouteDefinition } from '@canhgiac/contracts';
import { useCallback, useRef, useState } from 'react';
import type { RouteAddress } from './api-client';
import { fetchFile, saveFile, type DownloadProgress, type FetchFileOptions } from './download-file';

export interface FileDownloadState {
  /** Progress of the file being fetched; null when nothing is being fetched. */
  progress: DownloadProgress | null;
  error: unknown;
}

/** How a download ended: the file handed to the browser under its name, or why not. */
export type DownloadResult = { ok: true; fileName: string } | { ok: false; error: unknown };

/**
 * Fetches an API file with the token and saves it, keeping progress and the failure for the UI.
 */
export function useFileDownload() {
  const [state, setState] = useState<FileDownloadState>({ progress: null, error: null });
  const busy = useRef(false);
  const download = useCallback(
    async <R extends RouteDefinition>(
      route: R,
      options: Omit<FetchFileOptions, 'onProgress'> & RouteAddress<R>,
    ): Promise<DownloadResult> => {
      if (busy.current) return { ok: false, error: null };
      busy.current = true;
      setState({ progress: { loaded: 0, total: null }, error: null });
      try {
        const file = await fetchFile(route, {
          ...options,
          onProgress: (progress) => setState({ progress, error: null }),
        });
        saveFile(file);
        setState({ progress: null, error: null });
        return { ok: true, fileName: file.fileName };
      } catch (error) {
        setState({ progress: null, error });
        return { ok: false, error };
      } finally {
        busy.current = false;
      }
    },
    [],
  );
  const clearError = useCallback(() => setState((current) => ({ ...current, error: null })), []);
  return { ...state, busy: state.progress !== null, download, clearError };
}
