import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { seriousAxeFindings } from '../support/axe';
import { type BrowserSession, openBrowser } from '../support/browser';
import { DEMO_PASSWORD, logIn } from '../support/session';

/**
 * axe-core on the pages people use most: no serious or critical finding. A failure lists each
 * rule with the nodes it found, so the fix can start from the message.
 */

let session: BrowserSession;

beforeAll(async () => {
  session = await openBrowser(inject('baseURL'));
});
afterAll(() => session.close());

/** A fresh context (its own cookies) on the same browser, for one person. */
async function freshContext(viewport = { width: 1366, height: 860 }): Promise<BrowserContext> {
  return session.browser.newContext({
    baseURL: inject('baseURL'),
    viewport,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    reducedMotion: 'reduce',
  });
}

/** A planned conference of the demo campaign, found through the API. */
async function plannedConferenceId(): Promise<string> {
  const base = inject('baseURL');
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: 'staff', password: DEMO_PASSWORD }),
  });
  const { accessToken } = (await login.json()) as { accessToken: string };
  const list = await fetch(`${base}/api/conferences?status=planned&pageSize=50`, {
    headers: { Authorization: `Bearer ${accessToken}` },
  });
  const { items } = (await list.json()) as { items: Array<{ id: string }> };
  expect(items.length).toBeGreaterThan(0);
  return items[0].id;
}

test('the login page', async () => {
  const context = await freshContext();
  const page = await context.newPage();
  await page.goto('/login');
  await page.getByLabel('Tên đăng nhập').waitFor();
  expect(await seriousAxeFindings(page)).toEqual([]);
  await context.close();
});

test("the leader's dashboard, with its charts drawn", async () => {
  const context = await freshContext();
  const page = await logIn(context, 'leader');
  await page.waitForURL((url) => url.pathname === '/dashboard');
  await page.getByRole('heading', { level: 1, name: 'Tổng quan' }).waitFor();
  await page
    .getByRole('figure', { name: 'Người tham dự theo giới tính' })
    .locator('svg path')
    .first()
    .waitFor();
  await page.getByRole('heading', { name: /^Xã chưa tổ chức hội nghị \(\d+\)$/u }).waitFor();
  expect(await seriousAxeFindings(page)).toEqual([]);
  await context.close();
});

test('a conference page, as department staff', async () => {
  const conferenceId = await plannedConferenceId();
  const context = await freshContext();
  const page = await logIn(context, 'staff', `/conferences/${conferenceId}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.getByRole('tab').first().waitFor();
  expect(await seriousAxeFindings(page)).toEqual([]);
  await context.close();
});

test('the check-in page on a 390 px phone', async () => {
  const conferenceId = await plannedConferenceId();
  const context = await freshContext({ width: 390, height: 844 });
  const page = await logIn(context, 'staff', `/conferences/${conferenceId}/check-in`);
  await page.getByRole('heading', { level: 1, name: 'Điểm danh' }).waitFor();
  await page.getByRole('searchbox', { name: 'Họ tên hoặc số điện thoại' }).fill('nguyen');
  await page
    .getByRole('list', { name: 'Kết quả tìm kiếm' })
    .or(page.getByText(/^Không tìm thấy ai/u))
    .waitFor();
  expect(await seriousAxeFindings(page)).toEqual([]);
  await context.close();
});

test("the import dialog, open on a conference's registrations tab", async () => {
  const conferenceId = await plannedConferenceId();
  const context = await freshContext();
  const page = await logIn(context, 'staff', `/conferences/${conferenceId}?tab=registrations`);
  await page.getByRole('heading', { name: 'Danh sách đăng ký' }).waitFor();
  await page.getByRole('button', { name: 'Nhập từ tệp Excel/CSV' }).click();
  await page.getByRole('dialog', { name: 'Nhập danh sách từ tệp' }).waitFor();
  expect(await seriousAxeFindings(page)).toEqual([]);
  await context.close();
});
