import { once } from 'node:events';
import * as fs from 'node:fs';
import * as readline from 'node:readline';
import { finished } from 'node:stream/promises';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ImportResult, ImportRowError, TranslatedCommune } from '@canhgiac/contracts';
import { DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import type { Actor } from '../../../common/auth/actor';
import { scopeOf, scopeOrganization } from '../../../common/auth/scope';
import { AppError } from '../../../common/errors/app-error';
import type { UploadedFile } from '../../../common/http/multipart';
import { Clock } from '../../../common/clock';
import { APP_CONFIG } from '../../../config/config.module';
import type { AppConfig } from '../../../config/env.schema';
import { bulkLoad, type CopyValue } from '../../../database/bulk-load';
import { AdminUnitsService } from '../../admin-units/admin-units.service';
import { AuditService } from '../../audit/audit.service';
import { ConferencesService } from '../../conferences/conferences.service';
import { RegistrationsRepository } from '../registrations.repository';
import { conferenceFull } from '../registrations.service';
import { detectFormat, type ReadLimits, readLimits, readRows } from './import-file-reader';
import { type ColumnMap, isBlank, mapHeader, parseRow } from './import-rows';
import { StagingSql } from './staging.sql';

/** At most this many row errors are listed; reading stops once that many are found. */
const MAX_LISTED_ERRORS = 1_000;
/** `StagingSql.referenceErrors` returns at most this many: reaching it means there may be more. */
const REFERENCE_ERRORS_LIMIT = 5_000;
/** Reading a file gives the event loop back this often, so other requests go on meanwhile. */
const YIELD_EVERY_MS = 10;
/** Imports writing at once; the others wait their turn holding no connection and no lock. */
const CONCURRENT_WRITES = 2;

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

const count = (n: number) => n.toLocaleString('vi-VN');

class RowErrors {
  readonly listed: ImportRowError[] = [];
  total = 0;
  /** The row where reading stopped because enough errors were found; the total is then a minimum. */
  stoppedAt?: number;

  get full(): boolean {
    return this.total >= MAX_LISTED_ERRORS;
  }

  add(errors: ImportRowError[]) {
    this.total += errors.length;
    for (const error of errors) if (this.listed.length < MAX_LISTED_ERRORS) this.listed.push(error);
  }

  toAppError(): AppError {
    const sorted = [...this.listed].sort((a, b) => a.row - b.row);
    const atLeast = this.stoppedAt !== undefined;
    const message = atLeast
      ? `Tệp có ít nhất ${count(this.total)} lỗi, chưa nhập dòng nào. Đã dừng kiểm tra ở dòng ${count(this.stoppedAt!)}: hãy sửa các dòng được nêu rồi nhập lại.`
      : `Tệp có ${count(this.total)} lỗi, chưa nhập dòng nào. Hãy sửa các dòng được nêu rồi nhập lại.`;
    return new AppError('FILE_ROWS_INVALID', message, {
      extra: { errors: sorted, totalErrors: this.total, totalErrorsAtLeast: atLeast },
    });
  }
}

/** At most `size` at once; the others wait in order, holding nothing. */
class Turns {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly size: number) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running < this.size) this.running += 1;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running -= 1;
    }
  }
}

/** A file whose every row is valid, its rows spooled beside it on disk (one JSON array a line). */
interface CheckedFile {
  rows: number;
  spool: string;
  map: ColumnMap;
  /** Rows whose commune was a former code or name: the first ones, and how many in all. */
  translated: TranslatedCommune[];
  translatedTotal: number;
}

/** How many translated rows an import lists (it counts them all). */
const TRANSLATIONS_LISTED = 1_000;

async function* spooledRows(spool: string): AsyncGenerator<CopyValue[]> {
  const lines = readline.createInterface({
    input: fs.createReadStream(spool),
    crlfDelay: Infinity,
  });
  for await (const line of lines) if (line) yield JSON.parse(line) as CopyValue[];
}

/** The check-in code is random; a clash within one conference is rare and simply retried. */
const isCodeClash = (error: unknown) =>
  error instanceof QueryFailedError &&
  (error.driverError as { constraint?: string }).constraint === 'registration_code';

/**
 * Imports an association's member list into a conference, all or nothing, in two steps:
 *
 * 1. Check, with no transaction and no lock: the file is read (streaming, giving the event loop
 *    back every few milliseconds) and every row validated; valid rows are spooled to a file beside
 *    the upload. Reading stops at the first 1,000 errors, and a file of more than
 *    `IMPORT_MAX_ROWS` data rows (or twice as many rows counting blank ones) is refused (413).
 *    Any error: 422, and the database was never used.
 * 2. Write, in one transaction, at most two imports at a time: lock the conference, COPY the
 *    spooled rows into a staging table, check references, then a handful of set-based statements
 *    match people by the duplicate rule, add the new ones and register everyone not registered
 *    yet. A dry run does the same and rolls back.
 */
