import type { Stringified } from '../../stringified';
import type { vi } from '..';
import { en as shell } from './shell';
import { en as auth } from './auth';
import { en as users } from './users';
import { en as audit } from './audit';
import { en as campaigns } from './campaigns';
import { en as conferences } from './conferences';
import { en as people } from './people';
import { en as registrations } from './registrations';
import { en as attendance } from './attendance';
import { en as certificates } from './certificates';
import { en as reference } from './reference';
import { en as leaflets } from './leaflets';
import { en as planResults } from './plan-results';
import { en as reports } from './reports';

/** The English interface texts, loaded when the English interface is chosen. */
export const en: Stringified<typeof vi> = {
  ...shell,
  ...auth,
  ...users,
  ...audit,
  ...campaigns,
  ...conferences,
  ...people,
  ...registrations,
  ...attendance,
  ...certificates,
  ...reference,
  ...leaflets,
  ...planResults,
  ...reports,
};
