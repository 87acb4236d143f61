import { Injectable } from '@nestjs/common';
import {
  type ActivityChannel,
  activityChannelLabels,
  type ChannelsQuery,
  type ChannelsReport,
  type Matrix,
  type MatrixDimension,
  type MatrixQuery,
  participantGroupLabels,
  participantGroups,
  channelFigures,
} from '@canhgiac/contracts';
import type { Actor } from '../../common/auth/actor';
import { scopeOf, scopeOrganization } from '../../common/auth/scope';
import { CampaignsService } from '../campaigns/campaigns.service';
import type { TargetFigures } from '../targets/targets.sql';
import { TargetsService } from '../targets/targets.service';
import { PlanResultsRepository } from './plan-results.repository';
import { Clock } from '../../common/clock';

const fallbackLabels: Record<MatrixDimension, string> = {
  commune: 'Không xác định xã',
  organization: 'Không thuộc tổ chức',
  group: 'Không rõ',
  month: 'Không rõ',
};

/** Which target figure a measure is compared with. */
const targetField = {
  uniqueParticipants: 'participants',
  attended: 'participants',
  conferencesHeld: 'conferences',
} as const;

/** The key of a target along a dimension; undefined where targets are not set along it. */
const targetKey = (dimension: MatrixDimension, target: TargetFigures) =>
  dimension === 'commune'
    ? target.communeCode
    : dimension === 'organization'
      ? target.organizationId
      : undefined;

/**
 * The channels report and the coverage matrix. Aggregates only; a coordinator's figures are the
 * coordinator's organization's, as in the coverage report.
 */
@Injectable()
export class PlanResultsService {
  constructor(
    private readonly repository: PlanResultsRepository,
    private readonly campaigns: CampaignsService,
    private readonly targets: TargetsService,
    private readonly clock: Clock,
  ) {}

  async channels(
    actor: Actor,
    query: Pick<ChannelsQuery, 'campaignId' | 'from' | 'to'>,
  ): Promise<ChannelsReport> {
    if (query.campaignId) await this.campaigns.get(query.campaignId);
    const rows = await this.repository.channels({
      campaignId: query.campaignId ?? null,
      from: query.from ?? null,
      to: query.to ?? null,
      organizationId: scopeOrganization(scopeOf(actor)),
    });
    const totals = Object.fromEntries(
      channelFigures.map((key) => [key, rows.reduce((sum, row) => sum + Number(row[key]), 0)]),
    ) as ChannelsReport['totals'];
    return {
      rows: rows.map((row) => ({
        ...Object.fromEntries(channelFigures.map((key) => [key, Number(row[key])])),
        channel: row.channel as ActivityChannel,
        label: activityChannelLabels[row.channel as ActivityChannel],
      })) as ChannelsReport['rows'],
      totals,
    };
  }

