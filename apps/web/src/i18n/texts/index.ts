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
import type { Stringified } from '../stringified';

/**
 * The interface texts, kept per feature in this folder. Each file holds the Vietnamese texts,
 * the source of truth, and the English ones, which the compiler holds to the same keys.
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

export const en: Stringified<typeof vi> = {
  ...shell.en,
  ...auth.en,
  ...users.en,
  ...audit.en,
  ...campaigns.en,
  ...conferences.en,
  ...people.en,
  ...registrations.en,
  ...attendance.en,
  ...certificates.en,
  ...reference.en,
  ...leaflets.en,
  ...planResults.en,
  ...reports.en,
};
