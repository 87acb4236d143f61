import { Module } from '@nestjs/common';
import { AdminUnitsModule } from '../admin-units/admin-units.module';
import { AuditModule } from '../audit/audit.module';
import { ConferencesModule } from '../conferences/conferences.module';
import { PeopleModule } from '../people/people.module';
import { AttendanceSyncService } from './attendance/attendance-sync.service';
import { RosterService } from './attendance/roster.service';
import { RegistrationImportService } from './import/registration-import.service';
import { RegistrationsController } from './registrations.controller';
import { RegistrationsRepository } from './registrations.repository';
import { RegistrationsService } from './registrations.service';
import { RollCallService } from './roll-call.service';

@Module({
  imports: [AdminUnitsModule, AuditModule, ConferencesModule, PeopleModule],
  controllers: [RegistrationsController],
  providers: [
    RegistrationsRepository,
    RegistrationsService,
    RegistrationImportService,
    RollCallService,
    RosterService,
    AttendanceSyncService,
  ],
  exports: [RegistrationsService],
})
export class RegistrationsModule {}
