import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { apiCall, apiToken } from '../support/api';
import { type BrowserSession, openBrowser, screenshotDir } from '../support/browser';
import { logIn } from '../support/session';

let session: BrowserSession;

beforeAll(async () => {
  session = await openBrowser(inject('baseURL'));
});
afterAll(() => session.close());

/** A planned conference of the demo campaign (found through the API, as any script would). */
async function plannedConferenceId(): Promise<string> {
  const { items } = await apiCall<{ items: Array<{ id: string }> }>(
    await apiToken('staff'),
    'GET',
    '/conferences?status=planned&pageSize=50',
  );
  expect(items.length).toBeGreaterThan(0);
  return items[0].id;
}

const header = 'Họ và tên,Giới tính,Năm sinh,Số điện thoại,Mã xã,Nhóm đối tượng';
const families = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Vũ', 'Đặng'];
const given = ['Thị Nhàn', 'Văn Khoa', 'Thị Mơ', 'Văn Lộc', 'Thị Gấm'];

/** 30 members of the Farmers' Association of Hải Hậu; `broken` spoils row 3 and row 5. */
function memberList(broken: boolean): Buffer {
  const rows = families.flatMap((family, f) =>
    given.map((name, g) => {
      const year = 1950 + f * 5 + g;
      const phone = `09${String(12_000_000 + f * 10 + g).padStart(8, '0')}`;
      const gender = name.startsWith('Thị') ? 'Nữ' : 'Nam';
      return `${family} ${name},${gender},${year},${phone},14215,Nông dân`;
    }),
  );
  if (broken) {
    rows[1] = rows[1].replace(/,19\d\d,/u, ',19x5,');
    rows[3] = rows[3].replace(/,09\d+,/u, ',0228 3 123 456,');
  }
  return Buffer.from(`${[header, ...rows].join('\n')}\n`, 'utf8');
}

/** Remembers whether an element matching `selector` ever appeared (it may come and go fast). */
async function watchFor(page: Page, selector: string) {
  await page.evaluate((css) => {
    const state = window as unknown as { seen?: boolean };
    state.seen = false;
    new MutationObserver(() => {
      if (document.querySelector(css)) state.seen = true;
    }).observe(document.body, { childList: true, subtree: true, attributes: true });
  }, selector);
  return () => page.evaluate(() => (window as unknown as { seen?: boolean }).seen === true);
}

