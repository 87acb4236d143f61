import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { adminUnitListSchema, listAdminUnitsQuerySchema } from '@canhgiac/contracts';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { ALL_ROLES, Roles } from '../../common/auth/roles.decorator';
import { AdminUnitsService } from './admin-units.service';

class ListAdminUnitsQueryDto extends createZodDto(listAdminUnitsQuerySchema) {}
class AdminUnitListDto extends createZodDto(adminUnitListSchema) {}

@ApiTags('reference data')
@ApiBearerAuth()
@Controller('admin-units')
export class AdminUnitsController {
  constructor(private readonly adminUnits: AdminUnitsService) {}

  @Get()
  @Roles(...ALL_ROLES)
  @ZodResponse({ type: AdminUnitListDto })
  list(@Query() query: ListAdminUnitsQueryDto) {
    return this.adminUnits.list(query);
  }
}
