import { once } from 'node:events';
import * as fs from 'node:fs';
import { finished } from 'node:stream/promises';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type ImportColumnChoice,
  importColumns,
  type ImportResult,
  type ImportRowError,
} from '@canhgiac/contracts';
import { DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import type { Actor } from '../../../common/auth/actor';
import { scopeOf, scopeOrganization } from '../../../common/auth/scope';
import { AppError } from '../../../common/errors/app-error';
import type { UploadedFile } from '../../../common/http/multipart';
import { Clock } from '../../../common/clock';
import { APP_CONFIG } from '../../../config/config.module';
import type { AppConfig } from '../../../config/env.schema';
import { bulkLoad } from '../../../database/bulk-load';
import { AdminUnitsService } from '../../admin-units/admin-units.service';
import { AuditService } from '../../audit/audit.service';
import { ConferencesService } from '../../conferences/conferences.service';
import { RegistrationsRepository } from '../registrations.repository';
import { conferenceFull } from '../registrations.service';
import { cellMarks, writeAnnotatedFile } from './annotated-file';
import {
  type CheckedFile,
  checkedRows,
  nothingChecked,
  type Reading,
  readWhole,
  spooledBatches,
} from './checked-rows';
import {
  detectFormat,
  type ImportFormat,
  type ReadLimits,
  readLimits,
  readRows,
} from './import-file-reader';
import {
  chosenHeader,
  type ColumnMap,
  columnIndex,
  columnLabel,
  isBlank,
  isTitleRow,
  mapHeader,
} from './import-rows';
import { RowErrors } from './row-errors';
import { StagingSql } from './staging.sql';

/** `StagingSql.referenceErrors` returns at most this many: reaching it means there may be more. */
const REFERENCE_ERRORS_LIMIT = 5_000;
/** Imports reading and writing at once; the others wait their turn holding no connection and no lock. */
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
  { name: 'organization_name', type: 'text' },
];

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

const violated = (error: unknown) =>
  error instanceof QueryFailedError
    ? (error.driverError as { constraint?: string }).constraint
    : undefined;

/** The check-in code is random; a clash within one conference is rare and simply retried. */
const isCodeClash = (error: unknown) => violated(error) === 'registration_code';

/** Another import added one of the file's new people first. */
const isIdentityClash = (error: unknown) =>
  ['person_identity_phone', 'person_identity_commune'].includes(violated(error) ?? '');

/**
 * Tries at adding the new people: each failed one finds everyone the imports that clashed added,
 * so only as many imports as run at once, each adding some of the same people, cause retries.
 */
const NEW_PEOPLE_ATTEMPTS = 10;

/**
 * Imports an association's member list into a conference, all or nothing, in one transaction, at
 * most two imports at a time:
 *
 * 1. Read and stage: the uploaded file (already whole on the server) is read as a stream, giving
 *    the event loop back every few milliseconds, and every row validated. On PostgreSQL valid rows
 *    stream straight into a temporary staging table by COPY, so the database takes one batch while
 *    the next is parsed; no lock is held meanwhile. The embedded database has a single session,
 *    which the transaction would hold: there the file is read first, into a spool beside the
 *    upload, and the transaction stages the spool. Reading stops at the first 1,000 errors, and a
 *    file of more than `IMPORT_MAX_ROWS` data rows (or twice as many rows counting blank ones) is
 *    refused (413). Any error: 422, and nothing is written (the staging table goes with the
 *    rolled-back transaction).
 * 2. Write: lock the conference, check references, then a handful of set-based statements match
 *    people by the duplicate rule, add the new ones and register everyone not registered yet. A
 *    dry run does the same and rolls back.
 */
