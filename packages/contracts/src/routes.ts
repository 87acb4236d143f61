import { activityRoutes } from './activities/activities.routes';
import { adminUnitRoutes } from './admin-units/admin-units.routes';
import { auditRoutes } from './audit/audit.routes';
import { authRoutes } from './auth/auth.routes';
import { campaignRoutes } from './campaigns/campaigns.routes';
import { certificateRoutes } from './certificates/certificates.routes';
import type { RouteDescriptor } from './common/routes';
import { conferenceRoutes } from './conferences/conferences.routes';
import { healthRoutes } from './health/health.routes';
import { jobRoutes } from './jobs/jobs.routes';
import { leafletRoutes } from './leaflets/leaflets.routes';
import { organizationRoutes } from './organizations/organizations.routes';
import { peopleRoutes, retentionRoutes } from './people/people.routes';
import { attendanceRoutes, registrationRoutes } from './registrations/registrations.routes';
import { reportRoutes } from './reports/reports.routes';
import { targetRoutes } from './targets/targets.routes';
import { userRoutes } from './users/users.routes';

/** Every route of the HTTP API, by feature. */
export const apiRoutes = {
  health: healthRoutes,
  auth: authRoutes,
  users: userRoutes,
  audit: auditRoutes,
  adminUnits: adminUnitRoutes,
  organizations: organizationRoutes,
  campaigns: campaignRoutes,
  conferences: conferenceRoutes,
  people: peopleRoutes,
  retention: retentionRoutes,
  registrations: registrationRoutes,
  attendance: attendanceRoutes,
  certificates: certificateRoutes,
  leaflets: leafletRoutes,
  reports: reportRoutes,
  targets: targetRoutes,
  activities: activityRoutes,
  jobs: jobRoutes,
};

type Groups = typeof apiRoutes;
/** A route's id: `conferences.get`, `registrations.import` … */
export type RouteId = {
  [G in keyof Groups]: Groups[G][keyof Groups[G]] extends { id: infer Id } ? Id : never;
}[keyof Groups];

/** Every route, one after another. */
export const allRoutes: readonly RouteDescriptor[] = Object.values(apiRoutes).flatMap(
  (group) => Object.values(group) as RouteDescriptor[],
);

/** The route of an id. */
export function routeById(id: RouteId): RouteDescriptor {
  const found = allRoutes.find((route) => route.id === id);
  if (!found) throw new Error(`Unknown route ${id}`);
  return found;
}
