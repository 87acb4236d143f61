import { Body, Controller, Inject, Param, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  activityDetailSchema,
  activityImportResultSchema,
  activityPageSchema,
  activitySchema,
  createActivityBodySchema,
  listActivitiesQuerySchema,
  updateActivityBodySchema,
  activityRoutes,
} from '@canhgiac/contracts';
import type { Request } from 'express';
import { createZodDto } from 'nestjs-zod';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor } from '../../common/auth/current-actor.decorator';
import { Roles } from '../../common/auth/roles.decorator';
import { receiveFile } from '../../common/http/multipart';
import { IdParamDto } from '../../common/validation/id-param.dto';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { ActivitiesService } from './activities.service';
import { ActivityImportService } from './import/activity-import.service';
import { Route } from '../../common/http/route.decorator';

class ListActivitiesQueryDto extends createZodDto(listActivitiesQuerySchema) {}
class CreateActivityDto extends createZodDto(createActivityBodySchema) {}
class UpdateActivityDto extends createZodDto(updateActivityBodySchema) {}
class ActivityDto extends createZodDto(activitySchema) {}
class ActivityDetailDto extends createZodDto(activityDetailSchema) {}
class ActivityPageDto extends createZodDto(activityPageSchema) {}
class ActivityImportResultDto extends createZodDto(activityImportResultSchema) {}

/** The media team's sheet is small: 10,000 rows of a few cells. */
const IMPORT_MAX_BYTES = 10 * 1024 * 1024;

/** Outreach activities: staff, and coordinators for their own organization; leaders read the channels report. */
@ApiTags('activities')
@ApiBearerAuth()
@Controller()
@Roles('admin', 'staff', 'coordinator')
export class ActivitiesController {
  constructor(
    private readonly activities: ActivitiesService,
    private readonly importer: ActivityImportService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Route(activityRoutes.list, ActivityPageDto)
  list(
    @CurrentActor() actor: Actor,
    @Param() params: IdParamDto,
    @Query() query: ListActivitiesQueryDto,
  ) {
    return this.activities.list(actor, params.id, query);
  }

  @Route(activityRoutes.create, ActivityDto)
  create(
    @CurrentActor() actor: Actor,
    @Param() params: IdParamDto,
    @Body() body: CreateActivityDto,
  ) {
    return this.activities.create(actor, params.id, body);
  }

  /** CSV or XLSX in the multipart field `file`, Vietnamese headers; all or nothing (422 with every row error). */
  @Route(activityRoutes.import, ActivityImportResultDto)
  async import(@CurrentActor() actor: Actor, @Param() params: IdParamDto, @Req() req: Request) {
    const file = await receiveFile(req, 'file', {
      maxBytes: IMPORT_MAX_BYTES,
      idleTimeoutMs: this.config.uploadIdleTimeoutMs,
    });
    try {
      return await this.importer.import(actor, params.id, file);
    } finally {
      await file.dispose();
    }
  }

  @Route(activityRoutes.get, ActivityDetailDto)
  get(@CurrentActor() actor: Actor, @Param() params: IdParamDto) {
    return this.activities.get(actor, params.id);
  }

  @Route(activityRoutes.update, ActivityDto)
  update(
    @CurrentActor() actor: Actor,
    @Param() params: IdParamDto,
    @Body() body: UpdateActivityDto,
  ) {
    return this.activities.update(actor, params.id, body);
  }

  @Route(activityRoutes.delete)
  @Roles('admin', 'staff')
  async delete(@CurrentActor() actor: Actor, @Param() params: IdParamDto): Promise<void> {
    await this.activities.delete(actor, params.id);
  }
}
