import type { Role } from '@canhgiac/contracts';
import { paths } from '../../lib/paths';

/** The first page after login: leaders see the dashboard, everyone else works with conferences. */
export function homePathFor(role: Role): string {
  return role === 'leader' ? paths.dashboard : paths.conferences;
}
