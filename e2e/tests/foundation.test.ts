import * as path from 'node:path';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { type BrowserSession, openBrowser, screenshotDir } from '../support/browser';
import { logIn } from '../support/session';

let session: BrowserSession;

beforeAll(async () => {
  session = await openBrowser(inject('baseURL'));
});
afterAll(() => session.close());

test("the app opens in Vietnamese, switches to English, and lists today's communes of the province", async () => {
  const page = await logIn(session.context, 'staff', '/reference');
  await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('vi');
  // Since 1/7/2025 there are no districts: the page lists the 129 communes of Ninh Bình.
  const heading = page.getByRole('heading', { name: /^Xã, phường của tỉnh \(129\)$/u });
  await heading.waitFor();
  const grid = page.getByRole('grid', { name: 'Danh sách xã, phường của tỉnh' });
  await page.getByRole('searchbox', { name: 'Tìm xã, phường, thị trấn' }).fill('hai hau');
  await grid.getByText('Xã Hải Hậu', { exact: true }).waitFor();
  await page.screenshot({ path: path.join(screenshotDir, 'reference.png'), fullPage: true });

  await page.getByRole('button', { name: 'Ngôn ngữ / Language' }).click();
  await page.getByRole('menuitem', { name: 'English' }).click();
  await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
  await page
    .getByRole('heading', { name: /^Communes and wards of the province \(129\)$/u })
    .waitFor();
  expect(await page.getByRole('navigation').first().textContent()).toMatch(
    /Reference|Administrative|Organizations/u,
  );
  await page.screenshot({ path: path.join(screenshotDir, 'reference-en.png'), fullPage: true });
});
