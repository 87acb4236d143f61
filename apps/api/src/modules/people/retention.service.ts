import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import type { Caller } from '../../common/auth/actor';
import { AuditService } from '../audit/audit.service';
import { JobQueueService } from '../jobs/job-queue.service';
import { PeopleRepository } from './people.repository';

/** Every hour: an installation that runs only by day still gets it. */
const HOURLY = '23 * * * *';

/**
 * Data retention (Decree 13/2023): people who have not been registered or checked in for
 * RETENTION_YEARS years lose their name, phone and birth year, as if erased on request; their
 * attendance still counts, anonymously. Runs hourly as a scheduled task of the job queue (once
 * across all servers); an admin can run it now.
 */
@Injectable()
export class RetentionService {
  private readonly logger = new Logger('Retention');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly people: PeopleRepository,
    private readonly audit: AuditService,
    queue: JobQueueService,
  ) {
    if (this.years > 0) {
      queue.scheduleTask({ name: 'retention', cron: HOURLY, run: () => this.runQuietly() });
    }
  }

  get years(): number {
    return this.config.retentionYears;
  }

  async status(): Promise<{ retentionYears: number; eligible: number }> {
    return {
      retentionYears: this.years,
      eligible: this.years === 0 ? 0 : await this.people.countNotSeenFor(this.years),
    };
  }

  /** Anonymizes now; answers how many people were anonymized (0 when retention is off). */
  async run(caller: Caller): Promise<{ anonymized: number }> {
    if (this.years === 0) return { anonymized: 0 };
    return this.dataSource.transaction(async (manager) => {
      const anonymized = await this.people.anonymizeNotSeenFor(this.years, manager);
      if (anonymized === undefined) return { anonymized: 0 };
      if (anonymized > 0) {
        await this.audit.record(manager, caller, {
          action: 'erase',
          entity: 'person',
          summary: { retention: true, retentionYears: this.years, anonymized },
        });
      }
      return { anonymized };
    });
  }

  private async runQuietly() {
    try {
      const { anonymized } = await this.run({ id: null, username: 'system', ip: null });
      if (anonymized > 0)
        this.logger.log(`${anonymized} people anonymized after ${this.years} years`);
    } catch (error) {
      this.logger.error({ err: error }, 'retention run failed');
    }
  }
}
