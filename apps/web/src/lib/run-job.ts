import { type CreateJobBody, type Job, jobRoutes } from '@canhgiac/contracts';
import { apiRequest } from './api-client';
import { fetchFile, type DownloadedFile, type DownloadProgress } from './download-file';

/** A job that ended without its file: what the server said went wrong. */
export class JobFailedError extends Error {
  constructor(readonly job: Job) {
    super(job.error ?? 'The job failed');
    this.name = 'JobFailedError';
  }
}

export interface RunJobOptions {
  /** The job as it goes: queued, then running with its progress. */
  onJob?: (job: Job) => void;
  /** The file's bytes as they arrive, once the job is done. */
  onDownload?: (progress: DownloadProgress) => void;
  fallbackFileName: string;
  signal?: AbortSignal;
  /** How often to ask how the job is going. */
  pollMs?: number;
}

const wait = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(new DOMException('Aborted', 'AbortError'));
      },
      { once: true },
    );
  });

/**
 * Long work on the server (`POST /api/jobs`): asks for it, follows its progress, then fetches its
 * file. Any server may run it and any may answer; a server that stops mid-way leaves it to run
 * again elsewhere, which this only sees as a slower progress.
 */
export async function runJob(body: CreateJobBody, options: RunJobOptions): Promise<DownloadedFile> {
  const { id } = await apiRequest(jobRoutes.create, { body, signal: options.signal });
  for (;;) {
    const job = await apiRequest(jobRoutes.get, { params: { id }, signal: options.signal });
    options.onJob?.(job);
    if (job.state === 'done') break;
    if (job.state === 'failed') throw new JobFailedError(job);
    await wait(options.pollMs ?? 1000, options.signal);
  }
  return fetchFile(jobRoutes.result, {
    params: { id },
    fallbackFileName: options.fallbackFileName,
    onProgress: options.onDownload,
    signal: options.signal,
  });
}
