import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  type Gender,
  type ParticipantGroup,
  genderLabels,
  participantGroupLabels,
} from '@canhgiac/contracts';
import { type Prng, Weighted } from './prng';

/** One member of an association's list: what the database will hold (normalized). */
export interface Person {
  fullName: string;
  gender: Gender;
  birthYear: number;
  /** National form 0xxxxxxxxx, or null. */
  phone: string | null;
  communeCode: string;
  group: ParticipantGroup;
}

/** The same person as a clerk typed it into the spreadsheet. */
export interface PersonCells {
  fullName: string;
  gender: string;
  birthYear: string;
  phone: string;
  communeCode: string;
  group: string;
}

// Family names with roughly their share in the north of Vietnam.
// prettier-ignore
const familyNames = new Weighted<string>([
  ['Nguyễn', 36], ['Trần', 11], ['Lê', 9], ['Phạm', 8], ['Hoàng', 5], ['Huỳnh', 1], ['Phan', 4], ['Vũ', 6],
  ['Võ', 1], ['Đặng', 2.5], ['Bùi', 3], ['Đỗ', 3], ['Hồ', 1.5], ['Ngô', 2], ['Dương', 1.5], ['Lý', 0.5],
  ['Đinh', 1.5], ['Trịnh', 1.5], ['Mai', 1], ['Đoàn', 1], ['Lương', 0.7], ['Tạ', 0.5], ['Quách', 0.3],
]);
// prettier-ignore
const maleMiddle = new Weighted<string>([['Văn', 55], ['Đức', 10], ['Minh', 8], ['Quang', 7], ['Thanh', 5], ['Hữu', 7], ['Ngọc', 3], ['Xuân', 3], ['Đình', 2]]);
// prettier-ignore
const femaleMiddle = new Weighted<string>([['Thị', 62], ['Ngọc', 9], ['Thu', 8], ['Minh', 5], ['Thanh', 7], ['Hồng', 4], ['Kim', 3], ['Phương', 2]]);
/** Younger people more often carry a second middle name ("Nguyễn Thị Thu Hương"). */
// prettier-ignore
const secondMiddle = ['Minh', 'Thu', 'Ngọc', 'Thanh', 'Quang', 'Hải', 'Bảo', 'Gia', 'Khánh', 'Phương', 'Hoài', 'Tuấn'];
// prettier-ignore
const maleGiven = [
  'An', 'Bình', 'Cường', 'Chiến', 'Dũng', 'Đạt', 'Đông', 'Giang', 'Hải', 'Hùng', 'Hưng', 'Hiếu', 'Hòa', 'Hoàng', 'Khánh', 'Khoa',
  'Kiên', 'Lâm', 'Long', 'Lộc', 'Mạnh', 'Nam', 'Nghĩa', 'Phong', 'Phúc', 'Quân', 'Quý', 'Sơn', 'Tài', 'Thắng', 'Thành', 'Thịnh',
  'Tiến', 'Toàn', 'Trung', 'Tuấn', 'Tùng', 'Việt', 'Vinh', 'Vượng', 'Độ', 'Thuần', 'Khải', 'Nhân', 'Bảo', 'Duy', 'Huy', 'Lực',
];
// prettier-ignore
const femaleGiven = [
  'Anh', 'Ánh', 'Bích', 'Chi', 'Dung', 'Duyên', 'Diệp', 'Giang', 'Hà', 'Hạnh', 'Hằng', 'Hiền', 'Hoa', 'Hồng', 'Huệ', 'Hương',
  'Hường', 'Lan', 'Liên', 'Linh', 'Loan', 'Lụa', 'Mai', 'Mận', 'Nga', 'Ngân', 'Nguyệt', 'Nhung', 'Oanh', 'Phương', 'Quyên',
  'Quỳnh', 'Tâm', 'Thảo', 'Thoa', 'Thủy', 'Thư', 'Trang', 'Tuyết', 'Uyên', 'Vân', 'Xuân', 'Yến', 'Gấm', 'Đào', 'Nụ', 'Thơm', 'Huyền',
];
/** Mobile prefixes valid since the 2018 renumbering (the contracts' MOBILE pattern). */
// prettier-ignore
const mobilePrefixes = [
  '032', '033', '034', '035', '036', '037', '038', '039', '052', '055', '056', '058', '059', '070', '076', '077', '078', '079',
  '081', '082', '083', '084', '085', '086', '087', '088', '089', '090', '091', '092', '093', '094', '096', '097', '098', '099',
];

