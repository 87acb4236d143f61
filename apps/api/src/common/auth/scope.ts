import type { Actor } from './actor';

/**
 * What part of the data a caller may see. This is the one place that turns a role into a data
 * boundary; repositories put it into their queries, so a coordinator's query cannot return
 * another organization's rows. A coordinator's organization reaches down its tree: a provincial
 * association's coordinator sees what its commune branches entered; a branch's coordinator sees
 * only the branch's.
 */
export type Scope =
  { kind: 'all' } | { kind: 'organization'; organizationId: string } | { kind: 'aggregates' };

export function scopeOf(actor: Actor): Scope {
  switch (actor.role) {
    case 'admin':
    case 'staff':
      return { kind: 'all' };
    case 'coordinator':
      // The database guarantees a coordinator has an organization (app_user_coordinator_organization).
      return { kind: 'organization', organizationId: actor.organizationId! };
    case 'leader':
      return { kind: 'aggregates' };
  }
}

/**
 * The organization a caller acts for: a coordinator's own, whose people they register and whose
 * figures their reports cover; null for the department's roles (admin, staff), who act for every
 * organization, and for leaders, who read every figure in aggregate.
 */
export function scopeOrganization(scope: Scope): string | null {
  return scope.kind === 'organization' ? scope.organizationId : null;
}

/**
 * The SQL condition "this organization column is `organization` or one of its branches", for an
 * SQL expression holding the organization's id (a positional parameter).
 * ✅ `WHERE ($4::uuid IS NULL OR ${withinOrganization('r.organization_id', '$4')})`
 */
export function withinOrganization(organizationColumn: string, organization: string): string {
  return `${organizationColumn} IN (SELECT organization_subtree(${organization}::uuid))`;
}

/**
 * A SQL condition restricting rows to the scope, on the given organization column, using the
 * next positional parameter. Callers append `params` to their own.
 * ✅ `WHERE ${scopeCondition(scope, 'p.organization_id', params)}`
 */
export function scopeCondition(
  scope: Scope,
  organizationColumn: string,
  params: unknown[],
): string {
  switch (scope.kind) {
    case 'all':
      return 'TRUE';
    case 'organization':
      params.push(scope.organizationId);
      return withinOrganization(organizationColumn, `$${params.length}`);
    case 'aggregates':
      // Leaders read aggregates only: a query for individual rows returns none.
      return 'FALSE';
  }
}
