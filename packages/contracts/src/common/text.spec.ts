import { describe, expect, it } from 'vitest';
import { foldText, normalizeText, textSchema } from './text';

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
