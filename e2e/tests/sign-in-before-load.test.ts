import * as path from 'node:path';
import type { Route } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { seriousAxeFindings } from '../support/axe';
import { type BrowserSession, docsScreenshotDir, openBrowser } from '../support/browser';
import { DEMO_PASSWORD } from '../support/session';

let session: BrowserSession;

beforeAll(async () => {
  session = await openBrowser(inject('baseURL'));
});
afterAll(() => session.close());

/**
 * On a rural 3G line the app's code takes seconds to arrive. The sign-in form of the page itself
 * works meanwhile: here the app's main script is held back until the user has signed in.
 */
test("signs in from the page's own form while the app's code is still on its way", async () => {
  const context = await session.browser.newContext({
    baseURL: inject('baseURL'),
    locale: 'vi-VN',
    viewport: { width: 390, height: 844 },
  });
  try {
    const page = await context.newPage();
    const held: Route[] = [];
    let holding = true;
    await page.route(/\/assets\/index-[^/]+\.js$/u, (route) =>
      holding ? void held.push(route) : route.continue(),
    );
    // The page's load waits for its scripts; the form does not.
    await page.goto('/login?next=%2Fconferences', { waitUntil: 'commit' });

    const username = page.getByRole('textbox', { name: 'Tên đăng nhập' });
    await username.waitFor();
    expect(await seriousAxeFindings(page)).toEqual([]);
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.screenshot({
      path: path.join(docsScreenshotDir, 'sign-in-before-load-desktop.png'),
    });
    await page.setViewportSize({ width: 390, height: 844 });
    // Sent empty, it names what is missing, without the app.
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByText('Hãy nhập tên đăng nhập').waitFor();
    await username.fill('leader');
    await page.getByLabel('Mật khẩu').fill('not-the-password');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('Tên đăng nhập hoặc mật khẩu không đúng');
    await page.screenshot({ path: path.join(docsScreenshotDir, 'sign-in-before-load-phone.png') });

    await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
    const signedIn = page.waitForResponse(
      (response) => response.url().endsWith('/api/auth/login') && response.status() === 200,
    );
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await signedIn;
    expect(held.length).toBeGreaterThan(0);

    // The app arrives, finds the session and goes on to the page asked for.
    holding = false;
    for (const route of held) await route.continue();
    await page.getByRole('button', { name: 'Tài khoản', exact: true }).waitFor();
    await page.waitForURL((url) => url.pathname === '/conferences');
  } finally {
    await context.close();
  }
});
