import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { UsersModule } from '../users/users.module';
import { JobQueueService } from './job-queue.service';
import { JobsController } from './jobs.controller';
import { JobsRepository } from './jobs.repository';
import { JobsService } from './jobs.service';

/**
 * The job queue and the jobs users ask for. Modules that own long work import this one and
 * register their kinds with `JobsService.register`; scheduled tasks register with
 * `JobQueueService.scheduleTask`.
 */
@Module({
  imports: [AuditModule, UsersModule],
  controllers: [JobsController],
  providers: [JobQueueService, JobsRepository, JobsService],
  exports: [JobQueueService, JobsService],
})
export class JobsModule {}
