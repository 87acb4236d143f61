import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ImportResult, ImportRowError } from '@canhgiac/contracts';
import { DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import type { Actor } from '../../../common/auth/actor';
import { scopeOf, scopeOrganization } from '../../../common/auth/scope';
import { AppError } from '../../../common/errors/app-error';
import type { UploadedFile } from '../../../common/http/multipart';
import { todayInVietnam } from '../../../common/time';
import { bulkLoad, type CopyValue } from '../../../database/bulk-load';
import { AuditService } from '../../audit/audit.service';
import { ConferencesService } from '../../conferences/conferences.service';
import { RegistrationsRepository } from '../registrations.repository';
import { conferenceFull } from '../registrations.service';
import { detectFormat, readRows } from './import-file-reader';
import { type ColumnMap, isBlank, mapHeader, parseRow } from './import-rows';
import { StagingSql } from './staging.sql';

interface HeaderState {
  map?: ColumnMap;
}

/** At most this many row errors are listed; the total is always given. */
const MAX_LISTED_ERRORS = 5_000;

const STAGING_COLUMNS = [
  { name: 'row_no', type: 'integer' },
  { name: 'full_name', type: 'text' },
  { name: 'gender', type: 'text' },
  { name: 'birth_year', type: 'smallint' },
  { name: 'phone', type: 'varchar(10)' },
  { name: 'commune_code', type: 'varchar(10)' },
  { name: 'group_code', type: 'text' },
  { name: 'organization_id', type: 'uuid' },
];

class RowErrors {
  readonly listed: ImportRowError[] = [];
  total = 0;

  add(errors: ImportRowError[]) {
    this.total += errors.length;
    for (const error of errors) if (this.listed.length < MAX_LISTED_ERRORS) this.listed.push(error);
  }

  toAppError(): AppError {
    const sorted = [...this.listed].sort((a, b) => a.row - b.row);
    return new AppError('FILE_ROWS_INVALID', `Tệp có ${this.total} lỗi, chưa nhập dòng nào. Hãy sửa các dòng được nêu rồi nhập lại.`, {
      extra: { errors: sorted, totalErrors: this.total },
    });
  }
}

/** The check-in code is random; a clash within one conference is rare and simply retried. */
const isCodeClash = (error: unknown) =>
  error instanceof QueryFailedError && (error.driverError as { constraint?: string }).constraint === 'registration_code';

/**
 * Imports an association's member list into a conference, all or nothing: the file streams into
 * a staging table (COPY on PostgreSQL), every row is validated, and if any is invalid nothing is
 * written. Then a handful of set-based statements match people by the duplicate rule, add the
 * new ones and register everyone not registered yet. A dry run does the same and rolls back.
 */
@Injectable()
export class RegistrationImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly conferences: ConferencesService,
    private readonly audit: AuditService,
    private readonly registrations: RegistrationsRepository,
  ) {}

  async import(actor: Actor, conferenceId: string, file: UploadedFile, dryRun: boolean): Promise<ImportResult> {
    const format = detectFormat(file.filename, file.mimeType);
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      const result = await this.run(actor, conferenceId, file, format, dryRun, runner.manager);
      if (dryRun) await runner.rollbackTransaction();
      else await runner.commitTransaction();
      return result;
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.release();
    }
  }

  private async run(
    actor: Actor,
    conferenceId: string,
    file: UploadedFile,
    format: 'csv' | 'xlsx',
    dryRun: boolean,
    manager: EntityManager,
  ): Promise<ImportResult> {
    const conference = await this.conferences.get(conferenceId, manager);
    if (conference.status === 'cancelled') throw new AppError('CONFERENCE_CANCELLED', 'Hội nghị đã bị hủy, không thể đăng ký');
    const sql = new StagingSql(manager);
    // Serializes with other registrations of this conference until the end of the transaction.
    await sql.lockConference(conferenceId);
    await sql.createStaging();

    const errors = new RowErrors();
    const forcedOrganization = scopeOrganization(scopeOf(actor));
    const header: HeaderState = {};
    const rows = await bulkLoad(manager, 'import_row', STAGING_COLUMNS, this.validRows(file, format, errors, forcedOrganization, header));
    if (errors.total === 0 && rows === 0) {
      throw new AppError('VALIDATION_FAILED', 'Tệp không có dòng dữ liệu nào', { details: [{ path: 'file', message: 'Tệp trống' }] });
    }
    if (errors.total === 0) {
      const referenceErrors = await sql.referenceErrors(todayInVietnam(), forcedOrganization === null);
      errors.add(referenceErrors.map((e) => ({ ...e, column: header.map?.headerOf[e.column as 'communeCode'] ?? e.column })));
    }
    if (errors.total > 0) throw errors.toAppError();

    await sql.matchPeople(true);
    await sql.insertNewPeople(forcedOrganization);
    await sql.matchPeople(false);
    const { created, matchedExisting } = await this.registerWithRetry(sql, conferenceId, forcedOrganization, actor.id);
    if (!(await this.registrations.takeSeats(conferenceId, created, manager))) throw conferenceFull(conference.capacity);
    await sql.touchPeople();
    const result = { rows, created, matchedExisting, alreadyRegistered: rows - created, dryRun };
    await this.audit.record(manager, actor, {
      action: 'import',
      entity: 'registration',
      entityId: conferenceId,
      summary: { file: file.filename, format, rows, created, matchedExisting, alreadyRegistered: rows - created },
    });
    return result;
  }

  private async registerWithRetry(sql: StagingSql, conferenceId: string, organizationId: string | null, userId: string) {
    for (let attempt = 1; ; attempt += 1) {
      await sql.savepoint();
      try {
        return await sql.register(conferenceId, organizationId, userId);
      } catch (error) {
        await sql.rollbackToSavepoint();
        if (!isCodeClash(error) || attempt >= 5) throw error;
      }
    }
  }

  /** Yields the valid rows for staging while collecting every error; after the first error nothing more is staged. */
  private async *validRows(
    file: UploadedFile,
    format: 'csv' | 'xlsx',
    errors: RowErrors,
    forcedOrganization: string | null,
    header: HeaderState,
  ): AsyncGenerator<CopyValue[]> {
    let map: ColumnMap | undefined;
    for await (const { row, cells } of readRows(file.open(), format)) {
      if (!map) {
        const mapped = mapHeader(cells);
        map = header.map = mapped.map;
        errors.add(mapped.errors);
        if (mapped.errors.length > 0) return;
        continue;
      }
      if (isBlank(cells)) continue;
      const parsed = parseRow(row, cells, map);
      if (parsed.value && forcedOrganization && parsed.value.organizationId && parsed.value.organizationId !== forcedOrganization) {
        parsed.errors.push({ row, column: map.headerOf.organizationId ?? 'organizationId', message: 'Điều phối viên chỉ nhập thành viên của tổ chức mình' });
        parsed.value = undefined;
      }
      errors.add(parsed.errors);
      if (!parsed.value || errors.total > 0) continue;
      const v = parsed.value;
      yield [row, v.fullName, v.gender, v.birthYear, v.phone, v.communeCode, v.group, forcedOrganization ?? v.organizationId];
    }
    if (!map) errors.add([{ row: 1, column: '', message: 'Tệp không có dòng tiêu đề' }]);
  }
}
