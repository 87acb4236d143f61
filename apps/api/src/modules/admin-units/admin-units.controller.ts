import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  adminUnitCodeParamSchema,
  adminUnitHistorySchema,
  adminUnitListSchema,
  listAdminUnitsQuerySchema,
} from '@canhgiac/contracts';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { ALL_ROLES, Roles } from '../../common/auth/roles.decorator';
import { AdminUnitsService } from './admin-units.service';

class ListAdminUnitsQueryDto extends createZodDto(listAdminUnitsQuerySchema) {}
class AdminUnitListDto extends createZodDto(adminUnitListSchema) {}
class AdminUnitCodeParamDto extends createZodDto(adminUnitCodeParamSchema) {}
class AdminUnitHistoryDto extends createZodDto(adminUnitHistorySchema) {}

@ApiTags('reference data')
@ApiBearerAuth()
@Controller('admin-units')
export class AdminUnitsController {
  constructor(private readonly adminUnits: AdminUnitsService) {}

  /** The units valid on `on` (today in Vietnam when absent). */
  @Get()
  @Roles(...ALL_ROLES)
  @ZodResponse({ type: AdminUnitListDto })
  list(@Query() query: ListAdminUnitsQueryDto) {
    return this.adminUnits.list(query);
  }

  /** Every period of a code, oldest first, with predecessors and successors. */
  @Get(':code/history')
  @Roles(...ALL_ROLES)
  @ZodResponse({ type: AdminUnitHistoryDto })
  history(@Param() params: AdminUnitCodeParamDto) {
    return this.adminUnits.history(params.code);
  }
}
