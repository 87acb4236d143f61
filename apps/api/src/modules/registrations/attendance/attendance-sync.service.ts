import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  AttendanceSyncBody,
  AttendanceSyncEvent,
  AttendanceSyncEventResult,
  AttendanceSyncResult,
  CreatePersonBody,
  ErrorDetail,
} from '@canhgiac/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../../common/auth/actor';
import { scopeOf } from '../../../common/auth/scope';
import { Clock } from '../../../common/clock';
import { AppError } from '../../../common/errors/app-error';
import { formatDate, formatTime } from '../../../common/pdf/format';
import { todayInVietnam } from '../../../common/time';
import { AuditService } from '../../audit/audit.service';
import { RegistrationsService } from '../registrations.service';
import {
  AttendanceSql,
  type CheckInItem,
  type ClaimedEvent,
  type EventOutcome,
  type RecordedEvent,
} from './attendance.sql';

/** Why an event is rejected, in the words of the coordinator who sent it. */
const reasons = {
  cancelled: 'Hội nghị đã bị hủy, không thể điểm danh',
  /** The server's day is before the conference's: nothing can be checked in yet. */
  notYetDay: (day: Date) =>
    `Chưa đến ngày hội nghị (${formatDate(day)}) nên chưa thể điểm danh; hãy đồng bộ lại vào ngày hội nghị`,
  /** The device recorded the check-in before the conference's day. */
  beforeDay: (at: Date, day: Date) =>
    `Thiết bị ghi điểm danh lúc ${formatTime(at)} ngày ${formatDate(at)}, trước ngày hội nghị (${formatDate(day)}); kiểm tra lại ngày giờ của thiết bị`,
  // One answer whether the registration does not exist or is on another organization's list.
  unknownCode: (code: string) => `Mã điểm danh ${code} không có trong danh sách hội nghị này`,
  unknownRegistration: 'Lượt đăng ký này không có trong danh sách hội nghị này',
  invalid: (problem: ErrorDetail) => {
    const label = fieldLabels[problem.path];
    const named = !label || problem.message.toLowerCase().includes(label.toLowerCase());
    return `Sự kiện không hợp lệ: ${named ? '' : `${label}: `}${problem.message}`;
  },
  /** A rule of registration refused a walk-in: the conference is full, the commune unknown… */
  refused: (error: AppError) =>
    error.options.details?.map((detail) => detail.message).join('; ') || error.message,
};

const fieldLabels: Record<string, string> = {
  at: 'Thời điểm',
  kind: 'Loại sự kiện',
  code: 'Mã điểm danh',
  registrationId: 'Lượt đăng ký',
  person: 'Người tham gia',
  'person.fullName': 'Họ và tên',
  'person.gender': 'Giới tính',
  'person.birthYear': 'Năm sinh',
  'person.phone': 'Số điện thoại',
  'person.communeCode': 'Xã, phường',
  'person.organizationId': 'Tổ chức',
  'person.group': 'Nhóm đối tượng',
  'person.consent': 'Sự đồng ý',
  'person.consentSource': 'Cách ghi nhận sự đồng ý',
};

/**
 * The time a check-in counts at. Check-in opens on the conference's day (00:00 in Vietnam), as
 * online: an event the device recorded before that day is rejected (`beforeDay`), and so is
 * every event while the server's day is still before it. An event after the moment the server
 * receives it comes from a device whose clock is ahead: it counts at that moment, exactly what an
 * online check-in sent then would record.
 */
function countedAt(deviceAt: Date, now: Date): Date {
  return deviceAt > now ? now : deviceAt;
}

/** 00:00 in Vietnam (UTC+7, no daylight saving) on the day of `instant`. */
const startOfVietnamDay = (instant: Date) => new Date(`${todayInVietnam(instant)}T00:00:00+07:00`);

type Decision = Omit<EventOutcome, 'eventId'> & { timeAdjusted: boolean };

/** What a batch decided: each claimed event's outcome, and how many attendances it changed. */
interface Applied {
  decisions: Map<string, Decision>;
  /** Registrations that became attended, and attendances moved to an earlier time. */
  attended: number;
  earlier: number;
}

