import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  createOrganizationBodySchema,
  idParamSchema,
  listOrganizationsQuerySchema,
  organizationPageSchema,
  organizationSchema,
  updateOrganizationBodySchema,
} from '@canhgiac/contracts';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { OrganizationsService } from './organizations.service';

class IdParamDto extends createZodDto(idParamSchema) {}
class ListOrganizationsQueryDto extends createZodDto(listOrganizationsQuerySchema) {}
class CreateOrganizationDto extends createZodDto(createOrganizationBodySchema) {}
class UpdateOrganizationDto extends createZodDto(updateOrganizationBodySchema) {}
class OrganizationDto extends createZodDto(organizationSchema) {}
class OrganizationPageDto extends createZodDto(organizationPageSchema) {}

@ApiTags('reference data')
@Controller('organizations')
export class OrganizationsController {
  constructor(private readonly organizations: OrganizationsService) {}

  @Get()
  @ZodResponse({ type: OrganizationPageDto })
  list(@Query() query: ListOrganizationsQueryDto) {
    return this.organizations.list(query);
  }

  @Post()
  @ZodResponse({ status: 201, type: OrganizationDto })
  create(@Body() body: CreateOrganizationDto) {
    return this.organizations.create(body);
  }

  @Get(':id')
  @ZodResponse({ type: OrganizationDto })
  get(@Param() params: IdParamDto) {
    return this.organizations.get(params.id);
  }

  @Patch(':id')
  @ZodResponse({ type: OrganizationDto })
  update(@Param() params: IdParamDto, @Body() body: UpdateOrganizationDto) {
    return this.organizations.update(params.id, body);
  }
}
