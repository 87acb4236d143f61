import { Body, Controller, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  createPersonBodySchema,
  listPeopleQuerySchema,
  personPageSchema,
  personSchema,
  updatePersonBodySchema,
  peopleRoutes,
} from '@canhgiac/contracts';
import { createZodDto } from 'nestjs-zod';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor } from '../../common/auth/current-actor.decorator';
import { Roles } from '../../common/auth/roles.decorator';
import { PeopleService } from './people.service';
import { IdParamDto } from '../../common/validation/id-param.dto';
import { Route } from '../../common/http/route.decorator';

class ListPeopleQueryDto extends createZodDto(listPeopleQuerySchema) {}
class CreatePersonDto extends createZodDto(createPersonBodySchema) {}
class UpdatePersonDto extends createZodDto(updatePersonBodySchema) {}
class PersonDto extends createZodDto(personSchema) {}
class PersonPageDto extends createZodDto(personPageSchema) {}

/** Participants' personal data: never for leaders; coordinators see their organization's people only. */
@ApiTags('people')
@ApiBearerAuth()
@Controller()
@Roles('admin', 'staff', 'coordinator')
export class PeopleController {
  constructor(private readonly people: PeopleService) {}

  @Route(peopleRoutes.list, PersonPageDto)
  list(@CurrentActor() actor: Actor, @Query() query: ListPeopleQueryDto) {
    return this.people.list(actor, query);
  }

  /** 409 with `existingId` when the same person is already registered in the registry. */
  @Route(peopleRoutes.create, PersonDto)
  create(@CurrentActor() actor: Actor, @Body() body: CreatePersonDto) {
    return this.people.create(actor, body);
  }

  @Route(peopleRoutes.get, PersonDto)
  get(@CurrentActor() actor: Actor, @Param() params: IdParamDto) {
    return this.people.get(actor, params.id);
  }

  @Route(peopleRoutes.update, PersonDto)
  update(@CurrentActor() actor: Actor, @Param() params: IdParamDto, @Body() body: UpdatePersonDto) {
    return this.people.update(actor, params.id, body);
  }

  /** Erases name, phone and birth year; reports keep counting the person anonymously. */
  @Route(peopleRoutes.erase)
  @Roles('admin', 'staff')
  async erase(@CurrentActor() actor: Actor, @Param() params: IdParamDto): Promise<void> {
    await this.people.erase(actor, params.id);
  }
}