interface Commune {
  code: string;
  population: number | null;
}

/**
 * Today's communes of Ninh Bình (from 1 July 2025) from the product's own seed data, weighted by
 * their population where the resolution gives it, else as an average commune. Codes of today's
 * map, so the duplicate rule compares the same codes as the registry holds.
 */
export function loadCommunes(): Weighted<string> & { count: number } {
  const file = path.resolve(
    __dirname,
    '../../apps/api/src/database/seeds/data/ninh-binh-2025-units.json',
  );
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { units: Commune[] };
  const communes = data.units;
  const weighted = new Weighted<string>(
    communes.map((c) => [c.code, Math.max(c.population ?? 30000, 1000)] as const),
  );
  return Object.assign(weighted, { count: communes.length });
}

/** A random member, weighted toward the audiences of the campaign (older people, farmers). */
export function randomPerson(prng: Prng, communes: Weighted<string>, phoneShare: number): Person {
  const genderRoll = prng.next();
  const gender: Gender = genderRoll < 0.485 ? 'male' : genderRoll < 0.995 ? 'female' : 'other';
  const female = gender === 'female' || (gender === 'other' && prng.chance(0.5));
  // Half the lists are elderly people's associations; the rest spread over 1935-2008.
  const birthYear = prng.chance(0.5) ? prng.int(1935, 1965) : prng.int(1935, 2008);
  const middle = (female ? femaleMiddle : maleMiddle).pick(prng);
  const second = prng.chance(birthYear >= 1975 ? 0.35 : 0.08) ? ` ${prng.pick(secondMiddle)}` : '';
  const given = prng.pick(female ? femaleGiven : maleGiven);
  const fullName = `${familyNames.pick(prng)} ${middle}${second} ${given}`;
  const phone = prng.chance(phoneShare)
    ? `${prng.pick(mobilePrefixes)}${String(prng.int(0, 9_999_999)).padStart(7, '0')}`
    : null;
  let group: ParticipantGroup;
  const roll = prng.next();
  if (birthYear >= 2000 && roll < 0.7) group = 'student';
  else if (birthYear <= 1963 && roll < 0.45) group = 'elderly';
  else if (birthYear <= 1975 && gender === 'male' && roll < 0.6) group = 'veteran';
  else
    group = prng.pick([
      'farmer',
      'farmer',
      'farmer',
      'worker',
      'worker',
      'civil_servant',
      'other',
    ] as const);
  return { fullName, gender, birthYear, phone, communeCode: communes.pick(prng), group };
}

/** How a clerk types the person: phone formats vary, names get stray spaces or decomposed accents. */
export function presentPerson(prng: Prng, person: Person): PersonCells {
  let fullName = person.fullName;
  const noise = prng.next();
  if (noise < 0.02) fullName = fullName.replace(' ', '  ');
  else if (noise < 0.03) fullName = `${fullName} `;
  else if (noise < 0.04) fullName = fullName.normalize('NFD'); // pasted from a Mac
  let phone = '';
  if (person.phone) {
    const p = person.phone;
    const style = prng.next();
    if (style < 0.5) phone = p;
    else if (style < 0.75) phone = `${p.slice(0, 4)} ${p.slice(4, 7)} ${p.slice(7)}`;
    else if (style < 0.85) phone = `${p.slice(0, 4)}.${p.slice(4, 7)}.${p.slice(7)}`;
    else if (style < 0.95) phone = `+84 ${p.slice(1, 4)} ${p.slice(4, 7)} ${p.slice(7)}`;
    else phone = `84${p.slice(1)}`;
  }
  const genderLabel = genderLabels[person.gender];
  return {
    fullName,
    gender: prng.chance(0.03) ? genderLabel.toLowerCase() : genderLabel,
    birthYear: String(person.birthYear),
    phone,
    communeCode: person.communeCode,
    group: participantGroupLabels[person.group],
  };
}
