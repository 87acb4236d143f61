import { CsvProblem, CsvRows } from './csv-rows';

/** Parses `text` fed in chunks of `size` characters, so that every chunk boundary is tried. */
function parse(text: string, size = text.length, maxChars = 1_000): string[][] {
  const parser = new CsvRows(maxChars);
  const records: string[][] = [];
  for (let i = 0; i < text.length; i += size)
    records.push(...parser.write(text.slice(i, i + size)));
  records.push(...parser.write('', true));
  return records;
}

function problem(text: string, maxChars = 1_000): { problem: string; line: number } {
  try {
    parse(text, text.length, maxChars);
  } catch (error) {
    if (error instanceof CsvProblem) return { problem: error.problem, line: error.line };
    throw error;
  }
  throw new Error('no problem found');
}

describe('CsvRows', () => {
  const text =
    'Họ và tên,Năm sinh\r\n"Lê, Văn ""Tư""",1950\r\n\r\n"Hai\r\ndòng",1951\nMột,\rCuối,1952';
  const expected = [
    ['Họ và tên', 'Năm sinh'],
    ['Lê, Văn "Tư"', '1950'],
    ['Hai\r\ndòng', '1951'],
    ['Một', ''],
    ['Cuối', '1952'],
  ];

  it('reads quoted cells, doubled quotes, line ends of every kind, and skips empty lines', () => {
    expect(parse(text)).toEqual(expected);
  });

  it('reads the same whatever the chunk boundaries', () => {
    for (const size of [1, 2, 3, 5, 7]) expect(parse(text, size)).toEqual(expected);
  });

  it('keeps a quote inside an unquoted cell as text, and a last line without its end', () => {
    expect(parse('a"b,c\nd')).toEqual([['a"b', 'c'], ['d']]);
  });

  it('names the line of a quote never closed, and of text after a closing quote', () => {
    expect(problem('a,b\n"c,d\ne,f\n')).toEqual({ problem: 'unclosed-quote', line: 2 });
    expect(problem('a,b\nc,"d"x\n')).toEqual({ problem: 'text-after-quote', line: 2 });
  });

  it('refuses a record longer than the limit, cells and commas counted, at the line it starts', () => {
    expect(problem(`a,b\n${'x'.repeat(11)}\n`, 10)).toEqual({
      problem: 'record-too-long',
      line: 2,
    });
    expect(problem(`a,b\nc,d\n${','.repeat(11)}\n`, 10)).toEqual({
      problem: 'record-too-long',
      line: 3,
    });
    expect(parse(`${'x'.repeat(10)}\n`, 3, 10)).toEqual([['x'.repeat(10)]]);
  });
});
