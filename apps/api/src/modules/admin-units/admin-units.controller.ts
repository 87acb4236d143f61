import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { adminUnitListSchema, listAdminUnitsQuerySchema } from '@canhgiac/contracts';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { AdminUnitsService } from './admin-units.service';

class ListAdminUnitsQueryDto extends createZodDto(listAdminUnitsQuerySchema) {}
class AdminUnitListDto extends createZodDto(adminUnitListSchema) {}

@ApiTags('reference data')
@Controller('admin-units')
export class AdminUnitsController {
  constructor(private readonly adminUnits: AdminUnitsService) {}

  @Get()
  @ZodResponse({ type: AdminUnitListDto })
  list(@Query() query: ListAdminUnitsQueryDto) {
    return this.adminUnits.list(query);
  }
}
