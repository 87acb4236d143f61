import { Body, Controller, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { putTargetsBodySchema, targetsSchema, targetRoutes } from '@canhgiac/contracts';
import { createZodDto } from 'nestjs-zod';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor } from '../../common/auth/current-actor.decorator';
import { ALL_ROLES, Roles } from '../../common/auth/roles.decorator';
import { IdParamDto } from '../../common/validation/id-param.dto';
import { TargetsService } from './targets.service';
import { Route } from '../../common/http/route.decorator';

class PutTargetsDto extends createZodDto(putTargetsBodySchema) {}
class TargetsDto extends createZodDto(targetsSchema) {}

/** A campaign's targets by commune, by organization and by both: staff set them, everyone reads (a coordinator, their own). */
@ApiTags('targets')
@ApiBearerAuth()
@Controller()
export class TargetsController {
  constructor(private readonly targets: TargetsService) {}

  @Route(targetRoutes.get, TargetsDto)
  @Roles(...ALL_ROLES)
  get(@CurrentActor() actor: Actor, @Param() params: IdParamDto) {
    return this.targets.get(actor, params.id);
  }

  /** Replaces the whole set in one transaction. */
  @Route(targetRoutes.replace, TargetsDto)
  @Roles('admin', 'staff')
  replace(@CurrentActor() actor: Actor, @Param() params: IdParamDto, @Body() body: PutTargetsDto) {
    return this.targets.replace(actor, params.id, body);
  }
}
