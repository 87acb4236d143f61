import type { Role } from '@canhgiac/contracts';
import { paths, upcomingConferencesPath } from '../../lib/paths';

/**
 * The first page after login: leaders see the dashboard, coordinators their next conferences
 * (what they register members for), everyone else the conferences' calendar.
 */
export function homePathFor(role: Role): string {
  if (role === 'leader') return paths.dashboard;
  return role === 'coordinator' ? upcomingConferencesPath : paths.conferences;
}
