import { migrations } from '../../../src/database/migrations';
import { Foundation1764316800000 } from './1764316800000-Foundation';
import { PeopleAndRegistrations1764576000000 } from './1764576000000-PeopleAndRegistrations';
import { Hardening1764835200000 } from './1764835200000-Hardening';

/**
 * The migration chain as a database of the first release ran it: Foundation, PeopleAndRegistrations
 * and Hardening as they were before they were edited, the others as they are, up to Hardening's
 * successor CertificateSettingsAtIssue, without the migrations that came after.
 */
const firstReleased: Record<string, unknown> = {
  Foundation1764316800000,
  PeopleAndRegistrations1764576000000,
  Hardening1764835200000,
};

export const firstReleasedMigrations = migrations
  .filter((Migration) => Number(Migration.name.slice(-13)) <= 1764921600000)
  .map((Migration) => (firstReleased[Migration.name] ?? Migration) as (typeof migrations)[number]);
