import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  createOrganizationBodySchema,
  listOrganizationsQuerySchema,
  organizationPageSchema,
  organizationSchema,
  updateOrganizationBodySchema,
} from '@canhgiac/contracts';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor } from '../../common/auth/current-actor.decorator';
import { ALL_ROLES, Roles } from '../../common/auth/roles.decorator';
import { OrganizationsService } from './organizations.service';
import { IdParamDto } from '../../common/validation/id-param.dto';

class ListOrganizationsQueryDto extends createZodDto(listOrganizationsQuerySchema) {}
class CreateOrganizationDto extends createZodDto(createOrganizationBodySchema) {}
class UpdateOrganizationDto extends createZodDto(updateOrganizationBodySchema) {}
class OrganizationDto extends createZodDto(organizationSchema) {}
class OrganizationPageDto extends createZodDto(organizationPageSchema) {}

@ApiTags('reference data')
@ApiBearerAuth()
@Controller('organizations')
export class OrganizationsController {
  constructor(private readonly organizations: OrganizationsService) {}

  @Get()
  @Roles(...ALL_ROLES)
  @ZodResponse({ type: OrganizationPageDto })
  list(@Query() query: ListOrganizationsQueryDto) {
    return this.organizations.list(query);
  }

  @Post()
  @Roles('admin', 'staff')
  @ZodResponse({ status: 201, type: OrganizationDto })
  create(@CurrentActor() actor: Actor, @Body() body: CreateOrganizationDto) {
    return this.organizations.create(actor, body);
  }

  @Get(':id')
  @Roles(...ALL_ROLES)
  @ZodResponse({ type: OrganizationDto })
  get(@Param() params: IdParamDto) {
    return this.organizations.get(params.id);
  }

  @Patch(':id')
  @Roles('admin', 'staff')
  @ZodResponse({ type: OrganizationDto })
  update(
    @CurrentActor() actor: Actor,
    @Param() params: IdParamDto,
    @Body() body: UpdateOrganizationDto,
  ) {
    return this.organizations.update(actor, params.id, body);
  }
}
