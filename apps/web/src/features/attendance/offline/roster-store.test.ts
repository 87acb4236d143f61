import 'fake-indexeddb/auto';
import type { Roster } from '@canhgiac/contracts';
import { afterEach, describe, expect, it } from 'vitest';
import { wipeOfflineData } from '../../../lib/offline-database';
import { dayAfter, TEST_TODAY } from '../../../test/clock';
import { offlineDb } from './offline-db';
import {
  checkInLocally,
  checkInRows,
  parseRowNumbers,
  saveRoster,
  walkInLocally,
  wipeExpired,
} from './roster-store';

const conferenceId = '6f1c7a52-0000-4000-8000-000000000001';
/** The conference is held on the test clock's day; every time below is counted from it. */
const conferenceDay = TEST_TODAY;
const ids = ['a', 'b', 'c'].map((x) => `6f1c7a52-0000-4000-8000-00000000000${x}`);

function roster(
  overrides: Partial<Record<number, Partial<Roster['registrations'][number]>>> = {},
): Roster {
  const names = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường'];
  return {
    conference: {
      id: conferenceId,
      title: 'Hội nghị tại xã Hải Hậu',
      startsAt: `${conferenceDay}T01:00:00.000Z`,
      endsAt: `${conferenceDay}T04:00:00.000Z`,
      venue: 'Hội trường UBND xã',
      communeCode: '14215',
      status: 'confirmed',
    },
    generatedAt: at('10:00', -1).toISOString(),
    registrations: names.map((fullName, index) => ({
      id: ids[index],
      code: `7K3M9QX${index}`,
      fullName,
      birthYear: 1950 + index,
      communeCode: '14215',
      organizationId: null,
      status: 'registered' as const,
      checkedInAt: null,
      ...overrides[index],
    })),
  };
}

/** A time on the conference's day, or `days` after it. */
const at = (time: string, days = 0) => new Date(`${dayAfter(conferenceDay, days)}T${time}:00.000Z`);
const rows = () =>
  offlineDb().registrations.where('conferenceId').equals(conferenceId).sortBy('row');
const pending = () =>
  offlineDb().events.where('[conferenceId+state]').equals([conferenceId, 'pending']).toArray();

afterEach(async () => {
  offlineDb().close({ disableAutoOpen: false });
  await wipeOfflineData();
});

describe('the list on the device', () => {
  it('keeps the sheet order as row numbers, names folded for search, and no phone', async () => {
    await saveRoster(roster(), 'user-1', at('00:00'));
    const stored = await rows();
    expect(stored.map((r) => [r.row, r.fullName, r.search])).toEqual([
      [1, 'Nguyễn Văn An', 'nguyen van an'],
      [2, 'Trần Thị Bình', 'tran thi binh'],
      [3, 'Lê Văn Cường', 'le van cuong'],
    ]);
    expect(JSON.stringify(stored)).not.toMatch(/phone/u);
  });

  it('checks in once, by id or by code, and says when someone was already in', async () => {
    await saveRoster(roster(), 'user-1', at('00:00'));
    expect(await checkInLocally(conferenceId, { registrationId: ids[0] }, at('01:05'))).toEqual({
      kind: 'checked-in',
      name: 'Nguyễn Văn An',
      at: at('01:05').toISOString(),
    });
    expect(await checkInLocally(conferenceId, { code: '7K3M9QX0' }, at('01:09'))).toMatchObject({
      kind: 'already',
      at: at('01:05').toISOString(),
    });
    const events = await pending();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      kind: 'check_in',
      registrationId: ids[0],
      at: at('01:05').toISOString(),
    });
  });

  it('keeps an unknown code for the server to decide', async () => {
    await saveRoster(roster(), 'user-1', at('00:00'));
    expect(await checkInLocally(conferenceId, { code: 'ZZZZ9999' }, at('01:05'))).toEqual({
      kind: 'queued-unknown',
      code: 'ZZZZ9999',
    });
    expect((await pending())[0]).toMatchObject({ kind: 'check_in', code: 'ZZZZ9999' });
  });

  it("keeps this device's waiting check-ins and walk-ins when the list is taken again", async () => {
    await saveRoster(roster(), 'user-1', at('00:00'));
    await checkInLocally(conferenceId, { registrationId: ids[1] }, at('01:10'));
    await walkInLocally(
      conferenceId,
      {
        fullName: 'Phạm Văn Đến',
        gender: 'male',
        birthYear: 1960,
        phone: null,
        communeCode: '14215',
        organizationId: null,
        group: 'farmer',
        consent: true,
        consentSource: 'in_person',
      },
      at('01:12'),
    );
    // Another phone checked the first person in; the server's list says so.
    await saveRoster(
      roster({ 0: { status: 'attended', checkedInAt: at('01:01').toISOString() } }),
      'user-1',
      at('01:20'),
    );
    const stored = await rows();
    expect(stored.map((r) => [r.fullName, r.checkedInAt])).toEqual([
      ['Nguyễn Văn An', at('01:01').toISOString()],
      ['Trần Thị Bình', at('01:10').toISOString()],
      ['Lê Văn Cường', null],
      ['Phạm Văn Đến', at('01:12').toISOString()],
    ]);
    expect(await pending()).toHaveLength(2);
  });

  it('checks in the rows of a signed paper sheet, skipping those already in', async () => {
    await saveRoster(roster(), 'user-1', at('00:00'));
    await checkInLocally(conferenceId, { registrationId: ids[0] }, at('01:05'));
    expect(await checkInRows(conferenceId, ids, at('04:00'))).toBe(2);
    expect(await pending()).toHaveLength(3);
  });

  it('reads row numbers as typed from a sheet', () => {
    expect(parseRowNumbers('1-3, 5 7;9', 10)).toEqual({ rows: [1, 2, 3, 5, 7, 9], invalid: [] });
    expect(parseRowNumbers('2–4 4', 10).rows).toEqual([2, 3, 4]);
    expect(parseRowNumbers('0 11 3-1 x 6', 10)).toEqual({
      rows: [6],
      invalid: ['0', '11', '3-1', 'x'],
    });
  });

  it('wipes a list some days after its conference, unless check-ins still wait for the server', async () => {
    await saveRoster(roster(), 'user-1', at('00:00'));
    const fourDaysLater = at('05:00', 4);
    await checkInLocally(conferenceId, { registrationId: ids[0] }, at('01:05'));
    expect(await wipeExpired(fourDaysLater)).toEqual([]);
    await offlineDb().events.where('conferenceId').equals(conferenceId).modify({ state: 'done' });
    expect(await wipeExpired(at('05:00', 2))).toEqual([]);
    expect(await wipeExpired(fourDaysLater)).toEqual([conferenceId]);
    expect(await rows()).toEqual([]);
    expect(await offlineDb().rosters.count()).toBe(0);
  });
});
