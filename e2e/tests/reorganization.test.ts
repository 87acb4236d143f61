import * as path from 'node:path';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { type BrowserSession, openBrowser, screenshotDir } from '../support/browser';
import { logIn } from '../support/session';

let session: BrowserSession;

beforeAll(async () => {
  session = await openBrowser(inject('baseURL'));
});
afterAll(() => session.close());

/** The 20th of the current month in the calendar (the demo's conferences sit around today). */
function calendarDay(): string {
  const now = new Date();
  const month = String(now.getMonth() + 1).padStart(2, '0');
  return `Ngày 20/${month}/${now.getFullYear()}`;
}

test('staff find a commune by its former name, schedule a conference there, and read the 2025 plan both ways', async () => {
  const page = await logIn(session.context, 'staff', '/conferences');
  const calendar = page.getByRole('region', { name: 'Lịch hội nghị' });
  await calendar.waitFor();

  // "Yên Định" is no longer a unit: the picker finds Xã Hải Hậu, which it went into on 1/7/2025.
  await calendar.getByRole('cell', { name: calendarDay() }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(/^Tên hội nghị/u).fill('Hội nghị tại xã mới Hải Hậu');
  await dialog.getByLabel(/^Chủ đề/u).fill('Nhận diện lừa đảo qua mạng xã hội');
  await dialog.getByRole('combobox', { name: /^Xã, phường/u }).fill('Yên Định');
  const option = page.getByRole('option', { name: /^Xã Hải Hậu\b/u });
  await option.getByText('trước 1/7/2025: Thị trấn Yên Định').waitFor();
  await page.screenshot({ path: path.join(screenshotDir, 'commune-picker-former-name.png') });
  await option.click();
  await dialog.getByLabel(/^Địa điểm/u).fill('Hội trường UBND xã Hải Hậu');
  await dialog.getByLabel(/^Sức chứa/u).fill('150');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await calendar.getByRole('link', { name: /Hội nghị tại xã mới Hải Hậu/u }).waitFor();

  // The 2025 plan spans the reform: as held, its first half sits under the districts of the
  // time; with today's units, every conference sits in one of today's communes.
  await page.goto('/reports?units=as-held&groupBy=district');
  await page.getByRole('combobox', { name: /^Chiến dịch/u }).click();
  await Promise.all([
    page.waitForResponse(
      (res) => res.url().includes('/api/reports/coverage') && res.url().includes('campaignId='),
    ),
    page.getByRole('option', { name: /năm 2025$/u }).click(),
  ]);
  const grid = page.getByRole('grid', { name: 'Bảng báo cáo độ bao phủ' });
  await grid.getByRole('row', { name: /Huyện Hải Hậu/u }).waitFor();
  await grid.getByRole('row', { name: /Tỉnh Ninh Bình/u }).waitFor();
  await page.screenshot({
    path: path.join(screenshotDir, 'report-as-held.png'),
    fullPage: true,
  });
  const totals = async () => {
    // First, even when today's 129 communes run to a second page.
    const row = grid.locator('.coverage-totals');
    return Promise.all(
      ['conferencesHeld', 'attended', 'uniqueParticipants'].map((field) =>
        row.locator(`[data-field="${field}"]`).textContent(),
      ),
    );
  };
  const heldTotals = await totals();
  expect(Number((heldTotals[2] ?? '').replace(/\D/gu, ''))).toBeGreaterThan(0);

  // The choice goes into the address first (a navigation), then the radio shows it.
  const units = page.getByRole('radio', { name: 'Đơn vị hành chính hiện nay' });
  await Promise.all([
    page.waitForResponse(
      (res) => res.url().includes('/api/reports/coverage') && res.url().includes('units=current'),
    ),
    units.click(),
  ]);
  await expect.poll(() => units.isChecked()).toBe(true);
  await grid.getByRole('row', { name: /^Xã Hải Hậu\b/u }).waitFor();
  expect(await grid.getByRole('row', { name: /Huyện/u }).count()).toBe(0);
  await page.screenshot({
    path: path.join(screenshotDir, 'report-current.png'),
    fullPage: true,
  });
  // The same people and conferences, counted once either way.
  await expect.poll(totals).toEqual(heldTotals);
});
