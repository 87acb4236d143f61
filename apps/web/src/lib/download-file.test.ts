import { describe, expect, it } from 'vitest';
import { fileNameFrom } from './download-file';

describe('the name a downloaded file is saved under', () => {
  it('is the Vietnamese name the API gives, decoded from filename*', () => {
    const disposition = `attachment; filename="bao-cao-do-bao-phu-theo-nhom-tuoi.xlsx"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20%C4%91%E1%BB%99%20bao%20ph%E1%BB%A7%20theo%20nh%C3%B3m%20tu%E1%BB%95i.xlsx`;
    expect(fileNameFrom(disposition, 'x.xlsx')).toBe('Báo cáo độ bao phủ theo nhóm tuổi.xlsx');
  });

  it('is the ASCII name when the answer has no filename*', () => {
    expect(
      fileNameFrom('inline; filename="danh-sach-diem-danh-hoi-nghi-xa-yen-dinh.pdf"', 'x.pdf'),
    ).toBe('danh-sach-diem-danh-hoi-nghi-xa-yen-dinh.pdf');
  });

  it('is the fallback as an ASCII slug when the answer names no file', () => {
    expect(fileNameFrom(null, 'Biên bản bàn giao 12/BBBG-2026.pdf')).toBe(
      'bien-ban-ban-giao-12-bbbg-2026.pdf',
    );
    expect(fileNameFrom('attachment', 'Báo cáo độ bao phủ theo Nhóm tuổi.csv')).toBe(
      'bao-cao-do-bao-phu-theo-nhom-tuoi.csv',
    );
  });
});
