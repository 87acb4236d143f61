import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { apiCall, apiToken } from '../support/api';
import { type BrowserSession, openBrowser } from '../support/browser';
import { logIn } from '../support/session';

/** The import dialog's pictures document the page: they are kept in docs/screenshots. */
const docsScreenshots = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../docs/screenshots',
);
const DESKTOP = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };

let session: BrowserSession;
let page: Page;
let dialog: Locator;

/** A planned conference other than the one the registration test fills (found through the API). */
async function plannedConferenceId(): Promise<string> {
  const { items } = await apiCall<{ items: Array<{ id: string }> }>(
    await apiToken('staff'),
    'GET',
    '/conferences?status=planned&pageSize=50',
  );
  expect(items.length).toBeGreaterThan(1);
  return items.at(-1)!.id;
}

async function workbook(rows: Array<Array<string | number | null>>): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Danh sách');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/**
 * Text as a Vietnamese Windows saves it in code page 1258: a letter with a tone mark is written
 * as the letter (with its other marks, "ô", "ư") followed by the tone mark.
 */
function windows1258(text: string): Buffer {
  const split = [...text.normalize('NFC')]
    .map((char) => {
      const parts = char.normalize('NFD');
      const tone = [...parts].find((c) => /[\u0300\u0301\u0303\u0309\u0323]/u.test(c));
      return tone ? `${parts.replace(tone, '').normalize('NFC')}${tone}` : char;
    })
    .join('');
  return iconv.encode(split, 'windows-1258');
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function chooseFile(name: string, mimeType: string, buffer: Buffer) {
  await dialog
    .getByLabel('Tệp danh sách (.xlsx hoặc .csv)')
    .setInputFiles({ name, mimeType, buffer });
}

async function openDialog() {
  await page.getByRole('button', { name: 'Nhập từ tệp Excel/CSV' }).click();
  await dialog.waitFor();
}

/** Imports the previewed file, closes the dialog and waits for `names` in the registrations list. */
async function importAndSee(created: number, names: string[]) {
  await dialog
    .getByText(/Tệp hợp lệ, sẵn sàng nhập|chưa nhập dòng nào|Chọn cột cho từng thông tin/u)
    .first()
    .waitFor();
  expect(await dialog.textContent()).toContain('Tệp hợp lệ, sẵn sàng nhập');
  expect(await dialog.textContent()).toContain(`Sẽ đăng ký mới: ${created} người`);
  await dialog.getByRole('button', { name: 'Nhập', exact: true }).click();
  await dialog.getByText('Đã nhập xong danh sách').waitFor();
  await dialog.getByRole('button', { name: 'Đóng' }).click();
  await dialog.waitFor({ state: 'detached' });
  const grid = page.getByRole('grid', { name: 'Danh sách đăng ký của hội nghị' });
  for (const name of names) await grid.getByText(name, { exact: true }).waitFor();
}

async function pickColumn(field: RegExp, option: string) {
  const fields = dialog.getByRole('group', { name: 'Cột của tệp cho từng thông tin' });
  await fields.getByRole('combobox', { name: field }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
  await page.getByRole('listbox').waitFor({ state: 'detached' });
}

/** A picture of the dialog for the docs, with `shown` scrolled into view and nothing moving. */
async function documentDialog(name: string, shown?: Locator) {
  await shown?.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(docsScreenshots, name), animations: 'disabled' });
}

beforeAll(async () => {
  session = await openBrowser(inject('baseURL'), { viewport: DESKTOP });
  fs.mkdirSync(docsScreenshots, { recursive: true });
  const conferenceId = await plannedConferenceId();
  page = await logIn(
    session.context,
    'coord.farmers',
    `/conferences/${conferenceId}?tab=registrations`,
  );
  await page.getByRole('heading', { name: 'Danh sách đăng ký' }).waitFor();
  dialog = page.getByRole('dialog', { name: 'Nhập danh sách từ tệp' });
});
afterAll(() => session.close());

test('imports an Excel list with a title row, its own headers and commune names', async () => {
  await openDialog();
  await chooseFile(
    'hoi-vien-xa.xlsx',
    XLSX,
    await workbook([
      ['DANH SÁCH HỘI VIÊN THAM DỰ HỘI NGHỊ', null],
      ['STT', 'Họ tên', 'Giới', 'Năm sinh', 'SĐT', 'Xã/phường', 'Đối tượng'],
      [1, 'Phạm Thị Lụa', 'nu', 1957, '0912 777 001', 'Xã Hải Hậu', 'NCT'],
      [2, 'Đinh Văn Khoa', 'M', '05/03/1950', null, 'hai hau', 'CCB'],
      [3, 'Vũ Thị Mai', 'Nữ giới', 1990, '0912 777 003', 'Phường Nam Định', 'nông dân'],
    ]),
  );
  await importAndSee(3, ['Phạm Thị Lụa', 'Đinh Văn Khoa', 'Vũ Thị Mai']);
});

