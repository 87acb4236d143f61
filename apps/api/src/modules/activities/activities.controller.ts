import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Inject,
  Param,
  Patch,
  Post,
  Query,
  Req,
} from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import {
  activityDetailSchema,
  activityImportResultSchema,
  activityPageSchema,
  activitySchema,
  createActivityBodySchema,
  listActivitiesQuerySchema,
  updateActivityBodySchema,
} from '@canhgiac/contracts';
import type { Request } from 'express';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor } from '../../common/auth/current-actor.decorator';
import { Roles } from '../../common/auth/roles.decorator';
import { receiveFile } from '../../common/http/multipart';
import { IdParamDto } from '../../common/validation/id-param.dto';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { ActivitiesService } from './activities.service';
import { ActivityImportService } from './import/activity-import.service';

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

  @Get('campaigns/:id/activities')
  @ZodResponse({ type: ActivityPageDto })
  list(
    @CurrentActor() actor: Actor,
    @Param() params: IdParamDto,
    @Query() query: ListActivitiesQueryDto,
  ) {
    return this.activities.list(actor, params.id, query);
  }

  @Post('campaigns/:id/activities')
  @ZodResponse({ status: 201, type: ActivityDto })
  create(
    @CurrentActor() actor: Actor,
    @Param() params: IdParamDto,
    @Body() body: CreateActivityDto,
  ) {
    return this.activities.create(actor, params.id, body);
  }

  /** CSV or XLSX in the multipart field `file`, Vietnamese headers; all or nothing (422 with every row error). */
  @Post('campaigns/:id/activities/import')
  @HttpCode(200)
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary' } },
    },
  })
  @ZodResponse({ status: 200, type: ActivityImportResultDto })
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

  @Get('activities/:id')
  @ZodResponse({ type: ActivityDetailDto })
  get(@CurrentActor() actor: Actor, @Param() params: IdParamDto) {
    return this.activities.get(actor, params.id);
  }

  @Patch('activities/:id')
  @ZodResponse({ type: ActivityDto })
  update(
    @CurrentActor() actor: Actor,
    @Param() params: IdParamDto,
    @Body() body: UpdateActivityDto,
  ) {
    return this.activities.update(actor, params.id, body);
  }

  @Delete('activities/:id')
  @Roles('admin', 'staff')
  @HttpCode(204)
  async delete(@CurrentActor() actor: Actor, @Param() params: IdParamDto): Promise<void> {
    await this.activities.delete(actor, params.id);
  }
}