@Injectable()
export class RegistrationImportService {
  private readonly writes = new Turns(CONCURRENT_WRITES);
  private readonly limits: ReadLimits;
  private readonly maxRows: number;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly conferences: ConferencesService,
    private readonly audit: AuditService,
    private readonly registrations: RegistrationsRepository,
    private readonly adminUnits: AdminUnitsService,
    private readonly clock: Clock,
  ) {
    this.maxRows = config.import.maxRows;
    this.limits = readLimits(config.import.maxRows, config.import.maxUnzippedBytes);
  }

  async import(
    actor: Actor,
    conferenceId: string,
    file: UploadedFile,
    dryRun: boolean,
  ): Promise<ImportResult> {
    const format = detectFormat(file.filename, file.mimeType);
    await this.checkConference(conferenceId);
    const forcedOrganization = scopeOrganization(scopeOf(actor));
    const checked = await this.check(file, format, forcedOrganization);
    return this.writes.run(async () => {
      const runner = this.dataSource.createQueryRunner();
      await runner.connect();
      await runner.startTransaction();
      try {
        const result = await this.write(
          actor,
          conferenceId,
          file,
          format,
          dryRun,
          checked,
          forcedOrganization,
          runner.manager,
        );
        if (dryRun) await runner.rollbackTransaction();
        else await runner.commitTransaction();
        return result;
      } catch (error) {
        if (runner.isTransactionActive) await runner.rollbackTransaction();
        throw error;
      } finally {
        await runner.release();
      }
    });
  }

  private async checkConference(conferenceId: string, manager?: EntityManager) {
    const conference = await this.conferences.get(conferenceId, manager);
    if (conference.status === 'cancelled')
      throw new AppError('CONFERENCE_CANCELLED', 'Hội nghị đã bị hủy, không thể đăng ký');
    return conference;
  }

  /** Reads and validates the whole file, outside any transaction; throws 422 (or 413, 400) on any problem. */
  private async check(
    file: UploadedFile,
    format: 'csv' | 'xlsx',
    forcedOrganization: string | null,
  ): Promise<CheckedFile> {
    const errors = new RowErrors();
    const spool = file.scratch('rows.ndjson');
    const out = fs.createWriteStream(spool);
    const written = finished(out);
    written.catch(() => undefined); // raised below, once reading has stopped
    let map: ColumnMap | undefined;
    let rows = 0;
    // Today's communes and every former one of the province, loaded once for the whole file.
    const resolveCommune = await this.adminUnits.communeResolver();
    const translated: TranslatedCommune[] = [];
    let translatedTotal = 0;
    /** Rows after the header, blank ones too: a file of blank lines costs time to read as well. */
    let lines = 0;
    let lastTurn = performance.now();
    try {
      for await (const { row, cells } of readRows(file, format, this.limits)) {
        if (performance.now() - lastTurn > YIELD_EVERY_MS) {
          await nextTurn();
          lastTurn = performance.now();
        }
        if (!map) {
          const mapped = mapHeader(cells);
          map = mapped.map;
          errors.add(mapped.errors);
          if (mapped.errors.length > 0) break;
          continue;
        }
        lines += 1;
        if (lines > this.maxRows * 2) {
          throw new AppError(
            'PAYLOAD_TOO_LARGE',
            `Tệp có hơn ${count(this.maxRows * 2)} dòng, kể cả dòng trống`,
            {
              details: [
                {
                  path: 'file',
                  message:
                    'Hãy xóa các dòng trống ở cuối danh sách, hoặc chia danh sách thành nhiều tệp',
                },
              ],
            },
          );
        }
        if (isBlank(cells)) continue;
        rows += 1;
        if (rows > this.maxRows) {
          throw new AppError(
            'PAYLOAD_TOO_LARGE',
            `Tệp có hơn ${count(this.maxRows)} dòng dữ liệu`,
            {
              details: [
                {
                  path: 'file',
                  message: `Mỗi lần nhập tối đa ${count(this.maxRows)} dòng: hãy chia danh sách thành nhiều tệp`,
                },
              ],
            },
          );
        }
        const parsed = parseRow(row, cells, map);
        if (
          parsed.value &&
          forcedOrganization &&
          parsed.value.organizationId &&
          parsed.value.organizationId !== forcedOrganization
        ) {
          parsed.errors.push({
            row,
            column: map.headerOf.organizationId ?? 'organizationId',
            message: 'Điều phối viên chỉ nhập thành viên của tổ chức mình',
          });
          parsed.value = undefined;
        }
        errors.add(parsed.errors);
        if (errors.full) {
          errors.stoppedAt = row;
          break;
        }
        if (parsed.value) {
          // A former code or name ("Thị trấn Yên Định", "14224") is read as today's unit.
          try {
            const resolved = resolveCommune(parsed.value.communeCode);
            if (resolved.translated) {
              translatedTotal += 1;
              if (translated.length < TRANSLATIONS_LISTED)
                translated.push({
                  row,
                  given: parsed.value.communeCode,
                  code: resolved.unit.code,
                  name: resolved.unit.name,
                });
            }
            parsed.value = { ...parsed.value, communeCode: resolved.unit.code };
          } catch (error) {
            if (!(error instanceof AppError)) throw error;
            errors.add([
              {
                row,
                column: map.headerOf.communeCode ?? 'communeCode',
                message: error.options.details?.[0]?.message ?? error.message,
              },
            ]);
            parsed.value = undefined;
          }
        }
        if (!parsed.value || errors.total > 0) continue;
        const v = parsed.value;
        const line = `${JSON.stringify([row, v.fullName, v.gender, v.birthYear, v.phone, v.communeCode, v.group, forcedOrganization ?? v.organizationId])}\n`;
        if (!out.write(line)) await once(out, 'drain');
      }
    } finally {
      out.end();
    }
    await written;
    if (!map) errors.add([{ row: 1, column: '', message: 'Tệp không có dòng tiêu đề' }]);
    if (errors.total > 0) throw errors.toAppError();
    if (rows === 0) {
      throw new AppError('VALIDATION_FAILED', 'Tệp không có dòng dữ liệu nào', {
        details: [{ path: 'file', message: 'Tệp trống' }],
      });
    }
    return { rows, spool, map: map!, translated, translatedTotal };
  }

  private async write(
    actor: Actor,
    conferenceId: string,
    file: UploadedFile,
    format: 'csv' | 'xlsx',
    dryRun: boolean,
    checked: CheckedFile,
    forcedOrganization: string | null,
    manager: EntityManager,
  ): Promise<ImportResult> {
    const conference = await this.checkConference(conferenceId, manager);
    const sql = new StagingSql(manager);
    // Serializes with other registrations of this conference until the end of the transaction.
    await sql.lockConference(conferenceId);
    await sql.createStaging();
    const rows = await bulkLoad(manager, 'import_row', STAGING_COLUMNS, spooledRows(checked.spool));
    if (rows !== checked.rows)
      throw new Error(`the spool holds ${rows} rows, ${checked.rows} were checked`);

    const referenceErrors = await sql.referenceErrors(
      this.clock.today(),
      forcedOrganization === null,
    );
    if (referenceErrors.length > 0) {
      const errors = new RowErrors();
      errors.add(
        referenceErrors.map((e) => ({
          ...e,
          column: checked.map.headerOf[e.column as 'communeCode'] ?? e.column,
        })),
      );
      if (referenceErrors.length >= REFERENCE_ERRORS_LIMIT)
        errors.stoppedAt = Math.max(...referenceErrors.map((e) => e.row));
      throw errors.toAppError();
    }

    await sql.matchPeople(true);
    await sql.insertNewPeople(forcedOrganization);
    await sql.matchPeople(false);
    const { created, matchedExisting } = await this.registerWithRetry(
      sql,
      conferenceId,
      forcedOrganization,
      actor.id,
    );
    if (!(await this.registrations.takeSeats(conferenceId, created, manager)))
      throw conferenceFull(conference.capacity);
    await sql.touchPeople();
    const result = {
      rows,
      created,
      matchedExisting,
      alreadyRegistered: rows - created,
      dryRun,
      ...(checked.translatedTotal > 0
        ? {
            translatedCommunes: checked.translated,
            translatedCommunesTotal: checked.translatedTotal,
          }
        : {}),
    };
    await this.audit.record(manager, actor, {
      action: 'import',
      entity: 'registration',
      entityId: conferenceId,
      summary: {
        file: file.filename,
        format,
        rows,
        created,
        matchedExisting,
        alreadyRegistered: rows - created,
        translatedCommunes: checked.translatedTotal,
      },
    });
    return result;
  }

  private async registerWithRetry(
    sql: StagingSql,
    conferenceId: string,
    organizationId: string | null,
    userId: string,
  ) {
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
}
