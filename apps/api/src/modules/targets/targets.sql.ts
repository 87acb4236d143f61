import type { ReportUnits } from '@canhgiac/contracts';

/**
 * The commune a target counts in, for a report on `units`. A target names a commune as it was on
 * the campaign's first day (`commune_valid_on`): `as-held` reads it as set; `current` reads the
 * unit that covers it today. Until units carry their successions, a commune's unit today is the
 * one with the same code, so both read the code; this fragment is the one place that changes when
 * the succession links land (a join from `commune_code` / `commune_valid_on` to today's successor).
 */
export const targetCommune = (_units: ReportUnits, alias = 't') => `${alias}.commune_code`;

/** A target as a report reads it: its commune rolled up for the report's units. */
export interface TargetFigures {
  communeCode: string | null;
  organizationId: string | null;
  conferences: number | null;
  participants: number | null;
  leaflets: number | null;
}
