import { describe, expect, it } from 'vitest';
import { createPersonBodySchema, normalizePhone } from './people.schemas';
import { importRowSchema } from '../registrations/registrations.schemas';

describe('phone numbers', () => {
  it.each([
    ['0912345678', '0912345678'],
    ['+84 912 345 678', '0912345678'],
    ['84912345678', '0912345678'],
    ['0912.345.678', '0912345678'],
    ['(+84) 98-765-4321', '0987654321'],
    ['0084 35 123 4567', '0351234567'],
  ])('normalizes %s to %s', (raw, expected) => {
    expect(normalizePhone(raw)).toBe(expected);
  });

  it.each(['02283 123 456', '0123456789', '091234567', '09123456789', 'abc', '+1 415 555 0100'])(
    'refuses %s, which is not a Vietnamese mobile number',
    (raw) => {
      expect(normalizePhone(raw)).toBeUndefined();
    },
  );
});

describe('a new person', () => {
  const base = {
    gender: 'female',
    birthYear: 1958,
    communeCode: '14215',
    group: 'elderly',
    consent: true,
  };

  it('is stored with the name in NFC and whitespace collapsed, and the phone normalized', () => {
    const parsed = createPersonBodySchema.parse({
      ...base,
      fullName: '  Nguye\u0302\u0303n  Thi\u0323 Hu\u031bo\u031bng ',
      phone: '+84 912 345 678',
    });
    expect(parsed.fullName).toBe('Nguyễn Thị Hương');
    expect(parsed.phone).toBe('0912345678');
    expect(parsed.organizationId).toBeNull();
  });

  it('may have no phone', () => {
    expect(createPersonBodySchema.parse({ ...base, fullName: 'Trần Văn Bảy' }).phone).toBeNull();
    expect(
      createPersonBodySchema.parse({ ...base, fullName: 'Trần Văn Bảy', phone: '' }).phone,
    ).toBeNull();
  });

  it('needs consent, explained in Vietnamese', () => {
    const result = createPersonBodySchema.safeParse({
      ...base,
      fullName: 'Trần Văn Bảy',
      consent: false,
    });
    expect(result.error?.issues[0].message).toContain('đồng ý');
  });

  it.each([
    ['combining marks only', '\u0301\u0303\u0323\u0309'],
    ['zero-width characters', 'Trần\u200BVăn\u200DBảy'],
    ['a right-to-left override', 'Trần Văn \u202EyảB'],
  ])('refuses a name of %s, in Vietnamese', (_what, fullName) => {
    const result = createPersonBodySchema.safeParse({ ...base, fullName });
    expect(result.error?.issues[0]).toMatchObject({
      path: ['fullName'],
      message: expect.stringMatching(/^Họ và tên (có ký tự ẩn|phải có ít nhất một chữ cái)/u),
    });
  });

  it('refuses a landline with a message a coordinator understands', () => {
    const result = createPersonBodySchema.safeParse({
      ...base,
      fullName: 'Trần Văn Bảy',
      phone: '0228 3 123 456',
    });
    expect(result.error?.issues[0]).toMatchObject({
      path: ['phone'],
      message: expect.stringContaining('di động'),
    });
  });
});

describe('an import row', () => {
  it('accepts the Vietnamese labels of gender and group, ignoring case and accents', () => {
    const row = importRowSchema.parse({
      fullName: 'Đỗ Thị Lụa',
      gender: 'nu',
      birthYear: '1962',
      communeCode: '14224',
      group: 'NGƯỜI CAO TUỔI',
    });
    expect(row).toMatchObject({
      gender: 'female',
      birthYear: 1962,
      group: 'elderly',
      phone: null,
      organizationId: null,
    });
  });

  it('accepts the codes too', () => {
    expect(
      importRowSchema.parse({
        fullName: 'Lê Văn Ba',
        gender: 'male',
        birthYear: 1970,
        communeCode: '14215',
        group: 'veteran',
      }).group,
    ).toBe('veteran');
  });
});
