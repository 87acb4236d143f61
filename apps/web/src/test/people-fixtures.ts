import type { Certificate, Person, Registration, VerifyResult } from '@canhgiac/contracts';
import { conferences } from './conference-fixtures';
import { organizations } from './fixtures';

// Participants of the Farmers' Association of Hải Hậu, registrations and certificates, as the
// API answers them (instants in UTC; the web shows Vietnam time).

const base = {
  gender: 'female' as const,
  communeCode: '14215',
  organizationId: organizations[0].id,
  group: 'farmer' as const,
  consentAt: '2026-05-01T02:00:00.000Z',
  consentSource: 'paper_form' as const,
  erased: false,
  createdAt: '2026-05-01T02:00:00.000Z',
};

export const people: Person[] = [
  {
    ...base,
    id: 'd0000000-0000-4000-8000-000000000001',
    fullName: 'Nguyễn Thị Hương',
    birthYear: 1958,
    phone: '0912345678',
  },
  {
    ...base,
    id: 'd0000000-0000-4000-8000-000000000002',
    fullName: 'Trần Văn Bảy',
    gender: 'male',
    birthYear: 1962,
    phone: null,
    communeCode: '14224',
    group: 'veteran',
  },
  {
    ...base,
    id: 'd0000000-0000-4000-8000-000000000003',
    fullName: null,
    birthYear: null,
    phone: null,
    erased: true,
  },
];

const [planned, , held] = conferences;

const registration = (person: Person, overrides: Partial<Registration> = {}): Registration => ({
  id: person.id.replace('d0000000', 'e0000000'),
  conferenceId: planned.id,
  person,
  status: 'registered',
  checkedInAt: null,
  checkInMethod: null,
  checkInCode: `7K3M9QX${person.id.slice(-1)}`,
  organizationId: organizations[0].id,
  createdAt: '2026-05-02T02:00:00.000Z',
  ...overrides,
});

export const registrations: Registration[] = [
  registration(people[0]),
  // 08:05 in Vietnam.
  registration(people[1], {
    status: 'attended',
    checkedInAt: '2026-05-15T01:05:00.000Z',
    checkInMethod: 'code',
  }),
  registration(people[2], { status: 'absent' }),
];

export { registration };

const certificate = (n: number, overrides: Partial<Certificate> = {}): Certificate => ({
  id: `f0000000-0000-4000-8000-00000000000${n}`,
  serial: `${n}/GCN-SKHCN-2026`,
  registrationId: registrations[1].id,
  conferenceId: held.id,
  personId: people[1].id,
  holderName: 'Trần Văn Bảy',
  organizationId: organizations[0].id,
  verifyCode: `verify-code-number-${n}-abcdefghij`,
  status: 'valid',
  issuedAt: '2026-05-21T02:00:00.000Z',
  revokedAt: null,
  revokedReason: null,
  replacesId: null,
  replacedById: null,
  ...overrides,
});

export const certificates: Certificate[] = [
  certificate(1),
  certificate(2, { holderName: 'Nguyễn Thị Hương', personId: people[0].id }),
];

export { certificate };

export const verifyResult: VerifyResult = {
  valid: true,
  revoked: false,
  serial: '1/GCN-SKHCN-2026',
  holderName: 'Trần Văn Bảy',
  conferenceTitle: held.title,
  heldOn: '2026-05-20',
  place: 'Hội trường UBND xã Hải Hưng, Xã Hải Hưng',
  issuer: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
  issuedOn: '2026-05-21',
  revokedOn: null,
  revokedReason: null,
  replacedBySerial: null,
};

/** An API error answer in the contract's shape. */
export function apiError(status: number, code: string, message: string, extra: object = {}) {
  const error = {
    400: 'Bad Request',
    404: 'Not Found',
    409: 'Conflict',
    422: 'Unprocessable Entity',
    429: 'Too Many Requests',
  }[status];
  return { status, body: { statusCode: status, error: error ?? 'Error', message, code, ...extra } };
}
