import { Module } from '@nestjs/common';
import { AdminUnitsController } from './admin-units.controller';
import { AdminUnitsRepository } from './admin-units.repository';
import { AdminUnitsService } from './admin-units.service';

@Module({
  controllers: [AdminUnitsController],
  providers: [AdminUnitsRepository, AdminUnitsService],
  exports: [AdminUnitsService],
})
export class AdminUnitsModule {}
