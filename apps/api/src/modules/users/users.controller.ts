import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  createUserBodySchema,
  listUsersQuerySchema,
  updateUserBodySchema,
  userPageSchema,
  userSchema,
} from '@canhgiac/contracts';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor } from '../../common/auth/current-actor.decorator';
import { Roles } from '../../common/auth/roles.decorator';
import { UsersService } from './users.service';
import { IdParamDto } from '../../common/validation/id-param.dto';

class ListUsersQueryDto extends createZodDto(listUsersQuerySchema) {}
class CreateUserDto extends createZodDto(createUserBodySchema) {}
class UpdateUserDto extends createZodDto(updateUserBodySchema) {}
class UserDto extends createZodDto(userSchema) {}
class UserPageDto extends createZodDto(userPageSchema) {}

@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
@Roles('admin')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ZodResponse({ type: UserPageDto })
  list(@Query() query: ListUsersQueryDto) {
    return this.users.list(query);
  }

  @Post()
  @ZodResponse({ status: 201, type: UserDto })
  create(@CurrentActor() actor: Actor, @Body() body: CreateUserDto) {
    return this.users.create(actor, body);
  }

  @Get(':id')
  @ZodResponse({ type: UserDto })
  get(@Param() params: IdParamDto) {
    return this.users.get(params.id);
  }

  @Patch(':id')
  @ZodResponse({ type: UserDto })
  update(@CurrentActor() actor: Actor, @Param() params: IdParamDto, @Body() body: UpdateUserDto) {
    return this.users.update(actor, params.id, body);
  }
}
