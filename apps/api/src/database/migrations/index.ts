import { Foundation1764316800000 } from './1764316800000-Foundation';
import { IdentityAndAccess1764403200000 } from './1764403200000-IdentityAndAccess';
import { CampaignsAndConferences1764489600000 } from './1764489600000-CampaignsAndConferences';
import { PeopleAndRegistrations1764576000000 } from './1764576000000-PeopleAndRegistrations';
import { Certificates1764662400000 } from './1764662400000-Certificates';
import { Leaflets1764748800000 } from './1764748800000-Leaflets';
import { Hardening1764835200000 } from './1764835200000-Hardening';
import { CertificateSettingsAtIssue1764921600000 } from './1764921600000-CertificateSettingsAtIssue';
import { PersonMembership1765000000000 } from './1765000000000-PersonMembership';
import { RepairEditedMigrations1765000050000 } from './1765000050000-RepairEditedMigrations';
import { LoginAttemptsAndSessions1765000100000 } from './1765000100000-LoginAttemptsAndSessions';
import { MigrationChecksums1765000300000 } from './1765000300000-MigrationChecksums';
import { AdministrativeReform20251765000400000 } from './1765000400000-AdministrativeReform2025';
import { PlanResults1765000500000 } from './1765000500000-PlanResults';
import { OrganizationTree1765000600000 } from './1765000600000-OrganizationTree';
import { OfflineAttendance1765000700000 } from './1765000700000-OfflineAttendance';
import { Jobs1765000800000 } from './1765000800000-Jobs';
import { AttendanceRollups1765000900000 } from './1765000900000-AttendanceRollups';
import { ReportChanges1765000950000 } from './1765000950000-ReportChanges';
import { TriggerStatementsWithoutJit1765001000000 } from './1765001000000-TriggerStatementsWithoutJit';

/** Every migration, in order, listed explicitly. Never edit one that has landed: add a new one. */
export const migrations = [
  Foundation1764316800000,
  IdentityAndAccess1764403200000,
  CampaignsAndConferences1764489600000,
  PeopleAndRegistrations1764576000000,
  Certificates1764662400000,
  Leaflets1764748800000,
  Hardening1764835200000,
  CertificateSettingsAtIssue1764921600000,
  PersonMembership1765000000000,
  RepairEditedMigrations1765000050000,
  LoginAttemptsAndSessions1765000100000,
  MigrationChecksums1765000300000,
  AdministrativeReform20251765000400000,
  PlanResults1765000500000,
  OrganizationTree1765000600000,
  OfflineAttendance1765000700000,
  Jobs1765000800000,
  AttendanceRollups1765000900000,
  ReportChanges1765000950000,
  TriggerStatementsWithoutJit1765001000000,
];
