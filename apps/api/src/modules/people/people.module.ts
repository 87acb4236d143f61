import { Module } from '@nestjs/common';
import { AdminUnitsModule } from '../admin-units/admin-units.module';
import { AuditModule } from '../audit/audit.module';
import { JobsModule } from '../jobs/jobs.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { PeopleController } from './people.controller';
import { PeopleRepository } from './people.repository';
import { PeopleService } from './people.service';
import { RetentionController } from './retention.controller';
import { RetentionService } from './retention.service';

@Module({
  imports: [AdminUnitsModule, AuditModule, OrganizationsModule, JobsModule],
  controllers: [PeopleController, RetentionController],
  providers: [PeopleRepository, PeopleService, RetentionService],
  exports: [PeopleService],
})
export class PeopleModule {}