test('a coordinator imports a member list, prints the roll-call sheet and checks someone in on a phone', async () => {
  const conferenceId = await plannedConferenceId();
  const page = await logIn(
    session.context,
    'coord.farmers',
    `/conferences/${conferenceId}?tab=registrations`,
  );
  await page.getByRole('heading', { name: 'Danh sách đăng ký' }).waitFor();

  // 1. A file with errors: each shown by row and column, nothing imported.
  await page.getByRole('button', { name: 'Nhập từ tệp Excel/CSV' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nhập danh sách từ tệp' });
  const fileInput = dialog.getByLabel('Tệp danh sách (.xlsx hoặc .csv)');
  await fileInput.setInputFiles({
    name: 'hoi-vien.csv',
    mimeType: 'text/csv',
    buffer: memberList(true),
  });
  await dialog.getByText('Tệp có 2 lỗi, chưa nhập dòng nào').waitFor();
  const errors = dialog.getByRole('table', { name: 'Các lỗi trong tệp, theo dòng' });
  const row3 = errors.locator('tbody', { has: page.getByRole('rowheader', { name: 'Dòng 3' }) });
  await expect.poll(() => row3.getByText('Năm sinh', { exact: true }).count()).toBe(1);
  const row5 = errors.locator('tbody', { has: page.getByRole('rowheader', { name: 'Dòng 5' }) });
  await expect.poll(() => row5.getByText('Số điện thoại', { exact: true }).count()).toBe(1);
  expect(await row5.textContent()).toContain('Số điện thoại di động không hợp lệ');
  expect(await dialog.getByRole('button', { name: 'Nhập', exact: true }).isDisabled()).toBe(true);
  await page.screenshot({ path: path.join(screenshotDir, 'import-errors.png') });

  // 2. The fixed file: previewed, then imported with a progress bar, then the result.
  await fileInput.setInputFiles({
    name: 'hoi-vien.csv',
    mimeType: 'text/csv',
    buffer: memberList(false),
  });
  await dialog.getByText('Tệp hợp lệ, sẵn sàng nhập').waitFor();
  expect(await dialog.textContent()).toContain('Sẽ đăng ký mới: 30 người');
  const sawProgress = await watchFor(page, '[role="progressbar"][aria-label="Tiến độ nhập tệp"]');
  await dialog.getByRole('button', { name: 'Nhập', exact: true }).click();
  await dialog.getByText('Đã nhập xong danh sách').waitFor();
  expect(await sawProgress()).toBe(true);
  expect(await dialog.textContent()).toContain('Đã đăng ký mới: 30 người');
  await page.screenshot({ path: path.join(screenshotDir, 'import-result.png') });
  await dialog.getByRole('button', { name: 'Đóng' }).click();
  await page
    .getByRole('grid', { name: 'Danh sách đăng ký của hội nghị' })
    .getByText('Nguyễn Thị Nhàn')
    .waitFor();
  await page.getByText('Đã đăng ký 30/', { exact: false }).waitFor();
  await page.screenshot({ path: path.join(screenshotDir, 'registrations.png'), fullPage: true });

  // 3. The roll-call sheet: a PDF fetched with the session's token, opened in a new tab.
  const [pdf] = await Promise.all([
    page.waitForResponse((response) =>
      response.url().endsWith(`/api/conferences/${conferenceId}/roll-call.pdf`),
    ),
    page.getByRole('button', { name: 'In danh sách điểm danh' }).click(),
  ]);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toContain('application/pdf');
  expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  for (const other of session.context.pages()) if (other !== page) await other.close();

  // 4. Check-in at the venue, on a phone.
  await page.setViewportSize({ width: 375, height: 667 });
  await page.getByRole('link', { name: 'Mở trang điểm danh' }).click();
  await page.getByRole('heading', { level: 1, name: 'Điểm danh' }).waitFor();
  await page.getByRole('searchbox', { name: 'Họ tên hoặc số điện thoại' }).fill('vu thi gam');
  await page.getByRole('spinbutton', { name: 'Năm sinh' }).fill('1974');
  const results = page.getByRole('list', { name: 'Kết quả tìm kiếm' });
  await results.getByRole('button', { name: 'Điểm danh Vũ Thị Gấm' }).click();
  // A planned conference is days ahead: check-in opens on its day, and a coordinator cannot
  // check in earlier.
  await page.getByText(/^Hội nghị diễn ra ngày \d\d\/\d\d\/\d{4}: chưa đến ngày/u).waitFor();
  expect(await page.getByRole('button', { name: 'Vẫn điểm danh trước ngày…' }).count()).toBe(0);
  await page.screenshot({ path: path.join(screenshotDir, 'check-in-before-day-phone.png') });

  // Department staff may, with a reason (she signed the sheet early because she cannot come).
  const staffSession = await openBrowser(inject('baseURL'), {
    viewport: { width: 375, height: 667 },
  });
  try {
    const staffPage = await logIn(
      staffSession.context,
      'staff',
      `/conferences/${conferenceId}/check-in`,
    );
    await staffPage.getByRole('heading', { level: 1, name: 'Điểm danh' }).waitFor();
    await staffPage
      .getByRole('searchbox', { name: 'Họ tên hoặc số điện thoại' })
      .fill('vu thi gam');
    await staffPage.getByRole('spinbutton', { name: 'Năm sinh' }).fill('1974');
    await staffPage
      .getByRole('list', { name: 'Kết quả tìm kiếm' })
      .getByRole('button', { name: 'Điểm danh Vũ Thị Gấm' })
      .click();
    await staffPage.getByRole('button', { name: 'Vẫn điểm danh trước ngày…' }).click();
    const dialog = staffPage.getByRole('dialog', { name: 'Điểm danh trước ngày hội nghị?' });
    await dialog
      .getByRole('textbox', { name: /^Lý do điểm danh trước ngày/u })
      .fill('Bà Gấm ký danh sách sớm vì ngày hội nghị phải đi viện');
    await staffPage.screenshot({
      path: path.join(screenshotDir, 'check-in-early-confirm-phone.png'),
    });
    await dialog.getByRole('button', { name: 'Điểm danh trước ngày' }).click();
    await staffPage.getByText('Đã điểm danh', { exact: true }).waitFor();
  } finally {
    await staffSession.close();
  }

  // The coordinator's phone now finds her checked in.
  await page.reload();
  await page.getByRole('searchbox', { name: 'Họ tên hoặc số điện thoại' }).fill('vu thi gam');
  await page.getByRole('spinbutton', { name: 'Năm sinh' }).fill('1974');
  await results.getByText(/^Đã điểm danh lúc \d\d:\d\d$/u).waitFor();
  await results.getByRole('button', { name: 'Điểm danh Vũ Thị Gấm' }).click();
  await page.getByText('Người này đã điểm danh rồi').waitFor();
  await page.getByText(/^Vũ Thị Gấm đã điểm danh lúc \d\d:\d\d$/u).waitFor();
  const buttonBox = await results
    .getByRole('button', { name: 'Điểm danh Vũ Thị Gấm' })
    .boundingBox();
  expect(buttonBox?.height ?? 0).toBeGreaterThanOrEqual(48);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await page.screenshot({ path: path.join(screenshotDir, 'check-in-phone.png') });

  // A second check-in of the same person changes nothing and says when it happened.
  await results.getByRole('button', { name: 'Điểm danh Vũ Thị Gấm' }).click();
  await page.getByText('Người này đã điểm danh rồi').waitFor();
  await page.getByText(/^Vũ Thị Gấm đã điểm danh lúc \d\d:\d\d$/u).waitFor();
  await page.screenshot({
    path: path.join(screenshotDir, 'check-in-again-phone.png'),
    fullPage: true,
  });
});
