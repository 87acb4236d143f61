import { certificateRoutes } from '@canhgiac/contracts';
import { fetchFile } from '../../../lib/download-file';

/** `GET /api/certificates/:id.pdf`: one certificate. */
export function getCertificatePdf(id: string, fallbackFileName: string) {
  return fetchFile(certificateRoutes.pdf, { params: { id }, fallbackFileName });
}
