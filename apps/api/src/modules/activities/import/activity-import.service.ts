import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ACTIVITY_IMPORT_MAX_ROWS,
  type ActivityImportResult,
  type ImportRowError,
} from '@canhgiac/contracts';
import { DataSource } from 'typeorm';
import type { Actor } from '../../../common/auth/actor';
import { AppError } from '../../../common/errors/app-error';
import type { UploadedFile } from '../../../common/http/multipart';
import { APP_CONFIG } from '../../../config/config.module';
import type { AppConfig } from '../../../config/env.schema';
import { AuditService } from '../../audit/audit.service';
import { CampaignsService } from '../../campaigns/campaigns.service';
import { detectFormat, readLimits, readRows } from '../../registrations/import/import-file-reader';
import { ActivitiesRepository, type NewActivity } from '../activities.repository';
import { ActivitiesService } from '../activities.service';
import {
  type ActivityColumnMap,
  type ActivityImportRow,
  mapActivityHeader,
  parseActivityRow,
} from './activity-rows';

/** At most this many row errors are listed; the total is always given. */
const MAX_LISTED_ERRORS = 1_000;

/**
 * Imports the media team's spreadsheet of activities, all or nothing: every row is read and
 * checked first, and if any is wrong nothing is written and every problem is named by row and
 * column (422). Then all rows go in with two statements in one transaction.
 */
@Injectable()
export class ActivityImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly activities: ActivitiesService,
    private readonly repository: ActivitiesRepository,
    private readonly campaigns: CampaignsService,
    private readonly audit: AuditService,
  ) {}

  async import(
    actor: Actor,
    campaignId: string,
    file: UploadedFile,
  ): Promise<ActivityImportResult> {
    await this.campaigns.get(campaignId);
    const format = detectFormat(file.filename, file.mimeType);
    const errors: ImportRowError[] = [];
    let totalErrors = 0;
    const addErrors = (found: ImportRowError[]) => {
      totalErrors += found.length;
      for (const error of found) if (errors.length < MAX_LISTED_ERRORS) errors.push(error);
    };

    const rows: ActivityImportRow[] = [];
    let map: ActivityColumnMap | undefined;
    for await (const { row, cells } of readRows(
      file,
      format,
      readLimits(ACTIVITY_IMPORT_MAX_ROWS, this.config.import.maxUnzippedBytes),
    )) {
      if (!map) {
        const mapped = mapActivityHeader(cells);
        map = mapped.map;
        addErrors(mapped.errors);
        if (mapped.errors.length > 0) break;
        continue;
      }
      if (cells.every((cell) => cell.trim() === '')) continue;
      if (rows.length + totalErrors >= ACTIVITY_IMPORT_MAX_ROWS) {
        throw new AppError(
          'VALIDATION_FAILED',
          `Mỗi lần nhập tối đa ${ACTIVITY_IMPORT_MAX_ROWS.toLocaleString('vi-VN')} dòng`,
          {
            details: [
              {
                path: 'file',
                message: `Tệp có hơn ${ACTIVITY_IMPORT_MAX_ROWS} dòng: hãy chia thành nhiều tệp`,
              },
            ],
          },
        );
      }
      const parsed = parseActivityRow(row, cells, map);
      addErrors(parsed.errors);
      if (parsed.value) rows.push(parsed.value);
    }
    if (!map) addErrors([{ row: 1, column: '', message: 'Tệp không có dòng tiêu đề' }]);
    if (totalErrors === 0 && rows.length === 0) {
      throw new AppError('VALIDATION_FAILED', 'Tệp không có dòng dữ liệu nào', {
        details: [{ path: 'file', message: 'Tệp trống' }],
      });
    }

    const isCommune = await this.activities.communesOn();
    const organizationId = await this.activities.organizationFor(actor, null);
    const activities: NewActivity[] = [];
    for (const row of rows) {
      const rowErrors: ImportRowError[] = [];
      if (row.communeCode && !isCommune(row.communeCode, row.startsOn)) {
        rowErrors.push({
          row: row.row,
          column: map?.headerOf.communeCode ?? 'Mã xã',
          message: `Không có xã/phường/thị trấn với mã ${row.communeCode}`,
        });
      }
      addErrors(rowErrors);
      activities.push({
        ...row,
        id: randomUUID(),
        organizationId,
        metricsAsOf: this.activities.metricsDay(undefined, row.startsOn),
      });
    }
    if (totalErrors > 0) {
      throw new AppError(
        'FILE_ROWS_INVALID',
        `Tệp có ${totalErrors} lỗi, chưa nhập dòng nào. Hãy sửa các dòng được nêu rồi nhập lại.`,
        {
          extra: { errors: [...errors].sort((a, b) => a.row - b.row), totalErrors },
        },
      );
    }

    return this.dataSource.transaction(async (manager) => {
      await this.campaigns.get(campaignId, manager);
      await this.repository.insertMany(campaignId, activities, manager);
      await this.audit.record(manager, actor, {
        action: 'import',
        entity: 'outreach_activity',
        entityId: campaignId,
        summary: { file: file.filename, format, rows: activities.length },
      });
      return { imported: activities.length };
    });
  }
}
