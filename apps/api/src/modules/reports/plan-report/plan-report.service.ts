import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  CoverageQuery,
  CoverageReport,
  PlanReportQuery,
  PlanReportTexts,
  PutPlanReportTextsBody,
} from '@canhgiac/contracts';
import { DataSource } from 'typeorm';
import type { Actor } from '../../../common/auth/actor';
import { Clock } from '../../../common/clock';
import { APP_CONFIG } from '../../../config/config.module';
import type { AppConfig } from '../../../config/env.schema';
import { AuditService } from '../../audit/audit.service';
import { CampaignsService } from '../../campaigns/campaigns.service';
import { TargetsService } from '../../targets/targets.service';
import { PlanResultsService } from '../plan-results.service';
import { ReportsService } from '../reports.service';
import type { PlanReportData } from './plan-report.content';
import { PlanReportRepository } from './plan-report.repository';

const measureNames = { participants: 'số người tham gia', conferences: 'số hội nghị' } as const;

/**
 * The results report to the People's Committee: the period's figures from the same reports the
 * dashboard and the coverage page show (coverage, channels, the matrix for targets), with the
 * texts staff wrote for it.
 */
@Injectable()
export class PlanReportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: PlanReportRepository,
    private readonly campaigns: CampaignsService,
    private readonly reports: ReportsService,
    private readonly planResults: PlanResultsService,
    private readonly targets: TargetsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async texts(campaignId: string): Promise<PlanReportTexts> {
    await this.campaigns.get(campaignId);
    return this.repository.findTexts(campaignId);
  }

  saveTexts(
    actor: Actor,
    campaignId: string,
    body: PutPlanReportTextsBody,
  ): Promise<PlanReportTexts> {
    return this.dataSource.transaction(async (manager) => {
      await this.campaigns.get(campaignId, manager);
      await this.repository.upsertTexts(campaignId, body, manager);
      await this.audit.record(manager, actor, {
        action: 'update',
        entity: 'plan_report_draft',
        entityId: campaignId,
        summary: { ...body },
      });
      return this.repository.findTexts(campaignId, manager);
    });
  }

  /** Every figure of the report for the period (the campaign's whole period when none is given). */
  async data(
    actor: Actor,
    query: Pick<PlanReportQuery, 'campaignId' | 'from' | 'to'>,
  ): Promise<PlanReportData> {
    const campaign = await this.campaigns.get(query.campaignId);
    const from = query.from ?? campaign.startsOn;
    const to = query.to ?? campaign.endsOn;
    const period = { campaignId: campaign.id, from, to };
    const coverage = (groupBy: CoverageQuery['groupBy']): Promise<CoverageReport> =>
      this.reports.coverage(actor, { ...period, groupBy, format: 'json' } as CoverageQuery);

    const [
      texts,
      byCommune,
      byGroup,
      byOrganization,
      channels,
      leaflets,
      communesTotal,
      participantsMatrix,
      conferencesMatrix,
      targetItems,
    ] = await Promise.all([
      this.repository.findTexts(campaign.id),
      coverage('commune'),
      coverage('group'),
      coverage('organization'),
      this.planResults.channels(actor, period),
      this.repository.leaflets(campaign.id, from, to),
      this.repository.communesTotal(this.config.provinceCode, this.clock.today()),
      this.planResults.matrix(actor, {
        ...period,
        rows: 'commune',
        cols: 'organization',
        measure: 'uniqueParticipants',
        units: 'current',
      }),
      this.planResults.matrix(actor, {
        ...period,
        rows: 'commune',
        cols: 'organization',
        measure: 'conferencesHeld',
        units: 'current',
      }),
      this.targets.get(actor, campaign.id),
    ]);
    const totals = byCommune.totals;

    // Each target against the matrix's figure for its commune, organization, or both.
    const matrices = { participants: participantsMatrix, conferences: conferencesMatrix };
    const targets: PlanReportData['targets'] = [
      {
        subject: 'Toàn kế hoạch',
        measure: 'số hội nghị',
        actual: totals.conferencesHeld,
        target: campaign.targetConferences,
      },
      {
        subject: 'Toàn kế hoạch',
        measure: 'số người tham gia',
        actual: totals.uniqueParticipants,
        target: campaign.targetParticipants,
      },
      {
        subject: 'Toàn kế hoạch',
        measure: 'số tờ rơi phát',
        actual: totals.leafletsDelivered,
        target: campaign.targetLeaflets,
      },
    ];
    for (const item of targetItems.items) {
      for (const field of ['participants', 'conferences'] as const) {
        const target = item[field];
        if (target === null) continue;
        const m = matrices[field];
        const i = m.rows.findIndex((r) => r.key === item.communeCode);
        const j = m.cols.findIndex((c) => c.key === item.organizationId);
        const actual =
          item.communeCode && item.organizationId
            ? i >= 0 && j >= 0
              ? m.cells[i][j]
              : 0
            : item.communeCode
              ? (m.rowTotals[i] ?? 0)
              : (m.colTotals[j] ?? 0);
        const subject = [item.communeName ?? item.communeCode, item.organizationName]
          .filter(Boolean)
          .join(' – ');
        targets.push({ subject, measure: measureNames[field], actual, target });
      }
    }

    const communeTargets = new Map<string, number>();
    participantsMatrix.rows.forEach((row, i) => {
      const target = participantsMatrix.rowTargets[i];
      if (row.key && target !== null) communeTargets.set(row.key, target);
    });
    const certificate = campaign.certificate;
    return {
      parentBody: certificate.parentBody,
      issuer: certificate.issuer,
      issuerCode:
        certificate.serialSuffix.split('-').slice(1).join('-') || certificate.serialSuffix,
      place: certificate.issuePlace,
      signerTitle: certificate.signerTitle,
      signerName: certificate.signerName,
      campaignName: campaign.name,
      from,
      to,
      issuedOn: this.clock.today(),
      texts,
      conferences: { held: totals.conferencesHeld, target: campaign.targetConferences },
      participants: {
        attended: totals.attended,
        unique: totals.uniqueParticipants,
        target: campaign.targetParticipants,
      },
      byGroup: byGroup.rows
        .filter((row) => row.uniqueParticipants > 0)
        .map((row) => ({ label: row.label, unique: row.uniqueParticipants })),
      byOrganization: byOrganization.rows
        .filter((row) => row.attended > 0)
        .map((row) => ({
          label: row.label,
          attended: row.attended,
          unique: row.uniqueParticipants,
        })),
      communes: {
        reached: byCommune.rows.filter((row) => (row.conferencesHeld ?? 0) > 0).length,
        total: communesTotal,
      },
      leaflets: {
        ...leaflets,
        delivered: totals.leafletsDelivered,
        target: campaign.targetLeaflets,
      },
      channels,
      targets,
      communeRows: byCommune.rows
        .filter(
          (row) =>
            (row.conferencesHeld ?? 0) > 0 ||
            row.attended > 0 ||
            (row.leafletsDelivered ?? 0) > 0 ||
            (row.key !== null && communeTargets.has(row.key)),
        )
        .map((row) => ({
          label: row.label,
          held: row.conferencesHeld ?? 0,
          attended: row.attended,
          unique: row.uniqueParticipants,
          leaflets: row.leafletsDelivered ?? 0,
          target: row.key === null ? null : (communeTargets.get(row.key) ?? null),
        })),
    };
  }
}