/**
 * Offline check-in: a device's batch of check-ins and walk-ins, applied in one transaction.
 * Each event is processed once, by its id; an event that cannot be applied is rejected with a
 * reason and the others still apply. See docs/architecture.md, "Offline check-in".
 */
@Injectable()
export class AttendanceSyncService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registrations: RegistrationsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async sync(
    actor: Actor,
    conferenceId: string,
    body: AttendanceSyncBody,
  ): Promise<AttendanceSyncResult> {
    return this.dataSource.transaction(async (manager) => {
      const sql = new AttendanceSql(manager);
      const conference = await sql.lockConference(conferenceId);
      if (!conference) throw AppError.notFound('hội nghị');
      const firsts = firstOfEachId(body.events);
      const claimed = await sql.claim(
        conferenceId,
        body.deviceId,
        actor.id,
        [...firsts.values()].map(claimOf),
      );
      const fresh = [...firsts.values()].filter((e) => claimed.has(e.eventId));
      const applied =
        conference.status === 'cancelled'
          ? rejectAll(fresh, reasons.cancelled)
          : await this.apply(actor, conferenceId, conference.startsAt, fresh, manager, sql);
      await sql.recordOutcomes(
        [...applied.decisions].map(([eventId, { timeAdjusted: _, ...decision }]) => ({
          eventId,
          ...decision,
        })),
      );
      const recorded = await sql.findRecorded(
        scopeOf(actor),
        conferenceId,
        [...firsts.keys()].filter((id) => !claimed.has(id)),
      );
      const results = answer(body.events, firsts, applied.decisions, recorded);
      // A batch that was wholly sent before changes nothing, not even the audit log.
      if (fresh.length > 0)
        await this.audit.record(manager, actor, {
          action: 'check_in',
          entity: 'attendance_sync',
          entityId: conferenceId,
          summary: auditSummary(conferenceId, body, results, applied),
        });
      return { results };
    });
  }

  /** Decides the claimed events of an open conference: walk-ins first, then every check-in at once. */
  private async apply(
    actor: Actor,
    conferenceId: string,
    startsAt: Date,
    events: AttendanceSyncEvent[],
    manager: EntityManager,
    sql: AttendanceSql,
  ): Promise<Applied> {
    const now = this.clock.now();
    const opens = startOfVietnamDay(startsAt);
    if (now < opens) return rejectAll(events, reasons.notYetDay(startsAt));
    const decisions = new Map<string, Decision>();
    const checkIns: Array<CheckInItem & { deviceAt: Date }> = [];
    for (const item of events) {
      if (!('event' in item)) {
        decisions.set(item.eventId, rejected(reasons.invalid(item.problem)));
        continue;
      }
      const { event } = item;
      const deviceAt = new Date(event.at);
      if (deviceAt < opens) {
        decisions.set(event.eventId, rejected(reasons.beforeDay(deviceAt, startsAt)));
        continue;
      }
      const at = countedAt(deviceAt, now);
      if (event.kind === 'check_in') {
        checkIns.push({
          eventId: event.eventId,
          at,
          deviceAt,
          code: event.code ?? null,
          registrationId: event.registrationId ?? null,
          method: event.code ? 'code' : 'registration',
        });
        continue;
      }
      const walkIn = await this.registerWalkIn(actor, conferenceId, event.person, manager);
      if (walkIn instanceof AppError) {
        decisions.set(event.eventId, rejected(reasons.refused(walkIn)));
      } else {
        checkIns.push({
          eventId: event.eventId,
          at,
          deviceAt,
          code: null,
          registrationId: walkIn,
          method: 'walk_in',
        });
      }
    }
    const counted = await sql.checkInEarliest(scopeOf(actor), conferenceId, checkIns);
    for (const item of checkIns)
      decisions.set(item.eventId, checkInDecision(item, counted.registrations.get(item.eventId)));
    return { decisions, attended: counted.attended, earlier: counted.earlier };
  }

  /**
   * A walk-in goes through the online walk-in's registration rules (the duplicate rule, a seat,
   * one registration per person), under a savepoint, so that one refused walk-in leaves nothing
   * behind and the batch goes on. Answers the registration, or the rule's error.
   */
  private async registerWalkIn(
    actor: Actor,
    conferenceId: string,
    person: CreatePersonBody,
    manager: EntityManager,
  ): Promise<string | AppError> {
    await manager.query('SAVEPOINT attendance_walk_in');
    try {
      const { id } = await this.registrations.registerIn(actor, conferenceId, { person }, manager, {
        allowExisting: true,
      });
      await manager.query('RELEASE SAVEPOINT attendance_walk_in');
      return id;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      await manager.query('ROLLBACK TO SAVEPOINT attendance_walk_in');
      return error;
    }
  }
}

