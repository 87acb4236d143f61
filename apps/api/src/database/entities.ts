import { AdminUnit } from '../modules/admin-units/admin-unit.entity';
import { ReferenceDataset } from '../modules/admin-units/reference-dataset.entity';
import { AuditLog } from '../modules/audit/audit-log.entity';
import { Campaign } from '../modules/campaigns/campaign.entity';
import { Conference } from '../modules/conferences/conference.entity';
import { Organization } from '../modules/organizations/organization.entity';
import { Person } from '../modules/people/person.entity';
import { Registration } from '../modules/registrations/registration.entity';
import { User } from '../modules/users/user.entity';

/** Every entity, listed explicitly: globs miss files under jest and in bundles. */
export const entities = [
  ReferenceDataset,
  AdminUnit,
  Organization,
  User,
  AuditLog,
  Campaign,
  Conference,
  Person,
  Registration,
];
