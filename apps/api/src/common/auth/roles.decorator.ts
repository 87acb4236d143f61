import { SetMetadata } from '@nestjs/common';
import { type Role, roles } from '@canhgiac/contracts';

export const ACCESS_RULE = 'access-rule';

/** Every route declares who may call it; a route without a rule refuses to start the app. */
export type AccessRule = { kind: 'public' } | { kind: 'roles'; roles: readonly Role[] };

export const ALL_ROLES = roles;

/** Anyone, without logging in. */
export const Public = () => SetMetadata(ACCESS_RULE, { kind: 'public' } satisfies AccessRule);

/** Only these roles; everyone else gets 403, and a caller without a valid token 401. */
export const Roles = (...allowed: Role[]) =>
  SetMetadata(ACCESS_RULE, { kind: 'roles', roles: allowed } satisfies AccessRule);
