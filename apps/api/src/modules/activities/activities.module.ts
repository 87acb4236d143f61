import { Module } from '@nestjs/common';
import { AdminUnitsModule } from '../admin-units/admin-units.module';
import { AuditModule } from '../audit/audit.module';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { ActivitiesController } from './activities.controller';
import { ActivitiesRepository } from './activities.repository';
import { ActivitiesService } from './activities.service';
import { ActivityImportService } from './import/activity-import.service';

@Module({
  imports: [AdminUnitsModule, AuditModule, CampaignsModule, OrganizationsModule],
  controllers: [ActivitiesController],
  providers: [ActivitiesRepository, ActivitiesService, ActivityImportService],
})
export class ActivitiesModule {}
