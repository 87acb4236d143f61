import { Module } from '@nestjs/common';
import { AdminUnitsModule } from '../admin-units/admin-units.module';
import { AuditModule } from '../audit/audit.module';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { ConferencesModule } from '../conferences/conferences.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { LeafletsController } from './leaflets.controller';
import { LeafletsRepository } from './leaflets.repository';
import { LeafletsService } from './leaflets.service';

@Module({
  imports: [AdminUnitsModule, AuditModule, CampaignsModule, ConferencesModule, OrganizationsModule],
  controllers: [LeafletsController],
  providers: [LeafletsRepository, LeafletsService],
})
export class LeafletsModule {}
