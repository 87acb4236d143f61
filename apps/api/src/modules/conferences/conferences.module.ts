import { Module } from '@nestjs/common';
import { AdminUnitsModule } from '../admin-units/admin-units.module';
import { AuditModule } from '../audit/audit.module';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { ConferencesController } from './conferences.controller';
import { ConferencesRepository } from './conferences.repository';
import { ConferencesService } from './conferences.service';

@Module({
  imports: [AdminUnitsModule, AuditModule, CampaignsModule, OrganizationsModule],
  controllers: [ConferencesController],
  providers: [ConferencesRepository, ConferencesService],
  exports: [ConferencesService],
})
export class ConferencesModule {}
