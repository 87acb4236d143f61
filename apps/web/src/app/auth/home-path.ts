import type { Role } from '@canhgiac/contracts';
import { paths } from '../../lib/paths';

/** The first page after login: leaders follow the plan, everyone else works with conferences. */
export function homePathFor(role: Role): string {
  return role === 'leader' ? paths.campaigns : paths.conferences;
}
