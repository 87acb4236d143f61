import { PassThrough } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { parse } from 'csv-parse/sync';
import {
  type CoverageGrouping,
  coverageFigureLabels,
  coverageGroupingLabels,
  type CoverageRow,
  type CsvDecimal,
} from '@canhgiac/contracts';
import { writeCoverageCsv } from './coverage-csv';

const figures = {
  conferencesHeld: 1,
  registrations: 2,
  attended: 2,
  uniqueParticipants: 2,
  leafletsDelivered: 0,
  population: null,
  coveragePct: null,
};
const row = (label: string): CoverageRow => ({
  key: null,
  label,
  validFrom: null,
  validTo: null,
  ...figures,
});

async function csvOf(
  labels: string[],
  options: {
    decimal?: CsvDecimal;
    figuresOf?: (label: string) => Partial<CoverageRow>;
    groupBy?: CoverageGrouping;
  } = {},
): Promise<string> {
  const { decimal, figuresOf = () => ({}), groupBy = 'group' } = options;
  const out = new PassThrough();
  const written = buffer(out);
  writeCoverageCsv(
    {
      report: {
        groupBy,
        units: 'current',
        rows: labels.map((label) => ({ ...row(label), ...figuresOf(label) })),
        totals: { ...figures, conferencesHeld: labels.length },
      },
      campaignName: null,
      from: null,
      to: null,
      generatedAt: new Date('2026-03-01T00:00:00Z'),
    },
    out,
    decimal,
  );
  return (await written).toString('utf8');
}

describe('the coverage CSV', () => {
  it('heads its columns with the words of the web’s report grid', async () => {
    const records: string[][] = parse(await csvOf(['Từ 60'], { groupBy: 'age_band' }), {
      bom: true,
    });
    expect(records[0]).toEqual([
      coverageGroupingLabels.age_band,
      ...Object.values(coverageFigureLabels),
    ]);
    expect(records[0]).toEqual([
      'Nhóm tuổi',
      'Hội nghị đã tổ chức',
      'Lượt đăng ký',
      'Lượt tham dự',
      'Số người tham dự',
      'Tờ rơi đã giao',
      'Dân số',
      'Tỷ lệ bao phủ (%)',
    ]);
  });

  it('starts with a byte-order mark and ends every line in CRLF, as Excel expects', async () => {
    const csv = await csvOf(['Nông dân']);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(4);
  });

  it('quotes commas, quotes and line breaks, and leaves empty figures empty', async () => {
    const records: string[][] = parse(await csvOf(['Hội "Nông dân", xã A\nthôn 1']), { bom: true });
    expect(records[1]).toEqual(['Hội "Nông dân", xã A\nthôn 1', '1', '2', '2', '2', '0', '', '']);
  });

  it('keeps a label that starts like a formula from running as one', async () => {
    const records: string[][] = parse(await csvOf(['=HYPERLINK("x")', '@SUM(A1)', '+1', '-1']), {
      bom: true,
    });
    expect(records.slice(1, 5).map((r) => r[0])).toEqual([
      `'=HYPERLINK("x")`,
      "'@SUM(A1)",
      "'+1",
      "'-1",
    ]);
    expect(records[records.length - 1].slice(0, 2)).toEqual(['Tổng cộng', '4']);
  });

  it('writes decimals with a point and cells apart with commas by default (RFC 4180)', async () => {
    const csv = await csvOf(['Xã A'], {
      figuresOf: () => ({ population: 8000, coveragePct: 12.5 }),
    });
    expect(parse(csv, { bom: true })[1]).toEqual(['Xã A', '1', '2', '2', '2', '0', '8000', '12.5']);
  });

  it('writes what Vietnamese Excel opens right with decimal=comma: semicolons and 12,5', async () => {
    const csv = await csvOf(['Xã A', 'Hội "B"; thôn 2, xóm 3'], {
      decimal: 'comma',
      figuresOf: (label) =>
        label === 'Xã A' ? { population: 12345, coveragePct: 12.5 } : { coveragePct: 0.07 },
    });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[1]).toBe('Xã A;1;2;2;2;0;12345;12,5');
    const records: string[][] = parse(csv, { bom: true, delimiter: ';' });
    expect(records[0]).toHaveLength(8);
    expect(records[2]).toEqual(['Hội "B"; thôn 2, xóm 3', '1', '2', '2', '2', '0', '', '0,07']);
    expect(records[3].slice(0, 2)).toEqual(['Tổng cộng', '2']);
  });
});
