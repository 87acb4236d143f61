import { Body, Controller, Inject, Param, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  createJobBodySchema,
  jobCreatedSchema,
  type JobRequest,
  jobRoutes,
  jobSchema,
} from '@canhgiac/contracts';
import type { Request, Response } from 'express';
import { createZodDto } from 'nestjs-zod';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor } from '../../common/auth/current-actor.decorator';
import { Roles } from '../../common/auth/roles.decorator';
import { publicOrigin } from '../../common/http/public-url';
import { Route } from '../../common/http/route.decorator';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { IdParamDto } from '../../common/validation/id-param.dto';
import { JobsService } from './jobs.service';

// The body is a union by `kind`, which a class cannot extend in TypeScript's eyes; the DTO
// validates with the schema all the same, and the handler reads the schema's output type.
class CreateJobDto extends (createZodDto(createJobBodySchema) as unknown as new () => object) {}
class JobCreatedDto extends createZodDto(jobCreatedSchema) {}
class JobDto extends createZodDto(jobSchema) {}

/** Long work as jobs: each kind allows the roles its synchronous route allows. */
@ApiTags('jobs')
@ApiBearerAuth()
@Controller()
@Roles('admin', 'staff', 'coordinator', 'leader')
export class JobsController {
  constructor(
    private readonly jobs: JobsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Route(jobRoutes.create, JobCreatedDto)
  create(@CurrentActor() actor: Actor, @Body() body: CreateJobDto, @Req() req: Request) {
    return this.jobs.create(actor, body as JobRequest, publicOrigin(this.config, req));
  }

  @Route(jobRoutes.get, JobDto)
  get(@CurrentActor() actor: Actor, @Param() params: IdParamDto) {
    return this.jobs.get(actor, params.id);
  }

  @Route(jobRoutes.result)
  async result(
    @CurrentActor() actor: Actor,
    @Param() params: IdParamDto,
    @Res() res: Response,
  ): Promise<void> {
    await this.jobs.sendResult(actor, params.id, res);
  }
}
