import { Inject, Injectable } from '@nestjs/common';
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
@Injectable()
export class ReportsService {
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

  async dashboard(query: DashboardQuery): Promise<Dashboard> {
    const today = this.clock.today();
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