/** Applied when the caller's list has the registration; otherwise rejected as unknown. */
function checkInDecision(
  item: CheckInItem & { deviceAt: Date },
  registrationId: string | null | undefined,
): Decision {
  if (!registrationId)
    return rejected(item.code ? reasons.unknownCode(item.code) : reasons.unknownRegistration);
  return {
    outcome: 'applied',
    registrationId,
    checkedInAt: item.at,
    reason: null,
    timeAdjusted: item.at.getTime() !== item.deviceAt.getTime(),
  };
}

function rejected(reason: string): Decision {
  return {
    outcome: 'rejected',
    registrationId: null,
    checkedInAt: null,
    reason,
    timeAdjusted: false,
  };
}

function present(
  eventId: string,
  outcome: AttendanceSyncEventResult['outcome'],
  source?: { registrationId: string | null; reason: string | null },
): AttendanceSyncEventResult {
  return {
    eventId,
    outcome,
    ...(source?.registrationId ? { registrationId: source.registrationId } : {}),
    ...(source?.reason ? { reason: source.reason } : {}),
  };
}

/** The first event of each id in the batch; a repeat in the same batch is a duplicate of it. */
function firstOfEachId(events: AttendanceSyncEvent[]): Map<string, AttendanceSyncEvent> {
  const firsts = new Map<string, AttendanceSyncEvent>();
  for (const event of events) if (!firsts.has(event.eventId)) firsts.set(event.eventId, event);
  return firsts;
}

const claimOf = (e: AttendanceSyncEvent): ClaimedEvent => ({
  eventId: e.eventId,
  kind: 'event' in e ? e.event.kind : null,
  deviceAt: 'event' in e ? new Date(e.event.at) : null,
});

function rejectAll(events: AttendanceSyncEvent[], reason: string): Applied {
  return {
    decisions: new Map(events.map((e) => [e.eventId, rejected(reason)])),
    attended: 0,
    earlier: 0,
  };
}

/**
 * One result per event, in order: the decision for the first of each id claimed now; for any
 * other, `duplicate` with what was decided before (in this batch or an earlier one).
 */
function answer(
  events: AttendanceSyncEvent[],
  firsts: Map<string, AttendanceSyncEvent>,
  decisions: Map<string, Decision>,
  recorded: RecordedEvent[],
): AttendanceSyncEventResult[] {
  const before = new Map(recorded.map((row) => [row.eventId, row]));
  return events.map((event) => {
    const decision = decisions.get(event.eventId);
    if (decision && firsts.get(event.eventId) === event)
      return present(event.eventId, decision.outcome, decision);
    return present(event.eventId, 'duplicate', decision ?? before.get(event.eventId));
  });
}

function auditSummary(
  conferenceId: string,
  body: AttendanceSyncBody,
  results: AttendanceSyncEventResult[],
  applied: Applied,
): Record<string, unknown> {
  const count = (outcome: AttendanceSyncEventResult['outcome']) =>
    results.filter((r) => r.outcome === outcome).length;
  return {
    conferenceId,
    deviceId: body.deviceId,
    events: body.events.length,
    applied: count('applied'),
    duplicate: count('duplicate'),
    rejected: count('rejected'),
    attended: applied.attended,
    movedEarlier: applied.earlier,
    timesAdjusted: [...applied.decisions.values()].filter((d) => d.timeAdjusted).length,
  };
}
