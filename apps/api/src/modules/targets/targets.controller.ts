import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { putTargetsBodySchema, targetsSchema } from '@canhgiac/contracts';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor } from '../../common/auth/current-actor.decorator';
import { ALL_ROLES, Roles } from '../../common/auth/roles.decorator';
import { IdParamDto } from '../../common/validation/id-param.dto';
import { TargetsService } from './targets.service';

class PutTargetsDto extends createZodDto(putTargetsBodySchema) {}
class TargetsDto extends createZodDto(targetsSchema) {}

/** A campaign's targets by commune, by organization and by both: staff set them, everyone reads (a coordinator, their own). */
@ApiTags('targets')
@ApiBearerAuth()
@Controller('campaigns/:id/targets')
export class TargetsController {
  constructor(private readonly targets: TargetsService) {}

  @Get()
  @Roles(...ALL_ROLES)
  @ZodResponse({ type: TargetsDto })
  get(@CurrentActor() actor: Actor, @Param() params: IdParamDto) {
    return this.targets.get(actor, params.id);
  }

  /** Replaces the whole set in one transaction. */
  @Put()
  @Roles('admin', 'staff')
  @ZodResponse({ type: TargetsDto })
  replace(@CurrentActor() actor: Actor, @Param() params: IdParamDto, @Body() body: PutTargetsDto) {
    return this.targets.replace(actor, params.id, body);
  }
}
