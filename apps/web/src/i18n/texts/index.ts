import * as shell from './shell';
import * as auth from './auth';
import * as users from './users';
import * as audit from './audit';
import * as campaigns from './campaigns';
import * as conferences from './conferences';
import * as people from './people';
import * as registrations from './registrations';
import * as attendance from './attendance';
import * as certificates from './certificates';
import * as reference from './reference';
import * as leaflets from './leaflets';
import * as planResults from './plan-results';
import * as reports from './reports';

/**
 * The interface texts, kept per feature in this folder: the Vietnamese, the source of truth, part
 * of the app's first load. The English ones are in `en/`, one file per feature, held by the
 * compiler to the same keys, and load when the English interface is chosen.
 */
export const vi = {
  ...shell.vi,
  ...auth.vi,
  ...users.vi,
  ...audit.vi,
  ...campaigns.vi,
  ...conferences.vi,
  ...people.vi,
  ...registrations.vi,
  ...attendance.vi,
  ...certificates.vi,
  ...reference.vi,
  ...leaflets.vi,
  ...planResults.vi,
  ...reports.vi,
};
