import { describe, expect, it } from 'vitest';
import { fileSlug, readableFileName, slugFileName } from './file-names';

describe('file names', () => {
  it('slugs a Vietnamese title to lower-case ASCII words joined by hyphens', () => {
    expect(fileSlug('Báo cáo độ bao phủ theo độ tuổi')).toBe('bao-cao-do-bao-phu-theo-do-tuoi');
    expect(fileSlug('Danh sách điểm danh – Hội nghị xã Yên Định')).toBe(
      'danh-sach-diem-danh-hoi-nghi-xa-yen-dinh',
    );
    expect(slugFileName('Biên bản bàn giao 12/BBBG-2026', 'pdf')).toBe(
      'bien-ban-ban-giao-12-bbbg-2026.pdf',
    );
  });

  it('slugs decomposed (NFD) text as its composed form', () => {
    expect(fileSlug('Đặng Văn Đức'.normalize('NFD'))).toBe('dang-van-duc');
  });

  it('cuts a long title at a word, and names an empty one', () => {
    const slug = fileSlug('Hội nghị tuyên truyền '.repeat(10), 40);
    expect(slug.length).toBeLessThanOrEqual(40);
    expect(slug).toBe('hoi-nghi-tuyen-truyen-hoi-nghi-tuyen');
    expect(fileSlug('–––')).toBe('tai-lieu');
  });

  it('keeps diacritics in the readable name, replacing only what file systems refuse', () => {
    expect(readableFileName('Hội nghị "An toàn số": xã Hải Nam/Hải Hậu')).toBe(
      'Hội nghị -An toàn số- xã Hải Nam-Hải Hậu',
    );
  });
});
