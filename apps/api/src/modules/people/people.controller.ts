import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  createPersonBodySchema,
  listPeopleQuerySchema,
  personPageSchema,
  personSchema,
  updatePersonBodySchema,
} from '@canhgiac/contracts';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor } from '../../common/auth/current-actor.decorator';
import { Roles } from '../../common/auth/roles.decorator';
import { PeopleService } from './people.service';
import { IdParamDto } from '../../common/validation/id-param.dto';

class ListPeopleQueryDto extends createZodDto(listPeopleQuerySchema) {}
class CreatePersonDto extends createZodDto(createPersonBodySchema) {}
class UpdatePersonDto extends createZodDto(updatePersonBodySchema) {}
class PersonDto extends createZodDto(personSchema) {}
class PersonPageDto extends createZodDto(personPageSchema) {}

/** Participants' personal data: never for leaders; coordinators see their organization's people only. */
@ApiTags('people')
@ApiBearerAuth()
@Controller('people')
@Roles('admin', 'staff', 'coordinator')
export class PeopleController {
  constructor(private readonly people: PeopleService) {}

  @Get()
  @ZodResponse({ type: PersonPageDto })
  list(@CurrentActor() actor: Actor, @Query() query: ListPeopleQueryDto) {
    return this.people.list(actor, query);
  }

  /** 409 with `existingId` when the same person is already registered in the registry. */
  @Post()
  @ZodResponse({ status: 201, type: PersonDto })
  create(@CurrentActor() actor: Actor, @Body() body: CreatePersonDto) {
    return this.people.create(actor, body);
  }

  @Get(':id')
  @ZodResponse({ type: PersonDto })
  get(@CurrentActor() actor: Actor, @Param() params: IdParamDto) {
    return this.people.get(actor, params.id);
  }

  @Patch(':id')
  @ZodResponse({ type: PersonDto })
  update(@CurrentActor() actor: Actor, @Param() params: IdParamDto, @Body() body: UpdatePersonDto) {
    return this.people.update(actor, params.id, body);
  }

  /** Erases name, phone and birth year; reports keep counting the person anonymously. */
  @Delete(':id')
  @Roles('admin', 'staff')
  @HttpCode(204)
  async erase(@CurrentActor() actor: Actor, @Param() params: IdParamDto): Promise<void> {
    await this.people.erase(actor, params.id);
  }
}
