import { describe, expect, it } from 'vitest';
import { ATTENDANCE_SYNC_MAX_EVENTS, attendanceSyncBodySchema } from './attendance.schemas';

const eventId = '3f0c8a52-6d1e-4b8a-9c3e-2a7f5d9b1e04';
const at = '2026-05-15T08:05:00+07:00';
const person = {
  fullName: 'Nguyễn Thị Hoa',
  gender: 'female',
  birthYear: 1958,
  communeCode: '14215',
  group: 'elderly',
  consent: true,
};
const sync = (events: unknown[]) =>
  attendanceSyncBodySchema.safeParse({ deviceId: 'may-1', events });

describe('a sync of offline events', () => {
  it('reads a check-in by code or by registration, and a walk-in, as events', () => {
    const parsed = sync([
      { eventId, at, kind: 'check_in', code: '7k3m9qxd' },
      { eventId, at, kind: 'check_in', registrationId: eventId },
      { eventId, at, kind: 'walk_in', person: { ...person, phone: '+84 912 345 678' } },
    ]);
    expect(parsed.success && parsed.data.events).toEqual([
      { eventId, event: { eventId, at, kind: 'check_in', code: '7K3M9QXD' } },
      { eventId, event: { eventId, at, kind: 'check_in', registrationId: eventId } },
      {
        eventId,
        event: expect.objectContaining({
          kind: 'walk_in',
          person: expect.objectContaining({ phone: '0912345678', consentSource: 'paper_form' }),
        }),
      },
    ]);
  });

  it('keeps an event whose content is invalid, with its first problem, so the others still apply', () => {
    const parsed = sync([
      { eventId, at, kind: 'check_in', code: '7K3M9QXD', registrationId: eventId },
      { eventId, at: '15/05/2026 08:05', kind: 'check_in', code: '7K3M9QXD' },
      { eventId, at, kind: 'walk_in', person: { ...person, consent: false } },
      { eventId, at, kind: 'check_out' },
    ]);
    expect(
      parsed.success && parsed.data.events.map((e) => 'problem' in e && e.problem.path),
    ).toEqual(['', 'at', 'person.consent', 'kind']);
  });

  it('refuses the batch when an event has no id of its own, or when it has too many events', () => {
    expect(sync([{ at, kind: 'check_in', code: '7K3M9QXD' }]).success).toBe(false);
    expect(sync([{ eventId: 'abc', at, kind: 'check_in', code: '7K3M9QXD' }]).success).toBe(false);
    const events = Array.from({ length: ATTENDANCE_SYNC_MAX_EVENTS + 1 }, () => ({
      eventId,
      at,
      kind: 'check_in',
      code: '7K3M9QXD',
    }));
    expect(sync(events).success).toBe(false);
    expect(sync(events.slice(1)).success).toBe(true);
  });
});
