import * as path from 'node:path';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { apiCall, apiToken } from '../support/api';
import { type BrowserSession, docsScreenshotDir, openBrowser } from '../support/browser';
import { logIn } from '../support/session';

let session: BrowserSession;

beforeAll(async () => {
  session = await openBrowser(inject('baseURL'));
});
afterAll(() => session.close());

interface Listed {
  id: string;
  communeCode: string;
  communeName: string;
}

/** A planned conference of the demo (through the API, as any script would), with its commune. */
async function plannedConference(): Promise<Listed> {
  const { items } = await apiCall<{ items: Listed[] }>(
    await apiToken('staff'),
    'GET',
    '/conferences?status=planned&pageSize=5',
  );
  expect(items.length).toBeGreaterThan(0);
  return items[0];
}

const sizes = [
  { name: 'phone', viewport: { width: 390, height: 844 } },
  { name: 'desktop', viewport: { width: 1366, height: 768 } },
] as const;

for (const { name, viewport } of sizes) {
  test(`the walk-in form starts with the conference's commune (${name})`, async () => {
    const conference = await plannedConference();
    const context = await session.browser.newContext({
      baseURL: inject('baseURL'),
      viewport,
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
      reducedMotion: 'reduce',
    });
    const page = await logIn(context, 'staff', `/conferences/${conference.id}/check-in`);
    await page.getByRole('heading', { level: 1, name: 'Điểm danh' }).waitFor();
    await page.getByRole('button', { name: 'Thêm người đến trực tiếp' }).click();
    const dialog = page.getByRole('dialog', { name: 'Người đến trực tiếp' });
    const commune = dialog.getByRole('combobox', { name: /^Xã, phường/u });
    await expect.poll(() => commune.inputValue()).toBe(conference.communeName);
    await page.screenshot({
      path: path.join(docsScreenshotDir, `check-in-walk-in-${name}.png`),
      animations: 'disabled',
    });
    await dialog.getByRole('button', { name: 'Hủy' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await context.close();
  });
}
