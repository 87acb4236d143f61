import { Body, Controller, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  changeConferenceStatusBodySchema,
  conferencePageSchema,
  conferenceSchema,
  createConferenceBodySchema,
  listConferencesQuerySchema,
  updateConferenceBodySchema,
  conferenceRoutes,
} from '@canhgiac/contracts';
import { createZodDto } from 'nestjs-zod';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor } from '../../common/auth/current-actor.decorator';
import { ALL_ROLES, Roles } from '../../common/auth/roles.decorator';
import { ConferencesService } from './conferences.service';
import { IdParamDto } from '../../common/validation/id-param.dto';
import { Route } from '../../common/http/route.decorator';

class ListConferencesQueryDto extends createZodDto(listConferencesQuerySchema) {}
class CreateConferenceDto extends createZodDto(createConferenceBodySchema) {}
class UpdateConferenceDto extends createZodDto(updateConferenceBodySchema) {}
class ChangeConferenceStatusDto extends createZodDto(changeConferenceStatusBodySchema) {}
class ConferenceDto extends createZodDto(conferenceSchema) {}
class ConferencePageDto extends createZodDto(conferencePageSchema) {}

@ApiTags('conferences')
@ApiBearerAuth()
@Controller()
export class ConferencesController {
  constructor(private readonly conferences: ConferencesService) {}

  @Route(conferenceRoutes.list, ConferencePageDto)
  @Roles(...ALL_ROLES)
  list(@Query() query: ListConferencesQueryDto) {
    return this.conferences.list(query);
  }

  /** 409 with `conflicts` when the venue or a trainer is booked at an overlapping time, unless `force`. */
  @Route(conferenceRoutes.create, ConferenceDto)
  @Roles('admin', 'staff')
  create(@CurrentActor() actor: Actor, @Body() body: CreateConferenceDto) {
    return this.conferences.create(actor, body);
  }

  @Route(conferenceRoutes.get, ConferenceDto)
  @Roles(...ALL_ROLES)
  get(@Param() params: IdParamDto) {
    return this.conferences.get(params.id);
  }

  @Route(conferenceRoutes.update, ConferenceDto)
  @Roles('admin', 'staff')
  update(
    @CurrentActor() actor: Actor,
    @Param() params: IdParamDto,
    @Body() body: UpdateConferenceDto,
  ) {
    return this.conferences.update(actor, params.id, body);
  }

  /** planned → confirmed → held, or cancelled (with a reason) from planned or confirmed; other moves are 409. */
  @Route(conferenceRoutes.changeStatus, ConferenceDto)
  @Roles('admin', 'staff')
  changeStatus(
    @CurrentActor() actor: Actor,
    @Param() params: IdParamDto,
    @Body() body: ChangeConferenceStatusDto,
  ) {
    return this.conferences.changeStatus(actor, params.id, body);
  }
}
