import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  ageBandLabels,
  type CoverageQuery,
  type CoverageReport,
  type CoverageRow,
  type Dashboard,
  type DashboardQuery,
  genderLabels,
  participantGroupLabels,
} from '@canhgiac/contracts';
import type { Actor } from '../../common/auth/actor';
import { scopeOf, scopeOrganization } from '../../common/auth/scope';
import { AppError } from '../../common/errors/app-error';
import { Clock } from '../../common/clock';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { type CoverageFilter, type CoverageSqlRow, ReportsRepository } from './reports.repository';
import { RollupsService } from './rollups/rollups.service';

const fallbackLabels: Record<CoverageQuery['groupBy'], string> = {
  district: 'Không xác định địa bàn',
  commune: 'Không xác định xã',
  organization: 'Không thuộc tổ chức',
  association: 'Không thuộc tổ chức',
  group: 'Không rõ',
  gender: 'Không rõ',
  age_band: 'Không rõ',
  month: 'Không rõ',
};

function label(
  groupBy: CoverageQuery['groupBy'],
  row: Pick<CoverageSqlRow, 'key' | 'label'>,
): string {
  if (row.label) return row.label;
  if (row.key === null) return fallbackLabels[groupBy];
  switch (groupBy) {
    case 'group':
      return participantGroupLabels[row.key as keyof typeof participantGroupLabels] ?? row.key;
    case 'gender':
      return genderLabels[row.key as keyof typeof genderLabels] ?? row.key;
    case 'age_band':
      return ageBandLabels[row.key as keyof typeof ageBandLabels] ?? row.key;
    case 'month': {
      const [year, month] = row.key.split('-');
      return `Tháng ${month}/${year}`;
    }
    default:
      return row.key;
  }
}

/**
 * Coverage and the dashboard: aggregates only, computed by the database. Leaders and staff see
 * everything; a coordinator's figures are limited to the coordinator's organization.
 */
/**
 * How old a dashboard may be when another request is already computing its successor; and how
 * old it may grow on an unchanged counter before it is computed again, in the background, when
 * it was computed while a write was under way. The counter is a sequence, which a writer moves
 * before it commits: a dashboard computed between the two carries the new number with the old
 * figures, until this recheck. One computed with no write under way (`settled`) stays until the
 * counter moves.
 */
const DASHBOARD_STALE_MS = 3_000;

@Injectable()
export class ReportsService {
  private readonly logger = new Logger('Reports');
  /** The last dashboard computed per campaign and day, with the change counter it was computed at. */
  private readonly dashboards = new Map<
    string,
    { version: string; settled: boolean; at: number; value: Dashboard }
  >();
  private readonly computing = new Map<string, { version: string; promise: Promise<Dashboard> }>();

