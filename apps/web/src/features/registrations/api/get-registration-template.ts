import { registrationRoutes } from '@canhgiac/contracts';
import { fetchFile } from '../../../lib/download-file';

/** `GET /api/conferences/:id/registrations/template.xlsx`: the import template. */
export function getRegistrationTemplate(conferenceId: string, fallbackFileName: string) {
  return fetchFile(registrationRoutes.template, { params: { id: conferenceId }, fallbackFileName });
}
