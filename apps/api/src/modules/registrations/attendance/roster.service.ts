import { Injectable } from '@nestjs/common';
import type { Roster } from '@canhgiac/contracts';
import type { Actor } from '../../../common/auth/actor';
import { scopeOf } from '../../../common/auth/scope';
import { Clock } from '../../../common/clock';
import { ConferencesService } from '../../conferences/conferences.service';
import { RegistrationsRepository } from '../registrations.repository';

/** The roster a device downloads before going to a venue with no network. */
@Injectable()
export class RosterService {
  constructor(
    private readonly registrations: RegistrationsRepository,
    private readonly conferences: ConferencesService,
    private readonly clock: Clock,
  ) {}

  /** The conference and the registrations the caller may see (a coordinator: their list), without phone numbers. */
  async roster(actor: Actor, conferenceId: string): Promise<Roster> {
    const conference = await this.conferences.get(conferenceId);
    const records = await this.registrations.findRoster(scopeOf(actor), conferenceId);
    return {
      conference: {
        id: conference.id,
        title: conference.title,
        startsAt: conference.startsAt,
        endsAt: conference.endsAt,
        venue: conference.venue,
        communeCode: conference.communeCode,
        status: conference.status,
      },
      generatedAt: this.clock.now().toISOString(),
      registrations: records.map((record) => ({
        ...record,
        checkedInAt: record.checkedInAt?.toISOString() ?? null,
      })),
    };
  }
}
