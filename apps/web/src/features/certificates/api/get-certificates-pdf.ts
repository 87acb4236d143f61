import type { Job } from '@canhgiac/contracts';
import type { DownloadProgress } from '../../../lib/download-file';
import { runJob } from '../../../lib/run-job';

/**
 * Every valid certificate of the conference, one page each, made as a job on the server
 * (`certificates_pdf`): `onJob` tells the certificates drawn, then `onDownload` the bytes received.
 */
export function getCertificatesPdf(
  conferenceId: string,
  fallbackFileName: string,
  handlers: { onJob?: (job: Job) => void; onDownload?: (progress: DownloadProgress) => void } = {},
) {
  return runJob(
    { kind: 'certificates_pdf', params: { conferenceId } },
    { fallbackFileName, ...handlers },
  );
}