  async matrix(actor: Actor, query: Omit<MatrixQuery, 'format'>): Promise<Matrix> {
    if (query.campaignId) await this.campaigns.get(query.campaignId);
    const organizationId = scopeOrganization(scopeOf(actor));
    const today = this.clock.today();
    const [facts, targets] = await Promise.all([
      this.repository.matrix(query.rows, query.cols, query.measure, query.units, today, {
        campaignId: query.campaignId ?? null,
        from: query.from ?? null,
        to: query.to ?? null,
        organizationId,
      }),
      query.campaignId
        ? this.targets.figures(query.campaignId, query.units, organizationId, today)
        : Promise.resolve([]),
    ]);
    const field = targetField[query.measure];
    const withFigure = targets.filter((target) => target[field] !== null);

    // Rows and columns: every key with a figure or a target; a coordinator always sees their own column.
    const keysOf = (dimension: MatrixDimension, level: 1 | 2) => {
      const keys = new Set<string | null>(
        facts.filter((f) => f.level === level).map((f) => (level === 1 ? f.rk : f.ck)),
      );
      for (const target of withFigure) {
        const key = targetKey(dimension, target);
        if (key) keys.add(key);
      }
      if (dimension === 'organization' && organizationId) keys.add(organizationId);
      return [...keys];
    };
    const [rowHeaders, colHeaders] = await Promise.all([
      this.headers(query.rows, keysOf(query.rows, 1)),
      this.headers(query.cols, keysOf(query.cols, 2)),
    ]);
    const rowIndex = new Map(rowHeaders.map((h, i) => [h.key, i]));
    const colIndex = new Map(colHeaders.map((h, i) => [h.key, i]));

    const cells = rowHeaders.map(() => colHeaders.map(() => 0));
    const rowTotals = rowHeaders.map(() => 0);
    const colTotals = colHeaders.map(() => 0);
    let total = 0;
    for (const fact of facts) {
      if (fact.level === 0) cells[rowIndex.get(fact.rk)!][colIndex.get(fact.ck)!] = fact.n;
      else if (fact.level === 1) rowTotals[rowIndex.get(fact.rk)!] = fact.n;
      else if (fact.level === 2) colTotals[colIndex.get(fact.ck)!] = fact.n;
      else total = fact.n;
    }

    // Targets: a cell's from commune × organization targets, a row's or a column's from its own
    // target, else the sum of its cells' targets.
    const cellTargets: Array<Array<number | null>> = rowHeaders.map(() =>
      colHeaders.map(() => null),
    );
    const rowTargets: Array<number | null> = rowHeaders.map(() => null);
    const colTargets: Array<number | null> = colHeaders.map(() => null);
    const add = (list: Array<number | null>, index: number | undefined, value: number) => {
      if (index !== undefined) list[index] = (list[index] ?? 0) + value;
    };
    for (const target of withFigure) {
      const value = target[field]!;
      const r = targetKey(query.rows, target);
      const c = targetKey(query.cols, target);
      const both = target.communeCode !== null && target.organizationId !== null;
      if (both && r && c) add(cellTargets[rowIndex.get(r)!], colIndex.get(c), value);
      else if (!both && r) add(rowTargets, rowIndex.get(r), value);
      else if (!both && c) add(colTargets, colIndex.get(c), value);
    }
    rowHeaders.forEach((_, i) => {
      if (rowTargets[i] === null && cellTargets[i].some((v) => v !== null))
        rowTargets[i] = cellTargets[i].reduce<number>((s, v) => s + (v ?? 0), 0);
    });
    colHeaders.forEach((_, j) => {
      if (colTargets[j] === null && cellTargets.some((row) => row[j] !== null))
        colTargets[j] = cellTargets.reduce<number>((s, row) => s + (row[j] ?? 0), 0);
    });

    return {
      measure: query.measure,
      units: query.units,
      rows: rowHeaders,
      cols: colHeaders,
      cells,
      targets: cellTargets,
      rowTotals,
      colTotals,
      rowTargets,
      colTargets,
      total,
    };
  }

  /** Labels and order: communes by official code, months by date, groups in their list's order, organizations by name. */
  private async headers(
    dimension: MatrixDimension,
    keys: Array<string | null>,
  ): Promise<Array<{ key: string | null; label: string }>> {
    const known = keys.filter((key): key is string => key !== null);
    const names =
      dimension === 'commune' || dimension === 'organization'
        ? await this.repository.labels(dimension, known)
        : new Map<string, string>();
    const label = (key: string | null): string => {
      if (key === null) return fallbackLabels[dimension];
      if (dimension === 'group')
        return participantGroupLabels[key as keyof typeof participantGroupLabels] ?? key;
      if (dimension === 'month') {
        const [year, month] = key.split('-');
        return `Tháng ${month}/${year}`;
      }
      return names.get(key) ?? key;
    };
    const headers = keys.map((key) => ({ key, label: label(key) }));
    const rank = (key: string) => (participantGroups as readonly string[]).indexOf(key);
    return headers.sort((a, b) => {
      if (a.key === null || b.key === null) return a.key === null ? (b.key === null ? 0 : 1) : -1;
      if (dimension === 'organization')
        return a.label.localeCompare(b.label, 'vi') || a.key.localeCompare(b.key);
      if (dimension === 'group') return rank(a.key) - rank(b.key);
      return a.key.localeCompare(b.key);
    });
  }
}
