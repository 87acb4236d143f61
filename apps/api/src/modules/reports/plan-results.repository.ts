import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MatrixDimension, MatrixMeasure, ReportUnits } from '@canhgiac/contracts';
import { DataSource } from 'typeorm';
import { channelsSql } from './channels.sql';
import { matrixSql } from './matrix.sql';
import { reportSettingsSql } from './report-settings';

export interface PeriodFilter {
  campaignId: string | null;
  from: string | null;
  to: string | null;
  /** The coordinator's organization; null for everyone else. */
  organizationId: string | null;
}

export interface MatrixSqlRow {
  rk: string | null;
  ck: string | null;
  /** GROUPING(rk, ck): 0 a cell, 1 a row total, 2 a column total, 3 the grand total. */
  level: 0 | 1 | 2 | 3;
  n: number;
}

export interface ChannelSqlRow {
  channel: string;
  activities: number;
  views: number;
  shares: number;
  sharers: number;
  messages: number;
  groups: number;
  members: number;
  posts: number;
}

/** The aggregates of the plan's results: channels and the coverage matrix. */
@Injectable()
export class PlanResultsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  channels(filter: PeriodFilter): Promise<ChannelSqlRow[]> {
    return this.dataSource.query(channelsSql, [
      filter.campaignId,
      filter.from,
      filter.to,
      filter.organizationId,
    ]);
  }

  /** The matrix aggregate, with the report's session settings for its own transaction (as coverage). */
  matrix(
    rows: MatrixDimension,
    cols: MatrixDimension,
    measure: MatrixMeasure,
    units: ReportUnits,
    today: string,
    filter: PeriodFilter,
  ): Promise<MatrixSqlRow[]> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(reportSettingsSql);
      return manager.query(matrixSql(rows, cols, measure, units), [
        filter.campaignId,
        filter.from,
        filter.to,
        filter.organizationId,
        today,
      ]);
    });
  }

  /** Names of communes (today's name, or the last one of a unit merged away) and organizations. */
  async labels(
    dimension: 'commune' | 'organization',
    keys: string[],
  ): Promise<Map<string, string>> {
    if (keys.length === 0) return new Map();
    const rows: Array<{ key: string; label: string }> =
      dimension === 'commune'
        ? await this.dataSource.query(
            `SELECT DISTINCT ON (code) code AS key, name AS label FROM admin_unit
             WHERE level = 'commune' AND code = ANY($1::text[]) ORDER BY code, valid_to DESC NULLS FIRST`,
            [keys],
          )
        : await this.dataSource.query(
            `SELECT id::text AS key, name AS label FROM organization WHERE id::text = ANY($1::text[])`,
            [keys],
          );
    return new Map(rows.map((row) => [row.key, row.label]));
  }
}
