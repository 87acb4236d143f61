import { Injectable } from '@nestjs/common';
import type { AdminUnit, AdminUnitLevel, ListAdminUnitsQuery } from '@canhgiac/contracts';
import type { EntityManager } from 'typeorm';
import { AppError } from '../../common/errors/app-error';
import { Clock } from '../../common/clock';
import { AdminUnitsRepository } from './admin-units.repository';

@Injectable()
export class AdminUnitsService {
  constructor(
    private readonly adminUnits: AdminUnitsRepository,
    private readonly clock: Clock,
  ) {}

  list(query: ListAdminUnitsQuery): Promise<AdminUnit[]> {
    return this.adminUnits.findValid({
      level: query.level,
      parentCode: query.parentCode,
      on: query.on ?? this.clock.today(),
    });
  }

  /**
   * The unit with this code at this level valid today, or a 400 that names the field.
   * Used by every feature that takes a `districtCode` or `communeCode`.
   */
  async requireCurrent(
    code: string,
    level: AdminUnitLevel,
    field: string,
    manager?: EntityManager,
  ): Promise<AdminUnit> {
    const unit = await this.adminUnits.findValidByCode(code, this.clock.today(), manager);
    if (!unit || unit.level !== level) {
      const names: Record<AdminUnitLevel, string> = {
        province: 'tỉnh',
        district: 'huyện/thành phố',
        commune: 'xã/phường/thị trấn',
      };
      const what = names[level];
      throw AppError.invalid(field, `Không có ${what} với mã ${code}`);
    }
    return unit;
  }
}
