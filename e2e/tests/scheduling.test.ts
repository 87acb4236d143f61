import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { type BrowserSession, openBrowser, screenshotDir } from '../support/browser';
import { logIn } from '../support/session';

let session: BrowserSession;

beforeAll(async () => {
  session = await openBrowser(inject('baseURL'));
});
afterAll(() => session.close());

/** A day of the current month in the calendar, a few weeks from the demo's conferences: the 27th. */
function calendarDay(): { label: string; digits: string } {
  const now = new Date();
  const month = String(now.getMonth() + 1).padStart(2, '0');
  return {
    label: `Ngày 27/${month}/${now.getFullYear()}`,
    digits: `27${month}${now.getFullYear()}`,
  };
}

async function fillConference(page: Page, title: string) {
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(/^Tên hội nghị/u).fill(title);
  await dialog.getByLabel(/^Chủ đề/u).fill('Nhận diện lừa đảo qua điện thoại');
  // Since 1/7/2025 a commune is picked directly (no district), searched without accents.
  await dialog.getByRole('combobox', { name: /^Xã, phường/u }).fill('hai hau');
  await page.getByRole('option', { name: /^Xã Hải Hậu\b/u }).click();
  await dialog.getByLabel(/^Địa điểm/u).fill('Nhà văn hóa xã Hải Hậu');
  await dialog.getByLabel(/^Sức chứa/u).fill('120');
  return dialog;
}

test('staff schedule a conference in the calendar, are warned of a clash for a second, and cancel one', async () => {
  const page = await logIn(session.context, 'staff', '/conferences');
  const calendar = page.getByRole('region', { name: 'Lịch hội nghị' });
  await calendar.waitFor();
  const day = calendarDay();

  await calendar.getByRole('cell', { name: day.label }).click();
  let dialog = await fillConference(page, 'Hội nghị thử lịch thứ nhất');
  await page.screenshot({ path: path.join(screenshotDir, 'conference-dialog.png') });
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await calendar.getByRole('link', { name: /Hội nghị thử lịch thứ nhất/u }).waitFor();

  await calendar.getByRole('cell', { name: day.label }).click();
  dialog = await fillConference(page, 'Hội nghị thử lịch thứ hai');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  const warning = dialog.getByRole('alert').filter({ hasText: 'trùng' });
  await warning.waitFor();
  expect(await warning.textContent()).toContain('Hội nghị thử lịch thứ nhất');
  await page.screenshot({ path: path.join(screenshotDir, 'conference-clash.png') });
  await dialog.getByRole('button', { name: 'Hủy' }).click();

  await calendar.getByRole('link', { name: /Hội nghị thử lịch thứ nhất/u }).click();
  await page.getByRole('button', { name: 'Hủy hội nghị' }).click();
  const cancel = page.getByRole('dialog');
  await cancel.getByLabel(/^Lý do hủy/u).fill('Xã đề nghị lùi lịch vì mùa vụ');
  await cancel
    .getByRole('button', { name: /Hủy hội nghị|Xác nhận/u })
    .last()
    .click();
  await page.getByText('Xã đề nghị lùi lịch vì mùa vụ').waitFor();
  await page.screenshot({ path: path.join(screenshotDir, 'conference-cancelled.png') });
});
