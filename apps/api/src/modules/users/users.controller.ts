import { Body, Controller, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  createUserBodySchema,
  listUsersQuerySchema,
  updateUserBodySchema,
  userPageSchema,
  userSchema,
  userRoutes,
} from '@canhgiac/contracts';
import { createZodDto } from 'nestjs-zod';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor } from '../../common/auth/current-actor.decorator';
import { Roles } from '../../common/auth/roles.decorator';
import { UsersService } from './users.service';
import { IdParamDto } from '../../common/validation/id-param.dto';
import { Route } from '../../common/http/route.decorator';

class ListUsersQueryDto extends createZodDto(listUsersQuerySchema) {}
class CreateUserDto extends createZodDto(createUserBodySchema) {}
class UpdateUserDto extends createZodDto(updateUserBodySchema) {}
class UserDto extends createZodDto(userSchema) {}
class UserPageDto extends createZodDto(userPageSchema) {}

@ApiTags('users')
@ApiBearerAuth()
@Controller()
@Roles('admin')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Route(userRoutes.list, UserPageDto)
  list(@Query() query: ListUsersQueryDto) {
    return this.users.list(query);
  }

  @Route(userRoutes.create, UserDto)
  create(@CurrentActor() actor: Actor, @Body() body: CreateUserDto) {
    return this.users.create(actor, body);
  }

  @Route(userRoutes.get, UserDto)
  get(@Param() params: IdParamDto) {
    return this.users.get(params.id);
  }

  @Route(userRoutes.update, UserDto)
  update(@CurrentActor() actor: Actor, @Param() params: IdParamDto, @Body() body: UpdateUserDto) {
    return this.users.update(actor, params.id, body);
  }
}
