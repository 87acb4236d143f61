import { Controller, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  adminUnitCodeParamSchema,
  adminUnitHistorySchema,
  adminUnitListSchema,
  listAdminUnitsQuerySchema,
  adminUnitRoutes,
} from '@canhgiac/contracts';
import { createZodDto } from 'nestjs-zod';
import { ALL_ROLES, Roles } from '../../common/auth/roles.decorator';
import { AdminUnitsService } from './admin-units.service';
import { Route } from '../../common/http/route.decorator';

class ListAdminUnitsQueryDto extends createZodDto(listAdminUnitsQuerySchema) {}
class AdminUnitListDto extends createZodDto(adminUnitListSchema) {}
class AdminUnitCodeParamDto extends createZodDto(adminUnitCodeParamSchema) {}
class AdminUnitHistoryDto extends createZodDto(adminUnitHistorySchema) {}

@ApiTags('reference data')
@ApiBearerAuth()
@Controller()
export class AdminUnitsController {
  constructor(private readonly adminUnits: AdminUnitsService) {}

  /** The units valid on `on` (today in Vietnam when absent). */
  @Route(adminUnitRoutes.list, AdminUnitListDto)
  @Roles(...ALL_ROLES)
  list(@Query() query: ListAdminUnitsQueryDto) {
    return this.adminUnits.list(query);
  }

  /** Every period of a code, oldest first, with predecessors and successors. */
  @Route(adminUnitRoutes.history, AdminUnitHistoryDto)
  @Roles(...ALL_ROLES)
  history(@Param() params: AdminUnitCodeParamDto) {
    return this.adminUnits.history(params.code);
  }
}