test('imports a CSV saved by a Vietnamese Excel in Windows-1258, with semicolons', async () => {
  const text = [
    'Họ tên;SĐT;Xã;Năm sinh;Giới tính;Nhóm đối tượng',
    'Nguyễn Thị Hường;0912 777 011;Xã Hải Hậu;1961;Nữ;Người cao tuổi',
    'Đỗ Văn Tộ;;Phường Nam Định;1955;Nam;Cựu chiến binh',
  ].join('\r\n');
  const bytes = windows1258(`${text}\r\n`);
  expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
  await openDialog();
  await chooseFile('danh-sach-cu.csv', 'text/csv', bytes);
  await importAndSee(2, ['Nguyễn Thị Hường', 'Đỗ Văn Tộ']);
});

test('imports a list whose header it does not know once its columns are chosen, and remembers them', async () => {
  const file = await workbook([
    ['STT', 'Người tham dự', 'Giới tính', 'Năm sinh', 'Điện thoại', 'Địa chỉ xã', 'Đối tượng'],
    [1, 'Hoàng Thị Duyên', 'Nữ', 1962, '0912 777 021', 'Xã Hải Hậu', 'Nông dân'],
    [2, 'Lại Văn Cường', 'Nam', 1948, null, 'Phường Nam Định', 'CCB'],
    [3, 'Tạ Thị Hoa', 'Nữ', 1975, '0912 777 023', 'hai hau', 'Công nhân'],
  ]);
  await openDialog();
  await chooseFile('ds-rieng.xlsx', XLSX, file);
  const mapping = dialog.getByRole('region', { name: 'Chọn cột cho từng thông tin' });
  await mapping.waitFor();
  const preview = dialog.getByRole('table', { name: 'Các dòng đầu của tệp' });
  await preview.getByText('Lại Văn Cường').waitFor();
  await pickColumn(/^Họ và tên/u, 'Cột B: Người tham dự');
  await pickColumn(/^Xã, phường/u, 'Cột F: Địa chỉ xã');
  await documentDialog('import-mapping-desktop.png', preview);
  await dialog.getByRole('button', { name: 'Kiểm tra với các cột đã chọn' }).click();
  await importAndSee(3, ['Hoàng Thị Duyên', 'Lại Văn Cường', 'Tạ Thị Hoa']);

  // The next file with the same header, on a phone: the columns chosen last time are filled in.
  await page.setViewportSize(PHONE);
  await openDialog();
  await chooseFile('ds-rieng-2.xlsx', XLSX, file);
  await dialog
    .getByText('Đã điền sẵn các cột đã chọn lần trước cho tệp có cùng dòng tiêu đề.')
    .waitFor();
  const fullName = dialog
    .getByRole('group', { name: 'Cột của tệp cho từng thông tin' })
    .getByRole('combobox', { name: /^Họ và tên/u });
  expect(await fullName.textContent()).toBe('Cột B: Người tham dự');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    PHONE.width,
  );
  await documentDialog(
    'import-mapping-phone.png',
    dialog.getByRole('table', { name: 'Các dòng đầu của tệp' }),
  );
  await dialog.getByRole('button', { name: 'Hủy' }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.setViewportSize(DESKTOP);
});

test('a list with faulty cells is downloaded with those cells marked, and read back', async () => {
  const header = ['Họ tên', 'Giới', 'Năm sinh', 'SĐT', 'Xã', 'Đối tượng'];
  await openDialog();
  await chooseFile(
    'co-loi.xlsx',
    XLSX,
    await workbook([
      header,
      ['Hà Văn Đúng', 'Nam', 1950, null, 'Hải Hậu', 'Nông dân'],
      ['Hà Văn Sai', 'đực', 1950, '0281234567', 'Hải Hậu', 'Nông dân'],
      ['Hà Thị Xa', 'Nữ', 1960, null, 'Xã Không Có', 'Nông dân'],
    ]),
  );
  const download = dialog.getByRole('button', { name: 'Tải tệp đã đánh dấu lỗi' });
  await download.waitFor();
  await dialog.getByText('Tệp có 3 lỗi, chưa nhập dòng nào').waitFor();
  await documentDialog('import-errors-annotated-desktop.png');
  await page.setViewportSize(PHONE);
  // The dialog turns full screen on a phone; wait for it, so the picture shows that layout.
  await expect.poll(async () => (await dialog.boundingBox())?.width).toBe(PHONE.width);
  await documentDialog('import-errors-annotated-phone.png', download);

  const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
  expect(file.suggestedFilename()).toMatch(/\.xlsx$/u);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(await file.path());
  const sheet = book.worksheets[0];
  expect(sheet.getRow(1).values).toEqual([undefined, ...header]);
  const marked: Array<[string, string]> = [];
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      const fill = cell.fill as ExcelJS.FillPattern | undefined;
      if (fill?.fgColor?.argb === 'FFFFC7CE') {
        const note = cell.note as string | { texts: Array<{ text: string }> };
        marked.push([
          cell.address,
          typeof note === 'string' ? note : note.texts.map((part) => part.text).join(''),
        ]);
      }
    }),
  );
  expect(marked).toEqual([
    ['B3', 'Giới tính phải là Nam, Nữ hoặc Khác'],
    ['D3', expect.stringContaining('di động')],
    ['E4', expect.stringContaining('Không tìm thấy xã, phường "Xã Không Có"')],
  ]);
  await page.setViewportSize(DESKTOP);
  await dialog.getByRole('button', { name: 'Hủy' }).click();
  await dialog.waitFor({ state: 'detached' });
});
