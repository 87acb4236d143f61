import type { Campaign, Conference, CreateConferenceBody } from '@canhgiac/contracts';
import type { as } from './auth';

type Client = ReturnType<typeof as>;

let sequence = 0;
const next = () => (sequence += 1);

/**
 * Communes of Ninh Bình valid on the tests' dates (since 1/7/2025): Xã Hải Hậu (14215), Xã Hải
 * Hưng (14248), Xã Hải Anh (14236), all in the former Hải Hậu district. `yenDinh`, `haiNam` and
 * `haiTrung` are the names suites written before the reorganization use: each is one of these
 * three (Yên Định kept its code in Xã Hải Hậu, Hải Nam went into Xã Hải Hưng).
 */
export const communes = {
  haiHau: '14215',
  haiHung: '14248',
  haiAnh: '14236',
  yenDinh: '14215',
  haiNam: '14248',
  haiTrung: '14236',
} as const;

/** Communes of Nam Định that ended on 30/6/2025, for dates before the reorganization. */
export const formerCommunes = {
  yenDinh: '14215',
  haiNam: '14224',
  haiTrung: '14227',
  cuaBac: '13669',
} as const;

export async function createCampaign(
  client: Client,
  overrides: Partial<Campaign> = {},
): Promise<Campaign> {
  const n = next();
  const res = await client.post('/api/campaigns').send({
    name: `Chiến dịch phòng chống lừa đảo ${n}`,
    year: 2026,
    startsOn: '2026-01-01',
    endsOn: '2026-12-31',
    targetConferences: 70,
    targetParticipants: 15000,
    targetLeaflets: 20000,
    ...overrides,
  });
  if (res.status !== 201) throw new Error(`campaign: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** A conference body on a given Vietnamese day and hours (e.g. '2026-05-10', 8, 11). */
export function conferenceBody(
  campaignId: string,
  day: string,
  fromHour: number,
  toHour: number,
  overrides: Partial<CreateConferenceBody> = {},
): Record<string, unknown> {
  const at = (hour: number) => `${day}T${String(hour).padStart(2, '0')}:00:00+07:00`;
  return {
    campaignId,
    title: `Hội nghị tập huấn kỹ năng số ${next()}`,
    topic: 'Nhận diện và phòng chống lừa đảo trên môi trường Internet và điện thoại',
    startsAt: at(fromHour),
    endsAt: at(toHour),
    communeCode: communes.yenDinh,
    // A venue of the tests' own, so the demo's sample conferences never clash with them.
    venue: 'Nhà văn hóa thôn Kiên Chính',
    organizerIds: [],
    trainers: [],
    capacity: 200,
    ...overrides,
  };
}

export async function createConference(
  client: Client,
  body: Record<string, unknown>,
): Promise<Conference> {
  const res = await client.post('/api/conferences').send(body);
  if (res.status !== 201) throw new Error(`conference: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

let personSequence = 0;
const syllables = [
  'An',
  'Bình',
  'Chi',
  'Dũng',
  'Giang',
  'Hà',
  'Khánh',
  'Lan',
  'Minh',
  'Nga',
  'Phúc',
  'Quỳnh',
  'Sơn',
  'Thảo',
  'Uyên',
  'Việt',
];

/** A distinct person body: the name is unique per call, so the duplicate rule never trips by accident. */
export function personBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  personSequence += 1;
  const n = personSequence;
  return {
    fullName: `Nguyễn ${syllables[n % 16]} ${syllables[Math.floor(n / 16) % 16]} ${syllables[Math.floor(n / 256) % 16]}`,
    gender: n % 2 === 0 ? 'female' : 'male',
    birthYear: 1940 + (n % 60),
    communeCode: communes.yenDinh,
    group: 'farmer',
    consent: true,
    ...overrides,
  };
}
