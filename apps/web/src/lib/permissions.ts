import type { Role } from '@canhgiac/contracts';
import { useCurrentUser } from './use-session';

const everyone: readonly Role[] = ['admin', 'staff', 'coordinator', 'leader'];

/**
 * What each role may see and do in the web app. It mirrors the API's rules (which are what
 * protects the data); the web uses it to show each role only what it can use.
 */
const rolesByPermission = {
  'dashboard.view': ['admin', 'staff', 'leader'],
  'reports.view': everyone,
  'campaigns.view': ['admin', 'staff', 'leader'],
  'campaigns.manage': ['admin', 'staff'],
  'activities.manage': ['admin', 'staff', 'coordinator'],
  'conferences.view': everyone,
  'conferences.manage': ['admin', 'staff'],
  'reference.view': ['admin', 'staff', 'coordinator'],
  'reference.manage': ['admin', 'staff'],
  'people.view': ['admin', 'staff', 'coordinator'],
  'people.erase': ['admin', 'staff'],
  'registrations.view': ['admin', 'staff', 'coordinator'],
  'attendance.view': ['admin', 'staff', 'coordinator'],
  /** Check in before the conference's day, with a reason (the API refuses it to coordinators). */
  'attendance.early': ['admin', 'staff'],
  'certificates.view': ['admin', 'staff', 'coordinator'],
  'certificates.manage': ['admin', 'staff'],
  'leaflets.view': ['admin', 'staff', 'leader'],
  'leaflets.manage': ['admin', 'staff'],
  'users.manage': ['admin'],
  'audit.view': ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof rolesByPermission;

export function can(role: Role | null | undefined, permission: Permission): boolean {
  return role ? (rolesByPermission[permission] as readonly Role[]).includes(role) : false;
}

/** `const allowed = usePermission('conferences.manage')` for the signed-in user. */
export function usePermission(permission: Permission): boolean {
  return can(useCurrentUser()?.role, permission);
}
