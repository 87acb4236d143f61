import * as path from 'node:path';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { type BrowserSession, openBrowser, screenshotDir } from '../support/browser';
import { logIn } from '../support/session';

let session: BrowserSession;

beforeAll(async () => {
  session = await openBrowser(inject('baseURL'));
});
afterAll(() => session.close());

test('the app opens in Vietnamese, switches to English, and lists the communes of Hải Hậu', async () => {
  const page = await logIn(session.context, 'staff', '/reference');
  await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('vi');
  const districts = page.getByRole('grid', { name: 'Danh sách huyện, thành phố' });
  await districts.getByText('Huyện Hải Hậu').click();
  const heading = page.getByRole('heading', {
    name: /Xã, phường, thị trấn của Huyện Hải Hậu \(24\)/u,
  });
  await heading.waitFor();
  await page
    .getByRole('grid', { name: /Danh sách xã, phường, thị trấn của Huyện Hải Hậu/u })
    .getByText('Thị trấn Yên Định')
    .waitFor();
  await page.screenshot({ path: path.join(screenshotDir, 'reference.png'), fullPage: true });

  await page.getByRole('button', { name: 'Ngôn ngữ / Language' }).click();
  await page.getByRole('menuitem', { name: 'English' }).click();
  await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
  await page.getByRole('heading', { name: /Huyện Hải Hậu \(24\)/u }).waitFor();
  expect(await page.getByRole('navigation').first().textContent()).toMatch(
    /Reference|Administrative|Organizations/u,
  );
  await page.screenshot({ path: path.join(screenshotDir, 'reference-en.png'), fullPage: true });
});
