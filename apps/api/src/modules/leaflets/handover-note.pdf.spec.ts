import { quantityInWords } from './handover-note.pdf';

describe('quantities in Vietnamese words', () => {
  it.each([
    [20_000, 'Hai mươi nghìn tờ'],
    [1_250, 'Một nghìn hai trăm năm mươi tờ'],
    [105, 'Một trăm lẻ năm tờ'],
    [21, 'Hai mươi mốt tờ'],
    [15, 'Mười lăm tờ'],
    [2_024, 'Hai nghìn không trăm hai mươi tư tờ'],
    [1_000_000, 'Một triệu tờ'],
  ])('writes %i as "%s"', (quantity, words) => {
    expect(quantityInWords(quantity)).toBe(words);
  });
});
