import { certificateRoutes } from '@canhgiac/contracts';
import { fetchFile, type DownloadProgress } from '../../../lib/download-file';

/**
 * `GET /api/conferences/:id/certificates.pdf`: every valid certificate, one page each, streamed
 * (no length known in advance): `onProgress` tells the bytes received.
 */
export function getCertificatesPdf(
  conferenceId: string,
  fallbackFileName: string,
  onProgress?: (progress: DownloadProgress) => void,
) {
  return fetchFile(certificateRoutes.batchPdf, {
    params: { id: conferenceId },
    fallbackFileName,
    onProgress,
  });
}
