import { useMemo } from 'react';
import { coverageGroupings, type CoverageGrouping, type CoverageUnits } from '@canhgiac/contracts';
import type { CoverageParams } from '../api/get-coverage-report';
import { useUrlFilters } from '../../../lib/use-url-filters';

export interface ReportFilters {
  campaignId: string;
  groupBy: CoverageGrouping;
  /** Today's units, or the units of the time (the only ones with districts, before 1/7/2025). */
  units: CoverageUnits;
  /** YYYY-MM-DD, '' for open-ended. */
  from: string;
  to: string;
  /** For groupBy=commune only. */
  districtCode: string;
}

const isDay = (value: string | null): value is string =>
  value !== null && /^\d{4}-\d{2}-\d{2}$/u.test(value);
const isGrouping = (value: string | null): value is CoverageGrouping =>
  (coverageGroupings as readonly (string | null)[]).includes(value);

/** The report's settings live in the address, so a report can be bookmarked and shared. */
export function useReportFilters() {
  const [params, change] = useUrlFilters<ReportFilters>();
  const filters = useMemo<ReportFilters>(() => {
    const groupBy = params.get('groupBy');
    const units: CoverageUnits = params.get('units') === 'as-held' ? 'as-held' : 'current';
    const from = params.get('from');
    const to = params.get('to');
    return {
      campaignId: params.get('campaignId') ?? '',
      units,
      // Districts exist only as held: with today's units the grouping falls back to communes.
      groupBy:
        isGrouping(groupBy) && (groupBy !== 'district' || units === 'as-held')
          ? groupBy
          : 'commune',
      from: isDay(from) ? from : '',
      to: isDay(to) ? to : '',
      districtCode: params.get('districtCode') ?? '',
    };
  }, [params]);

  return [filters, change] as const;
}

/** The query the API gets: empty values left out, the district only for communes. */
export function toCoverageParams(filters: ReportFilters): CoverageParams {
  return {
    groupBy: filters.groupBy,
    units: filters.units,
    campaignId: filters.campaignId || undefined,
    from: filters.from || undefined,
    to: filters.to && (!filters.from || filters.to >= filters.from) ? filters.to : undefined,
    districtCode:
      filters.groupBy === 'commune' && filters.districtCode ? filters.districtCode : undefined,
  };
}
