import { Injectable } from '@nestjs/common';
import { Clock } from '../../common/clock';
import type { Actor } from '../../common/auth/actor';
import { scopeOf } from '../../common/auth/scope';
import type { Pdf } from '../../common/pdf/pdf-document';
import { AdminUnitsService } from '../admin-units/admin-units.service';
import { ConferencesService } from '../conferences/conferences.service';
import { buildImportTemplate } from './import/import-template';
import { RegistrationsRepository } from './registrations.repository';
import { type RollCallRow, renderRollCall } from './roll-call.pdf';

/** The printed paper of a conference: the roll-call sheet and the import template. */
@Injectable()
export class RollCallService {
  constructor(
    private readonly registrations: RegistrationsRepository,
    private readonly conferences: ConferencesService,
    private readonly adminUnits: AdminUnitsService,
    private readonly clock: Clock,
  ) {}

  async render(actor: Actor, conferenceId: string): Promise<Pdf> {
    const conference = await this.conferences.get(conferenceId);
    const rows: RollCallRow[] = await this.registrations.findRollCall(scopeOf(actor), conferenceId);
    return renderRollCall(conference, rows);
  }

  async template(conferenceId: string): Promise<Buffer> {
    const conference = await this.conferences.get(conferenceId);
    const communes = await this.adminUnits.list({ level: 'commune' });
    // The conference's own district first: that is where most participants live.
    const own = communes.filter((c) => c.parentCode === conference.districtCode);
    const others = communes.filter((c) => c.parentCode !== conference.districtCode);
    return buildImportTemplate(
      [...own, ...others],
      conference.title,
      Number(this.clock.today().slice(0, 4)),
    );
  }
}
