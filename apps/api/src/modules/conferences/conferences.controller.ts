import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  changeConferenceStatusBodySchema,
  conferencePageSchema,
  conferenceSchema,
  createConferenceBodySchema,
  listConferencesQuerySchema,
  updateConferenceBodySchema,
} from '@canhgiac/contracts';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor } from '../../common/auth/current-actor.decorator';
import { ALL_ROLES, Roles } from '../../common/auth/roles.decorator';
import { ConferencesService } from './conferences.service';
import { IdParamDto } from '../../common/validation/id-param.dto';

class ListConferencesQueryDto extends createZodDto(listConferencesQuerySchema) {}
class CreateConferenceDto extends createZodDto(createConferenceBodySchema) {}
class UpdateConferenceDto extends createZodDto(updateConferenceBodySchema) {}
class ChangeConferenceStatusDto extends createZodDto(changeConferenceStatusBodySchema) {}
class ConferenceDto extends createZodDto(conferenceSchema) {}
class ConferencePageDto extends createZodDto(conferencePageSchema) {}

@ApiTags('conferences')
@ApiBearerAuth()
@Controller('conferences')
export class ConferencesController {
  constructor(private readonly conferences: ConferencesService) {}

  @Get()
  @Roles(...ALL_ROLES)
  @ZodResponse({ type: ConferencePageDto })
  list(@Query() query: ListConferencesQueryDto) {
    return this.conferences.list(query);
  }

  /** 409 with `conflicts` when the venue or a trainer is booked at an overlapping time, unless `force`. */
  @Post()
  @Roles('admin', 'staff')
  @ZodResponse({ status: 201, type: ConferenceDto })
  create(@CurrentActor() actor: Actor, @Body() body: CreateConferenceDto) {
    return this.conferences.create(actor, body);
  }

  @Get(':id')
  @Roles(...ALL_ROLES)
  @ZodResponse({ type: ConferenceDto })
  get(@Param() params: IdParamDto) {
    return this.conferences.get(params.id);
  }

  @Patch(':id')
  @Roles('admin', 'staff')
  @ZodResponse({ type: ConferenceDto })
  update(
    @CurrentActor() actor: Actor,
    @Param() params: IdParamDto,
    @Body() body: UpdateConferenceDto,
  ) {
    return this.conferences.update(actor, params.id, body);
  }

  /** planned → confirmed → held, or cancelled (with a reason) from planned or confirmed; other moves are 409. */
  @Post(':id/status')
  @Roles('admin', 'staff')
  @HttpCode(200)
  @ZodResponse({ status: 200, type: ConferenceDto })
  changeStatus(
    @CurrentActor() actor: Actor,
    @Param() params: IdParamDto,
    @Body() body: ChangeConferenceStatusDto,
  ) {
    return this.conferences.changeStatus(actor, params.id, body);
  }
}
