import { Body, Controller, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  createOrganizationBodySchema,
  listOrganizationsQuerySchema,
  organizationPageSchema,
  organizationSchema,
  updateOrganizationBodySchema,
  organizationRoutes,
} from '@canhgiac/contracts';
import { createZodDto } from 'nestjs-zod';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor } from '../../common/auth/current-actor.decorator';
import { ALL_ROLES, Roles } from '../../common/auth/roles.decorator';
import { OrganizationsService } from './organizations.service';
import { IdParamDto } from '../../common/validation/id-param.dto';
import { Route } from '../../common/http/route.decorator';

class ListOrganizationsQueryDto extends createZodDto(listOrganizationsQuerySchema) {}
class CreateOrganizationDto extends createZodDto(createOrganizationBodySchema) {}
class UpdateOrganizationDto extends createZodDto(updateOrganizationBodySchema) {}
class OrganizationDto extends createZodDto(organizationSchema) {}
class OrganizationPageDto extends createZodDto(organizationPageSchema) {}

@ApiTags('reference data')
@ApiBearerAuth()
@Controller()
export class OrganizationsController {
  constructor(private readonly organizations: OrganizationsService) {}

  @Route(organizationRoutes.list, OrganizationPageDto)
  @Roles(...ALL_ROLES)
  list(@Query() query: ListOrganizationsQueryDto) {
    return this.organizations.list(query);
  }

  @Route(organizationRoutes.create, OrganizationDto)
  @Roles('admin', 'staff')
  create(@CurrentActor() actor: Actor, @Body() body: CreateOrganizationDto) {
    return this.organizations.create(actor, body);
  }

  @Route(organizationRoutes.get, OrganizationDto)
  @Roles(...ALL_ROLES)
  get(@Param() params: IdParamDto) {
    return this.organizations.get(params.id);
  }

  @Route(organizationRoutes.update, OrganizationDto)
  @Roles('admin', 'staff')
  update(
    @CurrentActor() actor: Actor,
    @Param() params: IdParamDto,
    @Body() body: UpdateOrganizationDto,
  ) {
    return this.organizations.update(actor, params.id, body);
  }
}
