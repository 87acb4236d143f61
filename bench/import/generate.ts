import * as fs from 'node:fs';
import { once } from 'node:events';
import { foldText } from '@canhgiac/contracts';
import { loadCommunes, type Person, presentPerson, randomPerson } from './people';
import { Prng } from './prng';

/** The template's Vietnamese headers, in its column order. */
export const CSV_HEADER = [
  'Họ và tên',
  'Giới tính',
  'Năm sinh',
  'Số điện thoại',
  'Mã xã',
  'Nhóm đối tượng',
];

export interface GeneratedFiles {
  /** The member list as a clerk saves it from Excel: UTF-8 with BOM, CRLF. */
  csvPath: string;
  csvBytes: number;
  /** The same rows already normalized, in COPY's text format and the staging table's columns. */
  copyPath: string;
  rows: number;
  /** The people of the list who are already in the registry, normalized, to insert before the import. */
  existing: Person[];
  withPhone: number;
  communes: number;
}

/** A writer that respects the stream's back-pressure, so the file is never held in memory. */
function writer(path: string) {
  const stream = fs.createWriteStream(path, { encoding: 'utf8', highWaterMark: 1 << 16 });
  return {
    async write(text: string) {
      if (!stream.write(text)) await once(stream, 'drain');
    },
    async close() {
      stream.end();
      await once(stream, 'finish');
    },
  };
}

const csvCell = (value: string) =>
  /[",\r\n]/u.test(value) ? `"${value.replace(/"/gu, '""')}"` : value;
const copyCell = (value: string | number | null) =>
  value === null
    ? '\\N'
    : String(value)
        .replace(/\\/gu, '\\\\')
        .replace(/\t/gu, '\\t')
        .replace(/\n/gu, '\\n')
        .replace(/\r/gu, '\\r');

/** The duplicate rule's key: folded name + birth year + phone, or + commune when there is no phone. */
export const identityKey = (p: Person) =>
  `${foldText(p.fullName)}|${p.birthYear}|${p.phone ?? `c${p.communeCode}`}`;

/**
 * Streams `rows` distinct people to a CSV (and the matching COPY file) with a seeded PRNG;
 * exactly `existingCount` of them, spread at random through the file, are returned to be
 * inserted into the registry beforehand.
 */
export async function generateFiles(options: {
  csvPath: string;
  copyPath: string;
  rows: number;
  existingCount: number;
  phoneShare: number;
  seed: number;
}): Promise<GeneratedFiles> {
  const prng = new Prng(options.seed);
  const communes = loadCommunes();
  const seen = new Set<string>();
  const existing: Person[] = [];
  const csv = writer(options.csvPath);
  const copy = writer(options.copyPath);
  await csv.write(`\uFEFF${CSV_HEADER.join(',')}\r\n`);
  let withPhone = 0;
  let toPick = options.existingCount;
  for (let i = 0; i < options.rows; i += 1) {
    let person: Person;
    let key: string;
    do {
      person = randomPerson(prng, communes, options.phoneShare);
      key = identityKey(person);
    } while (seen.has(key)); // distinct by the duplicate rule, so every row is one new registration
    seen.add(key);
    if (person.phone) withPhone += 1;
    // Selection sampling (Knuth's algorithm S): exactly existingCount rows, uniformly spread.
    if (toPick > 0 && prng.next() * (options.rows - i) < toPick) {
      existing.push(person);
      toPick -= 1;
    }
    const cells = presentPerson(prng, person);
    await csv.write(
      `${[cells.fullName, cells.gender, cells.birthYear, cells.phone, cells.communeCode, cells.group].map(csvCell).join(',')}\r\n`,
    );
    // The staging table's columns: row_no (as in the file, header = 1), …, organization_id.
    await copy.write(
      `${[i + 2, person.fullName, person.gender, person.birthYear, person.phone, person.communeCode, person.group, null].map(copyCell).join('\t')}\n`,
    );
  }
  await csv.close();
  await copy.close();
  return {
    csvPath: options.csvPath,
    csvBytes: fs.statSync(options.csvPath).size,
    copyPath: options.copyPath,
    rows: options.rows,
    existing,
    withPhone,
    communes: communes.count,
  };
}
