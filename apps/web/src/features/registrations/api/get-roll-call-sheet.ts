import { registrationRoutes } from '@canhgiac/contracts';
import { fetchFile } from '../../../lib/download-file';

/** `GET /api/conferences/:id/roll-call.pdf`: the sign-in sheet, with a QR code per registrant. */
export function getRollCallSheet(conferenceId: string, fallbackFileName: string) {
  return fetchFile(registrationRoutes.rollCall, { params: { id: conferenceId }, fallbackFileName });
}
