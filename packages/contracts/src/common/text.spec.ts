import { describe, expect, it } from 'vitest';
import { foldText, nameProblem, nameSchema, normalizeText, textSchema } from './text';

describe('Vietnamese text', () => {
  it('normalizes decomposed input to NFC and collapses whitespace', () => {
    const decomposed = 'Nguye\u0302\u0303n   Thi\u0323  Hu\u031bo\u031bng ';
    expect(normalizeText(decomposed)).toBe('Nguyễn Thị Hương');
    expect(normalizeText(decomposed)).toBe('Nguyễn Thị Hương'.normalize('NFC'));
  });

  it('folds accents, đ and case so that "nguyen thi huong" matches "Nguyễn Thị Hương"', () => {
    expect(foldText('Nguyễn Thị Hương')).toBe('nguyen thi huong');
    expect(foldText('ĐẶNG  Văn Đức')).toBe('dang van duc');
  });

  it('refuses an empty name after trimming, in Vietnamese', () => {
    const result = textSchema(100).safeParse('   ');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toBe('Không được để trống');
  });
});

describe('names', () => {
  const hidden = [
    ['a right-to-left override', 'Nguyễn \u202EnăV'],
    ['a left-to-right embedding', '\u202ANguyễn Văn A'],
    ['a direction isolate', 'Trần \u2067Thị\u2069 Hoa'],
    ['a zero-width space', 'Lê\u200BVăn'],
    ['a zero-width joiner', 'Lê Văn\u200D'],
    ['a word joiner', 'Lê\u2060Văn'],
    ['a byte-order mark', '\uFEFFLê Văn'],
  ];

  it.each(hidden)('refuses a name with %s, in Vietnamese', (_what, name) => {
    const result = nameSchema(120, 'Họ và tên').safeParse(name);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toBe(
      'Họ và tên có ký tự ẩn hoặc ký tự đảo chiều chữ, hãy gõ lại',
    );
  });

  it.each([
    ['combining marks only', '\u0301\u0303\u0323'],
    ['zero-width characters only', '\u200B\u200C\u200D'],
    ['an override only', '\u202E'],
    ['digits and punctuation', '1234 .-'],
  ])('refuses a name made of %s', (_what, name) => {
    expect(nameSchema(120).safeParse(name).success).toBe(false);
    expect(nameProblem(name)).toBeDefined();
  });

  it('accepts Vietnamese names, decomposed or not, and stores them in NFC', () => {
    expect(nameSchema(120).parse('  Nguye\u0302\u0303n   Thị Hương ')).toBe('Nguyễn Thị Hương');
    expect(nameSchema(120).parse("Hồ Xuân H'Hen-Niê")).toBe("Hồ Xuân H'Hen-Niê");
    expect(nameProblem('Đặng Văn Đức')).toBeUndefined();
  });

  it('still says an empty name is empty', () => {
    expect(nameSchema(120).safeParse('  ').error?.issues[0].message).toBe('Không được để trống');
  });
});
