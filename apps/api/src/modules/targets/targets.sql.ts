import type { ReportUnits } from '@canhgiac/contracts';
import { unitRollUpOne, unitValidOn } from '../admin-units/admin-units.sql';

/**
 * The commune a target counts in, for a report on `units`. A target names a commune as it was on
 * the campaign's first day (`commune_valid_on`): `as-held` reads it as set; `current` reads the
 * unit that covers it today, through the succession links (`now_unit`, joined by
 * `targetCommuneJoins` as `tn`).
 */
export const targetCommune = (units: ReportUnits, alias = 't') =>
  units === 'current' ? `coalesce(tn.code, ${alias}.commune_code)` : `${alias}.commune_code`;

/** The joins `targetCommune` reads; `today` is the SQL expression of today's date. */
export const targetCommuneJoins = (today: string, alias = 't') => `
  LEFT JOIN admin_unit tu ON tu.code = ${alias}.commune_code AND tu.level = 'commune' AND ${unitValidOn('tu', `${alias}.commune_valid_on`)}
  LEFT JOIN (${unitRollUpOne(today)}) tr ON tr.origin_id = tu.id
  LEFT JOIN admin_unit tn ON tn.id = tr.target_id`;

/** A target as a report reads it: its commune rolled up for the report's units. */
export interface TargetFigures {
  communeCode: string | null;
  organizationId: string | null;
  conferences: number | null;
  participants: number | null;
  leaflets: number | null;
}
