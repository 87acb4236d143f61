import { Body, Controller, Inject, Param, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  attendanceSyncBodySchema,
  attendanceSyncResultSchema,
  checkInBodySchema,
  createRegistrationBodySchema,
  importAnnotatedQuerySchema,
  importQuerySchema,
  mediaTypes,
  importResultSchema,
  listRegistrationsQuerySchema,
  registrationListSchema,
  registrationSchema,
  rosterSchema,
  registrationParamSchema,
  attendanceRoutes,
  registrationRoutes,
} from '@canhgiac/contracts';
import { readFile } from 'node:fs/promises';
import type { Request, Response } from 'express';
import { createZodDto } from 'nestjs-zod';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor } from '../../common/auth/current-actor.decorator';
import { Roles } from '../../common/auth/roles.decorator';
import { pdfTitle, setDownloadName } from '../../common/http/download-name';
import { receiveFile } from '../../common/http/multipart';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { AttendanceSyncService } from './attendance/attendance-sync.service';
import { RosterService } from './attendance/roster.service';
import { RegistrationImportService } from './import/registration-import.service';
import { RegistrationsService } from './registrations.service';
import { RollCallService } from './roll-call.service';
import { IdParamDto } from '../../common/validation/id-param.dto';
import { Route } from '../../common/http/route.decorator';

class RegistrationParamDto extends createZodDto(registrationParamSchema) {}
class ListRegistrationsQueryDto extends createZodDto(listRegistrationsQuerySchema) {}
class CreateRegistrationDto extends createZodDto(createRegistrationBodySchema) {}
class CheckInDto extends createZodDto(checkInBodySchema) {}
class ImportQueryDto extends createZodDto(importQuerySchema) {}
class ImportAnnotatedQueryDto extends createZodDto(importAnnotatedQuerySchema) {}
class RegistrationDto extends createZodDto(registrationSchema) {}
class RegistrationListDto extends createZodDto(registrationListSchema) {}
class ImportResultDto extends createZodDto(importResultSchema) {}
class RosterDto extends createZodDto(rosterSchema) {}
class AttendanceSyncDto extends createZodDto(attendanceSyncBodySchema) {}
class AttendanceSyncResultDto extends createZodDto(attendanceSyncResultSchema) {}

const IMPORT_MAX_BYTES = 50 * 1024 * 1024;

/** "danh-sach.csv" → "danh-sach (đánh dấu lỗi)". */
const annotatedTitle = (filename: string) =>
  `${filename.replace(/\.[^.]*$/u, '') || 'danh-sach'} (đánh dấu lỗi)`;

/** Registrations, import and attendance: coordinators only ever reach their organization's people. */
@ApiTags('registrations')
@ApiBearerAuth()
@Controller()
@Roles('admin', 'staff', 'coordinator')
export class RegistrationsController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly registrations: RegistrationsService,
    private readonly importer: RegistrationImportService,
    private readonly rollCall: RollCallService,
    private readonly roster: RosterService,
    private readonly attendanceSync: AttendanceSyncService,
  ) {}

  @Route(registrationRoutes.list, RegistrationListDto)
  list(
    @CurrentActor() actor: Actor,
    @Param() params: IdParamDto,
    @Query() query: ListRegistrationsQueryDto,
  ) {
    return this.registrations.list(actor, params.id, query);
  }

  /** `{personId}` or `{person:{…}}`; 409 when already registered or when the conference is full. */
  @Route(registrationRoutes.create, RegistrationDto)
  register(
    @CurrentActor() actor: Actor,
    @Param() params: IdParamDto,
    @Body() body: CreateRegistrationDto,
  ) {
    return this.registrations.register(actor, params.id, body);
  }

  @Route(registrationRoutes.delete)
  async unregister(
    @CurrentActor() actor: Actor,
    @Param() params: RegistrationParamDto,
  ): Promise<void> {
    await this.registrations.unregister(actor, params.id, params.registrationId);
  }

  /** CSV or XLSX in the multipart field `file`; all or nothing (422 with every row error). */
  @Route(registrationRoutes.import, ImportResultDto)
  async import(
    @CurrentActor() actor: Actor,
    @Param() params: IdParamDto,
    @Query() query: ImportQueryDto,
    @Req() req: Request,
  ) {
    // The whole file is received before the import starts its transaction and takes its locks.
    const file = await receiveFile(req, 'file', {
      maxBytes: IMPORT_MAX_BYTES,
      idleTimeoutMs: this.config.uploadIdleTimeoutMs,
    });
    try {
      return await this.importer.import(
        actor,
        params.id,
        file,
        query.dryRun,
        query.organizationId,
        query.columns,
      );
    } finally {
      await file.dispose();
    }
  }

  /** The file sent again, answered with its cells at fault highlighted and noted (nothing is written). */
  @Route(registrationRoutes.importAnnotated)
  async importAnnotated(
    @CurrentActor() actor: Actor,
    @Param() params: IdParamDto,
    @Query() query: ImportAnnotatedQueryDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    const file = await receiveFile(req, 'file', {
      maxBytes: IMPORT_MAX_BYTES,
      idleTimeoutMs: this.config.uploadIdleTimeoutMs,
    });
    try {
      const annotated = await this.importer.annotate(
        actor,
        params.id,
        file,
        query.organizationId,
        query.columns,
      );
      const buffer = await readFile(annotated);
      setDownloadName(res, annotatedTitle(file.filename), 'xlsx');
      return new StreamableFile(buffer, { type: mediaTypes.xlsx });
    } finally {
      await file.dispose();
    }
  }

  @Route(registrationRoutes.template)
  async template(@Param() params: IdParamDto, @Res({ passthrough: true }) res: Response) {
    const buffer = await this.rollCall.template(params.id);
    setDownloadName(res, 'Mẫu danh sách đăng ký', 'xlsx');
    return new StreamableFile(buffer, {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
  }

  /** `{registrationId}`, `{personId}`, `{code}` or a walk-in `{person:{…}}`; idempotent. */
  @Route(attendanceRoutes.checkIn, RegistrationDto)
  checkIn(@CurrentActor() actor: Actor, @Param() params: IdParamDto, @Body() body: CheckInDto) {
    return this.registrations.checkIn(actor, params.id, body);
  }

  /** What a device needs to check people in with no network: no phone numbers. */
  @Route(attendanceRoutes.roster, RosterDto)
  getRoster(@CurrentActor() actor: Actor, @Param() params: IdParamDto) {
    return this.roster.roster(actor, params.id);
  }

  /** A device's offline check-ins and walk-ins, at most 2,000; one result per event, in order. */
  @Route(attendanceRoutes.sync, AttendanceSyncResultDto)
  syncAttendance(
    @CurrentActor() actor: Actor,
    @Param() params: IdParamDto,
    @Body() body: AttendanceSyncDto,
  ) {
    return this.attendanceSync.sync(actor, params.id, body);
  }

  @Route(registrationRoutes.rollCall)
  async rollCallPdf(
    @CurrentActor() actor: Actor,
    @Param() params: IdParamDto,
    @Res() res: Response,
  ) {
    const doc = await this.rollCall.render(actor, params.id);
    res.setHeader('Content-Type', 'application/pdf');
    setDownloadName(res, pdfTitle(doc), 'pdf', 'inline');
    doc.pipe(res);
    doc.end();
  }
}
