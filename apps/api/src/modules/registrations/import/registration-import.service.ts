import { once } from 'node:events';
import * as fs from 'node:fs';
import * as readline from 'node:readline';
import { finished } from 'node:stream/promises';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  IMPORT_SAMPLE_ROWS,
  type ImportColumnChoice,
  importColumns,
  type ImportHeader,
  type ImportResult,
  type ImportRowError,
  type TranslatedCommune,
} from '@canhgiac/contracts';
import { DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import type { Actor } from '../../../common/auth/actor';
import { scopeOf, scopeOrganization } from '../../../common/auth/scope';
import { AppError } from '../../../common/errors/app-error';
import type { UploadedFile } from '../../../common/http/multipart';
import { Clock } from '../../../common/clock';
import { APP_CONFIG } from '../../../config/config.module';
import type { AppConfig } from '../../../config/env.schema';
import { bulkLoad, type CopyValue } from '../../../database/bulk-load';
import {
  AdminUnitsService,
  type CommuneResolver,
  type ResolvedCommune,
} from '../../admin-units/admin-units.service';
import { AuditService } from '../../audit/audit.service';
import { ConferencesService } from '../../conferences/conferences.service';
import { RegistrationsRepository } from '../registrations.repository';
import { conferenceFull } from '../registrations.service';
import { cellMarks, writeAnnotatedFile } from './annotated-file';
import { delimiterNames, encodingNames } from './csv-text';
import {
  type CsvReading,
  detectFormat,
  type FileRow,
  type ImportFormat,
  type ReadLimits,
  readLimits,
  readRowBatches,
  readRows,
} from './import-file-reader';
import {
  chosenHeader,
  type ColumnMap,
  columnIndex,
  columnLabel,
  HEADER_SEARCH_ROWS,
  isBlank,
  isTitleRow,
  isWide,
  mapHeader,
  noHeader,
  RowParser,
  recognizedColumns,
} from './import-rows';
import { RowErrors } from './row-errors';
import { StagingSql } from './staging.sql';

/** `StagingSql.referenceErrors` returns at most this many: reaching it means there may be more. */
const REFERENCE_ERRORS_LIMIT = 5_000;
/** Reading a file gives the event loop back this often, so other requests go on meanwhile. */
const YIELD_EVERY_MS = 10;
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

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;

/** The organization of a row: its id (given, or the list's), or the name to look up. */
function organizationOf(
  given: string | null,
  listOrganization: string | null,
): { id: string | null; name: string | null } {
  if (given === null) return { id: listOrganization, name: null };
  return UUID.test(given) ? { id: given.toLowerCase(), name: null } : { id: null, name: given };
}

const count = (n: number) => n.toLocaleString('vi-VN');

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

/** What reading a file found, filled in as its rows stream into the staging table. */
interface CheckedFile {
  rows: number;
  /** No organization for the rows: neither a column of the file nor the one the request named. */
  organizationMissing: boolean;
  map?: ColumnMap;
  /** Rows whose commune was a former code or name: the first ones, and how many in all. */
  translated: TranslatedCommune[];
  translatedTotal: number;
}

/** How many translated rows an import lists (it counts them all). */
const TRANSLATIONS_LISTED = 1_000;

const nothingChecked = (): CheckedFile => ({
  rows: 0,
  organizationMissing: false,
  translated: [],
  translatedTotal: 0,
});

/** Distinct commune texts whose reading one import remembers, at most. */
const REMEMBERED_COMMUNES = 5_000;

/** `resolve`, with the answer (or refusal) for each distinct text remembered for one file's rows. */
function remembering(resolve: CommuneResolver): CommuneResolver {
  const answers = new Map<string, ResolvedCommune | AppError>();
  return (text) => {
    let answer = answers.get(text);
    if (answer === undefined) {
      try {
        answer = resolve(text);
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        answer = error;
      }
      if (answers.size < REMEMBERED_COMMUNES) answers.set(text, answer);
    }
    if (answer instanceof AppError) throw answer;
    return answer;
  };
}

/** A file read to its end: its rows all staged, its header found. */
function readWhole(checked: CheckedFile, staged: number): CheckedFile & { map: ColumnMap } {
  if (staged !== checked.rows || !checked.map)
    throw new Error(`${staged} rows were staged, ${checked.rows} were checked`);
  return { ...checked, map: checked.map };
}

/** What to read of an upload, and whose rows they are. */
interface Reading {
  file: UploadedFile;
  format: ImportFormat;
  /** A coordinator's organization: every row is theirs. */
  forcedOrganization: string | null;
  /** The organization of rows that name none. */
  listOrganization: string | null;
  choice: ImportColumnChoice | undefined;
}

/** Batches of checked rows spooled beside the upload, one JSON array of rows a line. */
async function* spooledBatches(spool: string): AsyncGenerator<CopyValue[][]> {
  const lines = readline.createInterface({
    input: fs.createReadStream(spool),
    crlfDelay: Infinity,
  });
  for await (const line of lines) if (line) yield JSON.parse(line) as CopyValue[][];
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
  private readonly limits: ReadLimits;
  private readonly maxRows: number;
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
    this.maxRows = config.import.maxRows;
    this.embedded = config.database.kind === 'embedded';
    this.limits = readLimits(config.import.maxRows, config.import.maxUnzippedBytes);
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
    for await (const { row, cells } of readRows(file, format, this.limits)) {
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
    const rows = readRows(file, format, this.limits);
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
    const rows = this.checkedRows(reading, resolveCommune, checked);
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
      for await (const batch of this.checkedRows(reading, resolveCommune, checked)) {
        rows += batch.length;
        if (!out.write(`${JSON.stringify(batch)}\n`)) await once(out, 'drain');
      }
    } finally {
      out.end();
    }
    await written;
    return { checked: readWhole(checked, rows), spool };
  }

  /**
   * Reads and validates the whole file, yielding its valid rows as the staging table's columns a
   * batch at a time (those of one piece of the file), and filling in `checked`; none is yielded
   * after the first error, and any problem is thrown once reading has stopped.
   */
  private async *checkedRows(
    { file, format, forcedOrganization, listOrganization, choice }: Reading,
    resolveCommune: CommuneResolver,
    checked: CheckedFile,
  ): AsyncGenerator<CopyValue[][]> {
    const errors = new RowErrors();
    let map: ColumnMap | undefined;
    let parser: RowParser | undefined;
    let rows = 0;
    const { translated } = checked;
    const communeOf = remembering(resolveCommune);
    /** Rows after the header, blank ones too: a file of blank lines costs time to read as well. */
    let lines = 0;
    let lastTurn = performance.now();
    const reading: Partial<CsvReading> = {};
    /** The first row, kept while the header may still come below a title. */
    let firstRow: { mapped: ReturnType<typeof mapHeader>; cells: string[] } | undefined;
    /** Non-blank rows read before a header was found, to show a header that could not be read. */
    const early: FileRow[] = [];
    /** The header could not be read: rows go on being read only for its preview. */
    let failed: { at: number; known: number } | undefined;
    let readAfterFailure = 0;
    const headerErrors = (mapped: ReturnType<typeof mapHeader>, cells: string[]) => {
      errors.add(mapped.errors, true);
      if (format === 'csv')
        errors.add([readingHint(reading, mapped.known, cells, mapped.errors[0].row)], true);
    };
    let valid: CopyValue[][] = [];
    scan: for await (const batch of readRowBatches(file, format, this.limits, reading)) {
      if (performance.now() - lastTurn > YIELD_EVERY_MS) {
        await nextTurn();
        lastTurn = performance.now();
      }
      for (const { row, cells } of batch) {
        if (!map) {
          if (failed) {
            readAfterFailure += 1;
            if (!isBlank(cells)) early.push({ row, cells });
            if (early.length >= PREVIEW_ROWS_READ || readAfterFailure > PREVIEW_LINES_READ)
              break scan;
            continue;
          }
          if (isBlank(cells)) continue;
          if (early.length < PREVIEW_ROWS_READ) early.push({ row, cells });
          if (choice) {
            map = chosenHeader(row, cells, choice);
          } else {
            const mapped = mapHeader(cells, row);
            if (mapped.errors.length > 0 && isTitleRow(row, mapped.known)) {
              firstRow ??= { mapped, cells };
              continue;
            }
            if (mapped.errors.length > 0) {
              headerErrors(mapped, cells);
              failed = { at: early.length - 1, known: mapped.known };
              continue;
            }
            map = mapped.map;
          }
          if (!map) continue;
          // The department's list names no organization: API.md files such rows under none, and
          // the answer says so, for the web to ask whose list it is before importing it.
          checked.organizationMissing =
            listOrganization === null && map.indexOf.organizationId === undefined;
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
        parser ??= new RowParser(map);
        const parsed = parser.parse(row, cells);
        const organization = organizationOf(parsed.value?.organizationId ?? null, listOrganization);
        const organizationColumn = map.headerOf.organizationId ?? columnLabel('organizationId');
        if (parsed.value && forcedOrganization && organization.id !== forcedOrganization) {
          if (organization.id !== null) {
            parsed.errors.push({
              row,
              column: organizationColumn,
              message: 'Điều phối viên chỉ nhập thành viên của tổ chức mình',
            });
            parsed.value = undefined;
          }
        }
        errors.add(parsed.errors);
        if (errors.full) {
          errors.stoppedAt = row;
          break scan;
        }
        let communeCode = '';
        if (parsed.value) {
          // A former code or name ("Thị trấn Yên Định", "14224") is read as today's unit.
          try {
            const resolved = communeOf(parsed.value.communeCode);
            if (resolved.translated) {
              checked.translatedTotal += 1;
              if (translated.length < TRANSLATIONS_LISTED)
                translated.push({
                  row,
                  given: parsed.value.communeCode,
                  code: resolved.unit.code,
                  name: resolved.unit.name,
                });
            }
            communeCode = resolved.unit.code;
          } catch (error) {
            if (!(error instanceof AppError)) throw error;
            errors.add([
              {
                row,
                column: map.headerOf.communeCode ?? columnLabel('communeCode'),
                message: error.options.details?.[0]?.message ?? error.message,
              },
            ]);
            parsed.value = undefined;
          }
        }
        if (!parsed.value || errors.total > 0) continue;
        const v = parsed.value;
        // A coordinator's rows are theirs: a name in the file is only checked to be theirs.
        const id = forcedOrganization ?? organization.id;
        valid.push([
          row,
          v.fullName,
          v.gender,
          v.birthYear,
          v.phone,
          communeCode,
          v.group,
          id,
          organization.name,
        ]);
      }
      if (valid.length > 0) yield valid;
      valid = [];
    }
    if (valid.length > 0) yield valid;
    if (!map && choice && errors.total === 0) noHeader(choice);
    if (!map && errors.total === 0) {
      if (firstRow) {
        headerErrors(firstRow.mapped, firstRow.cells);
        failed = { at: -1, known: firstRow.mapped.known };
      } else
        errors.add(
          [{ row: 1, column: 'Dòng tiêu đề', message: 'Tệp không có dòng tiêu đề' }],
          true,
        );
    }
    if (!map && failed) errors.header = headerPreview(early, failed);
    if (errors.total > 0) throw errors.toAppError();
    if (rows === 0) {
      throw new AppError('VALIDATION_FAILED', 'Tệp không có dòng dữ liệu nào', {
        details: [{ path: 'file', message: 'Tệp trống' }],
      });
    }
    checked.rows = rows;
    checked.map = map;
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

/** Rows read for the preview of a header that could not be read: the header's search, then a sample. */
const PREVIEW_ROWS_READ = HEADER_SEARCH_ROWS + IMPORT_SAMPLE_ROWS;
/** Lines (blank ones too) read past a header that could not be read, at most. */
const PREVIEW_LINES_READ = 100;
/** A cell shown in the preview, at most this many characters; and this many columns. */
const PREVIEW_CELL_CHARS = 100;
const PREVIEW_COLUMNS = 60;

/**
 * The header that could not be read, as the web shows it to choose the columns by hand: the row
 * that failed when it named two columns or more, otherwise the first row with two cells filled
 * (a title above has one), and the rows below it.
 */
function headerPreview(early: FileRow[], failed: { at: number; known: number }): ImportHeader {
  let at =
    failed.at >= 0 && failed.known >= 2 ? failed.at : early.findIndex((r) => isWide(r.cells));
  if (at < 0) at = 0;
  const shown = (cells: string[]) =>
    // Array.from: a spreadsheet's row may have holes where its cells are empty.
    Array.from(cells.slice(0, PREVIEW_COLUMNS), (cell) =>
      (cell ?? '').trim().slice(0, PREVIEW_CELL_CHARS),
    );
  const header = early[at];
  return {
    row: header.row,
    cells: shown(header.cells),
    recognized: recognizedColumns(mapHeader(header.cells, header.row).map),
    sample: early.slice(at + 1, at + 1 + IMPORT_SAMPLE_ROWS).map((r) => shown(r.cells)),
  };
}

/**
 * What to look at when a CSV's header names too few columns: how the file was read (encoding and
 * delimiter) and what its header then says, so that mangled letters show an encoding problem.
 */
function readingHint(
  reading: Partial<CsvReading>,
  known: number,
  cells: string[],
  row: number,
): ImportRowError {
  const shown = cells
    .slice(0, 4)
    .map((cell) => `"${cell.trim().slice(0, 30)}"`)
    .join(', ');
  const how = `Tệp được đọc theo bảng mã ${encodingNames[reading.encoding ?? 'utf-8']}, các ô cách nhau bằng ${delimiterNames[reading.delimiter ?? ',']}, và dòng tiêu đề đọc được là: ${shown}.`;
  const advice =
    known === 0
      ? ' Không nhận ra cột nào: nếu chữ tiếng Việt ở trên bị lỗi (dấu hỏi, ký tự lạ), tệp được lưu bằng bảng mã khác (ví dụ TCVN3, VNI). Hãy mở tệp bằng Excel và lưu lại dưới dạng "CSV UTF-8 (Comma delimited)" hoặc Excel (.xlsx).'
      : ' Nếu tên cột bị lỗi chữ, hãy mở tệp bằng Excel và lưu lại dưới dạng "CSV UTF-8 (Comma delimited)" hoặc Excel (.xlsx).';
  return { row, column: 'Dòng tiêu đề', message: how + advice };
}
