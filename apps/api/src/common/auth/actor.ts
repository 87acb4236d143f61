import type { Role } from '@canhgiac/contracts';

/** Who is calling: the authenticated user as the guard found it in the database. */
export interface Actor {
  id: string;
  username: string;
  fullName: string;
  role: Role;
  organizationId: string | null;
  ip: string | null;
}

/** A caller that is not logged in (a failed login, a public verification). */
export interface AnonymousCaller {
  id: null;
  username: string | null;
  ip: string | null;
}

export type Caller = Actor | AnonymousCaller;
