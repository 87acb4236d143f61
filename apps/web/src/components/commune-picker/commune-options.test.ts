import { describe, expect, it } from 'vitest';
import { districts, haiHauCommunes, todayCommunes } from '../../test/fixtures';
import { buildCommuneOptions, filterCommuneOptions } from './commune-options';

describe('commune options', () => {
  it('finds today\'s Xã Hải Hậu by its former name "yen dinh", with the former name as a note', () => {
    const options = buildCommuneOptions(todayCommunes, { districts: [], former: haiHauCommunes });

    const found = filterCommuneOptions(options, 'yen dinh');

    expect(found.map((option) => option.label)).toEqual(['Xã Hải Hậu']);
    expect(found[0]?.formerName).toBe('Thị trấn Yên Định');
  });

  it('searches without accents: "hai hung" finds "Xã Hải Hưng" only', () => {
    const options = buildCommuneOptions(todayCommunes, { districts: [], former: [] });

    expect(filterCommuneOptions(options, 'hai hung').map((option) => option.label)).toEqual([
      'Xã Hải Hưng',
    ]);
  });

  it('before 1/7/2025 names each commune with its district', () => {
    const options = buildCommuneOptions(haiHauCommunes, { districts, former: [] });

    expect(options.find((option) => option.code === '14215')?.label).toBe(
      'Thị trấn Yên Định (Huyện Hải Hậu)',
    );
    expect(options.every((option) => option.formerName === null)).toBe(true);
  });
});