  constructor(
    private readonly reports: ReportsRepository,
    private readonly rollups: RollupsService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async coverage(actor: Actor, query: CoverageQuery): Promise<CoverageReport> {
    const filter: CoverageFilter = {
      campaignId: query.campaignId ?? null,
      from: query.from ?? null,
      to: query.to ?? null,
      organizationId: scopeOrganization(scopeOf(actor)),
      districtCode: query.districtCode ?? null,
      today: this.clock.today(),
      provinceCode: this.config.provinceCode,
    };
    const source = ReportsRepository.sourceFor(filter);
    if (source === 'rollup') await this.rollups.catchUp();
    const rows = await this.reports.coverage(query.groupBy, query.units, filter, source);
    const totals = rows.find((row) => row.isTotal)!;
    return {
      groupBy: query.groupBy,
      units: query.units,
      rows: rows
        .filter((row) => !row.isTotal)
        .map(({ isTotal: _t, ...row }): CoverageRow => ({
          ...row,
          label: label(query.groupBy, row),
        })),
      totals: {
        conferencesHeld: totals.conferencesHeld ?? 0,
        registrations: totals.registrations,
        attended: totals.attended,
        uniqueParticipants: totals.uniqueParticipants,
        leafletsDelivered: totals.leafletsDelivered ?? 0,
        population: totals.population,
        coveragePct: totals.coveragePct,
      },
    };
  }

  /**
   * The dashboard, computed once per change of the data (ADR 0019): leaders watching the same
   * campaign share one computation. The change counter is read before computing, so a write that
   * lands meanwhile moves it and the next request computes again; the request that follows a
   * write therefore shows it. While a new computation runs, other requests get the previous one
   * if it is younger than DASHBOARD_STALE_MS, instead of waiting for it. On an unchanged counter
   * no request waits. A dashboard computed while a write was under way is answered and
   * recomputed behind it once older than DASHBOARD_STALE_MS; one computed with none under way
   * is final for its counter. Each request reads only the counter.
   */
  async dashboard(query: DashboardQuery): Promise<Dashboard> {
    const today = this.clock.today();
    const key = `${query.campaignId ?? ''}|${today}`;
    const version = await this.reports.changeVersion();
    const cached = this.dashboards.get(key);
    const young = cached !== undefined && performance.now() - cached.at < DASHBOARD_STALE_MS;
    if (cached?.version === version) {
      if (!cached.settled && !young && !this.computing.has(key)) {
        this.computeShared(key, version, query, today).catch((error: unknown) =>
          this.logger.error(`The dashboard could not be recomputed: ${String(error)}`),
        );
      }
      return cached.value;
    }
    const running = this.computing.get(key);
    if (running?.version === version) return cached && young ? cached.value : running.promise;
    return this.computeShared(key, version, query, today);
  }

  /** Computes the dashboard once for every request that waits on `key` at `version`, and keeps it. */
  private async computeShared(
    key: string,
    version: string,
    query: DashboardQuery,
    today: string,
  ): Promise<Dashboard> {
    const at = performance.now();
    // Asked before computing: a write that commits later may be missing from the figures.
    const work = this.reports
      .writesSettled()
      .then(async (settled) => ({ settled, value: await this.computeDashboard(query, today) }));
    const promise = work.then(({ value }) => value);
    // Its failure reaches the requests that wait on it, and the one awaiting `work` below.
    promise.catch(() => undefined);
    this.computing.set(key, { version, promise });
    try {
      const { settled, value } = await work;
      const newer = (this.dashboards.get(key)?.at ?? -1) > at;
      if (!newer) this.dashboards.set(key, { version, settled, at, value });
      return value;
    } finally {
      if (this.computing.get(key)?.promise === promise) this.computing.delete(key);
    }
  }

  private async computeDashboard(query: DashboardQuery, today: string): Promise<Dashboard> {
    const campaign = await this.reports.dashboardCampaign(query.campaignId ?? null, today);
    if (query.campaignId && !campaign) throw AppError.notFound('chiến dịch');
    const campaignId = query.campaignId ?? campaign?.id ?? null;
    await this.rollups.catchUp();
    const data = await this.reports.dashboard(campaignId, today, this.config.provinceCode);
    const communes = data.communes as Array<{
      code: string;
      name: string;
      parentCode: string;
      parentName: string;
      status: 'reached' | 'planned' | 'not_reached';
      conferencesHeld: number;
      participants: number;
    }>;
    return {
      campaign: campaign
        ? {
            id: campaign.id,
            name: campaign.name,
            startsOn: campaign.startsOn,
            endsOn: campaign.endsOn,
          }
        : null,
      targets: {
        conferences: campaign?.conferences ?? 0,
        participants: campaign?.participants ?? 0,
        leaflets: campaign?.leaflets ?? 0,
      },
      actuals: data.actuals,
      byMonth: data.byMonth,
      byDistrict: data.byDistrict,
      communes: communes.map(({ parentName: _p, ...commune }) => commune),
      unreachedCommunes: communes
        .filter((c) => c.status !== 'reached')
        .map(({ code, name, parentCode, parentName }) => ({ code, name, parentCode, parentName })),
      byGroup: data.byGroup.map((r) => ({
        group: r.key,
        uniqueParticipants: r.uniqueParticipants,
      })),
      byGender: data.byGender.map((r) => ({
        gender: r.key,
        uniqueParticipants: r.uniqueParticipants,
      })),
      byAgeBand: data.byAgeBand.map((r) => ({
        ageBand: r.key,
        uniqueParticipants: r.uniqueParticipants,
      })),
    };
  }
}