@Injectable()
export class RegistrationImportService {
  private readonly writes = new Turns(CONCURRENT_WRITES);
  /** What a file may hold: the readers' limits, and its data rows at most. */
  private readonly reading: { read: ReadLimits; maxRows: number };
  private readonly embedded: boolean;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly conferences: ConferencesService,
    private readonly audit: AuditService,
    private readonly registrations: RegistrationsRepository,
    private readonly adminUnits: AdminUnitsService,
    private readonly clock: Clock,
  ) {
    this.embedded = config.database.kind === 'embedded';
    this.reading = {
      read: readLimits(config.import.maxRows, config.import.maxUnzippedBytes),
      maxRows: config.import.maxRows,
    };
  }

  async import(
    actor: Actor,
    conferenceId: string,
    file: UploadedFile,
    dryRun: boolean,
    listOrganization?: string,
    choice?: ImportColumnChoice,
  ): Promise<ImportResult> {
    const format = detectFormat(file.filename, file.mimeType);
    await this.checkConference(conferenceId);
    const forcedOrganization = this.forcedOrganization(actor, listOrganization);
    const reading: Reading = {
      file,
      format,
      forcedOrganization,
      listOrganization: forcedOrganization ?? listOrganization ?? null,
      choice,
    };
    // The embedded database has one session, held by a transaction until it ends: there the file
    // is read and checked first, into a spool beside the upload, while others are served.
    const readAhead = this.embedded ? await this.readAhead(reading) : undefined;
    return this.writes.run(async () => {
      const runner = this.dataSource.createQueryRunner();
      await runner.connect();
      await runner.startTransaction();
      try {
        const checked = await this.stage(reading, readAhead, runner.manager);
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

  /**
   * The same file as an XLSX with the cells at fault highlighted and a note on each, after the
   * checks of a dry run (nothing is written). Returns the path of the workbook, beside the upload.
   */
  async annotate(
    actor: Actor,
    conferenceId: string,
    file: UploadedFile,
    listOrganization?: string,
    choice?: ImportColumnChoice,
  ): Promise<string> {
    const format = detectFormat(file.filename, file.mimeType);
    let errors: ImportRowError[] = [];
    try {
      await this.import(actor, conferenceId, file, true, listOrganization, choice);
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'FILE_ROWS_INVALID') throw error;
      errors = (error.options.extra as { errors: ImportRowError[] }).errors;
    }
    const target = file.scratch('annotated.xlsx');
    let columns = new Map<string, number>();
    let headerRow = 1;
    for await (const { row, cells } of readRows(file, format, this.reading.read)) {
      if (isBlank(cells)) continue;
      if (choice) {
        const chosen = chosenHeader(row, cells, choice);
        if (!chosen) continue;
        columns = columnIndex(cells, chosen);
      } else {
        const mapped = mapHeader(cells, row);
        if (mapped.errors.length > 0 && isTitleRow(row, mapped.known)) continue;
        columns = columnIndex(cells);
      }
      headerRow = row;
      break;
    }
    const rows = readRows(file, format, this.reading.read);
    await writeAnnotatedFile(target, rows, cellMarks(errors, columns, headerRow), headerRow);
    return target;
  }

  /** A coordinator's rows are their organization's; a list's organization is the department's choice. */
  private forcedOrganization(actor: Actor, listOrganization?: string): string | null {
    const own = scopeOrganization(scopeOf(actor));
    if (own && listOrganization && listOrganization !== own)
      throw new AppError('FORBIDDEN', 'Điều phối viên chỉ nhập danh sách của tổ chức mình', {
        details: [{ path: 'organizationId', message: 'Chỉ nhập được danh sách của tổ chức mình' }],
      });
    return own;
  }

  private async checkConference(conferenceId: string, manager?: EntityManager) {
    const conference = await this.conferences.get(conferenceId, manager);
    if (conference.status === 'cancelled')
      throw new AppError('CONFERENCE_CANCELLED', 'Hội nghị đã bị hủy, không thể đăng ký');
    return conference;
  }

  /**
   * Creates the staging table and streams the file's valid rows into it, as the file is read (so
   * that the database takes one batch while the next is parsed), or from the spool read ahead;
   * throws 422 (or 413, 400) on any problem, once the file is read, and the caller rolls the
   * transaction back.
   */
  private async stage(
    reading: Reading,
    readAhead: { checked: CheckedFile & { map: ColumnMap }; spool: string } | undefined,
    manager: EntityManager,
  ): Promise<CheckedFile & { map: ColumnMap }> {
    await new StagingSql(manager).createStaging();
    if (readAhead) {
      const staged = await bulkLoad(
        manager,
        'import_row',
        STAGING_COLUMNS,
        spooledBatches(readAhead.spool),
      );
      return readWhole(readAhead.checked, staged);
    }
    // Today's communes and every former one of the province, loaded once for the whole file.
    const resolveCommune = await this.adminUnits.communeResolver(undefined, undefined, manager);
    const checked = nothingChecked();
    const rows = checkedRows(reading, this.reading, resolveCommune, checked);
    return readWhole(checked, await bulkLoad(manager, 'import_row', STAGING_COLUMNS, rows));
  }

  /** Reads and checks the whole file into a spool beside it, holding no connection meanwhile. */
  private async readAhead(
    reading: Reading,
  ): Promise<{ checked: CheckedFile & { map: ColumnMap }; spool: string }> {
    const resolveCommune = await this.adminUnits.communeResolver();
    const checked = nothingChecked();
    const spool = reading.file.scratch('rows.ndjson');
    const out = fs.createWriteStream(spool);
    const written = finished(out);
    written.catch(() => undefined); // raised below, once reading has stopped
    let rows = 0;
    try {
      for await (const batch of checkedRows(reading, this.reading, resolveCommune, checked)) {
        rows += batch.length;
        if (!out.write(`${JSON.stringify(batch)}\n`)) await once(out, 'drain');
      }
    } finally {
      out.end();
    }
    await written;
    return { checked: readWhole(checked, rows), spool };
  }

  private async write(
    actor: Actor,
    conferenceId: string,
    file: UploadedFile,
    format: ImportFormat,
    dryRun: boolean,
    checked: CheckedFile & { map: ColumnMap },
    forcedOrganization: string | null,
    manager: EntityManager,
  ): Promise<ImportResult> {
    const conference = await this.checkConference(conferenceId, manager);
    const sql = new StagingSql(manager);
    // Serializes with other registrations of this conference until the end of the transaction.
    await sql.lockConference(conferenceId);
    const { rows } = checked;

    const referenceErrors = await sql.referenceErrors(this.clock.today(), forcedOrganization);
    if (referenceErrors.length > 0) {
      const errors = new RowErrors();
      errors.add(
        referenceErrors.map((e) => ({
          ...e,
          column:
            checked.map.headerOf[e.column as 'communeCode'] ??
            (importColumns.some((c) => c.field === e.column)
              ? columnLabel(e.column as 'communeCode')
              : e.column),
        })),
      );
      if (referenceErrors.length >= REFERENCE_ERRORS_LIMIT)
        errors.stoppedAt = Math.max(...referenceErrors.map((e) => e.row));
      throw errors.toAppError();
    }

    await sql.resolveOrganizationNames();
    await sql.matchPeople(true, forcedOrganization);
    await this.addNewPeople(sql, forcedOrganization);
    const matched = await sql.matchedRows();
    if (matched !== rows) throw new Error(`${matched} of ${rows} rows have their person`);
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
      ...(checked.organizationMissing ? { organizationMissing: true as const } : {}),
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

  /**
   * Adds the people no row matched, and matches their rows. When another import added some of
   * them first (its insert waited on by this one), they are matched as found and the others added
   * again.
   */
  private async addNewPeople(sql: StagingSql, organizationId: string | null) {
    for (let attempt = 1; ; attempt += 1) {
      await sql.savepoint('new_people');
      try {
        return await sql.insertNewPeople(organizationId);
      } catch (error) {
        await sql.rollbackToSavepoint('new_people');
        if (!isIdentityClash(error) || attempt >= NEW_PEOPLE_ATTEMPTS) throw error;
        await sql.matchPeople(false, organizationId);
      }
    }
  }

  private async registerWithRetry(
    sql: StagingSql,
    conferenceId: string,
    organizationId: string | null,
    userId: string,
  ) {
    for (let attempt = 1; ; attempt += 1) {
      await sql.savepoint('register_rows');
      try {
        return await sql.register(conferenceId, organizationId, userId);
      } catch (error) {
        await sql.rollbackToSavepoint('register_rows');
        if (!isCodeClash(error) || attempt >= 5) throw error;
      }
    }
  }
}
