import { windows1258 } from '../../../../test/support/files';
import { CsvTextDecoder, detectDelimiter, NotText } from './csv-text';

/** Decodes `bytes` in chunks of `size` bytes, so that every chunk boundary is tried. */
function decode(bytes: Buffer, size = bytes.length): { text: string; encoding: string } {
  const decoder = new CsvTextDecoder(bytes.subarray(0, size));
  let text = '';
  for (let i = 0; i < bytes.length; i += size) text += decoder.write(bytes.subarray(i, i + size));
  text += decoder.end();
  return { text, encoding: decoder.encoding };
}

const list = 'Họ tên;Xã\r\nNguyễn Thị Hương;Xã Hải Hậu\r\nĐỗ Văn Tộ;Phường Nam Định\r\n';

describe('CsvTextDecoder', () => {
  it.each([1, 2, 3, 7, 1_000])('reads UTF-8 with and without BOM in chunks of %i bytes', (size) => {
    expect(decode(Buffer.from(list), size)).toEqual({ text: list, encoding: 'utf-8' });
    expect(decode(Buffer.from(`\uFEFF${list}`), size)).toEqual({ text: list, encoding: 'utf-8' });
  });

  it.each([2, 5, 1_000])(
    'reads UTF-16 LE and BE by their byte order mark (chunks of %i)',
    (size) => {
      const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(list, 'utf16le')]);
      expect(decode(le, size)).toEqual({ text: list, encoding: 'utf-16le' });
      const be = Buffer.from(le).swap16();
      expect(decode(be, size)).toEqual({ text: list, encoding: 'utf-16be' });
    },
  );

  it.each([1, 2, 3, 1_000])(
    'reads Windows-1258, whose tone marks are separate characters, as NFC text (chunks of %i)',
    (size) => {
      const bytes = windows1258(list);
      // "ộ" is "ô" followed by a combining dot below in this code page: one byte each.
      expect(bytes.includes(Buffer.from([0xf4, 0xf2]))).toBe(true);
      const read = decode(bytes, size);
      expect(read.encoding).toBe('windows-1258');
      expect(read.text).toBe(list);
      expect(read.text.normalize('NFC')).toBe(read.text);
    },
  );

  it('switches to Windows-1258 when the first non-ASCII byte comes after a first chunk of ASCII', () => {
    const text = `${'a,b\r\n'.repeat(100)}Lê Văn Tộ,1950\r\n`;
    expect(decode(windows1258(text), 64).text).toBe(text);
    expect(decode(windows1258('a,b\r\nLê Văn Tộ'), 1)).toEqual({
      text: 'a,b\r\nLê Văn Tộ',
      encoding: 'windows-1258',
    });
  });

  it('refuses text that is UTF-8 first and something else later, and bytes that are no text', () => {
    const mixed = Buffer.concat([Buffer.from('Hải Hậu\n'), Buffer.from([0xc3, 0x28])]);
    expect(() => decode(mixed, 4)).toThrow(NotText);
    expect(() => decode(Buffer.from('PK\u0003\u0004\u0000\u0000binary'))).toThrow(NotText);
  });

  it.each([1, 3, 1_000])(
    'calls a workbook renamed .csv no text, whatever its header bytes happen to read as (chunks of %i)',
    (size) => {
      // A ZIP header: NUL bytes, then a time stamp whose bytes read as "é" in UTF-8, then bytes
      // that are not UTF-8.
      const zip = Buffer.from([
        0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x08, 0x00, 0xc3, 0xa9, 0xff, 0x9c, 0x00, 0x01,
      ]);
      expect(() => decode(zip, size)).toThrow(expect.objectContaining({ reason: 'binary' }));
    },
  );
});

describe('detectDelimiter', () => {
  it('takes the delimiter the header line uses most, outside quotes', () => {
    expect(detectDelimiter('Họ tên,SĐT,Xã\n1;2')).toBe(',');
    expect(detectDelimiter('Họ tên;SĐT;"Xã, phường"\n')).toBe(';');
    expect(detectDelimiter('Họ tên\tSĐT\tXã\r\n')).toBe('\t');
    expect(detectDelimiter('Họ tên\n')).toBe(',');
  });
});
