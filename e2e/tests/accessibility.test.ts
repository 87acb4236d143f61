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

async function token(username: string): Promise<string> {
  const res = await fetch(`${inject('baseURL')}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  return ((await res.json()) as { accessToken: string }).accessToken;
}

async function api<T>(bearer: string, method: string, url: string, body?: unknown): Promise<T> {
  const res = await fetch(`${inject('baseURL')}/api${url}`, {
    method,
    headers: { Authorization: `Bearer ${bearer}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

const registrants = ['Nguyễn Thị Thoa', 'Nguyễn Văn Tài', 'Nguyễn Thị Lành'];
let conference: Promise<string> | undefined;

/**
 * A planned conference of the demo campaign (found through the API) with three members of the
 * Farmers' Association registered by their coordinator, so lists and search results have rows.
 */
function plannedConferenceId(): Promise<string> {
  conference ??= (async () => {
    const staff = await token('staff');
    const { items } = await api<{ items: Array<{ id: string }> }>(
      staff,
      'GET',
      '/conferences?status=planned&pageSize=50',
    );
    expect(items.length).toBeGreaterThan(0);
    const conferenceId = items[0].id;
    const coordinator = await token('coord.farmers');
    for (const [index, fullName] of registrants.entries()) {
      await api(coordinator, 'POST', `/conferences/${conferenceId}/registrations`, {
        person: {
          fullName,
          gender: fullName.includes(' Thị ') ? 'female' : 'male',
          birthYear: 1960 + index,
          phone: null,
          communeCode: '14215',
          group: 'farmer',
          consent: true,
          consentSource: 'paper_form',
        },
      });
    }
    return conferenceId;
  })();
  return conference;
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

/** The leader's dashboard, waited for until its charts and lists are drawn. */
async function dashboardOf(context: BrowserContext) {
  const page = await logIn(context, 'leader');
  await page.waitForURL((url) => url.pathname === '/dashboard');
  await page.getByRole('heading', { level: 1, name: 'Tổng quan' }).waitFor();
  await page
    .getByRole('figure', { name: 'Người tham dự theo giới tính' })
    .locator('svg path')
    .first()
    .waitFor();
  await page.getByRole('list', { name: 'Chú giải' }).waitFor();
  return page;
}

test('the dashboard on a 390 × 844 phone, with a commune’s details open', async () => {
  const context = await freshContext({ width: 390, height: 844 });
  const page = await dashboardOf(context);
  expect(await seriousAxeFindings(page)).toEqual([]);

  const coverage = page.getByRole('region', { name: 'Độ bao phủ xã, phường, thị trấn' });
  await coverage.getByRole('button').first().click();
  await page.getByRole('dialog').waitFor();
  expect(await seriousAxeFindings(page)).toEqual([]);
  await context.close();
});

test('the navigation drawer and the user menu, opened on a phone', async () => {
  const context = await freshContext({ width: 390, height: 844 });
  const page = await dashboardOf(context);

  await page.getByRole('button', { name: 'Mở menu điều hướng' }).click();
  const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
  await nav.getByRole('link', { name: 'Báo cáo' }).waitFor();
  expect(await seriousAxeFindings(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await nav.waitFor({ state: 'hidden' });

  await page.getByRole('button', { name: 'Tài khoản' }).click();
  await page.getByRole('menuitem', { name: 'Đăng xuất' }).waitFor();
  expect(await seriousAxeFindings(page)).toEqual([]);
  await context.close();
});

test('the user menu and the language menu, opened on a desktop', async () => {
  const context = await freshContext();
  const page = await dashboardOf(context);
  await page.getByRole('button', { name: 'Tài khoản' }).click();
  await page.getByRole('menuitem', { name: 'Đăng xuất' }).waitFor();
  expect(await seriousAxeFindings(page)).toEqual([]);
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: /^Ngôn ngữ \/ Language/u }).click();
  await page.getByRole('menuitem', { name: 'English' }).waitFor();
  expect(await seriousAxeFindings(page)).toEqual([]);
  await context.close();
});

test('the English interface: the dashboard and the reports page', async () => {
  const context = await freshContext();
  const page = await dashboardOf(context);
  await page.getByRole('button', { name: /^Ngôn ngữ \/ Language/u }).click();
  await page.getByRole('menuitem', { name: 'English' }).click();
  await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
  await page.getByRole('list', { name: 'Legend' }).waitFor();
  expect(await page.locator('html').getAttribute('lang')).toBe('en');
  expect(await seriousAxeFindings(page)).toEqual([]);

  await page.getByRole('link', { name: 'Reports' }).click();
  await page.getByRole('heading', { level: 1, name: 'Reports' }).waitFor();
  await page.getByRole('grid', { name: 'Coverage report' }).getByText('Total').waitFor();
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
  await page.getByRole('searchbox', { name: 'Họ tên hoặc số điện thoại' }).fill('nguyen thi');
  const results = page.getByRole('list', { name: 'Kết quả tìm kiếm' });
  await results.getByRole('button', { name: 'Điểm danh Nguyễn Thị Thoa' }).waitFor();
  expect(await seriousAxeFindings(page)).toEqual([]);

  // The answer to a check-in (here: the conference is days ahead) is checked too.
  await results.getByRole('button', { name: 'Điểm danh Nguyễn Thị Thoa' }).click();
  await page.getByText(/^Hội nghị diễn ra ngày \d\d\/\d\d\/\d{4}: chưa đến ngày/u).waitFor();
  expect(await seriousAxeFindings(page)).toEqual([]);
  await context.close();
});

test("the import dialog, open on a conference's registrations tab", async () => {
  const conferenceId = await plannedConferenceId();
  const context = await freshContext();
  const page = await logIn(context, 'staff', `/conferences/${conferenceId}?tab=registrations`);
  await page.getByRole('heading', { name: 'Danh sách đăng ký' }).waitFor();
  await page
    .getByRole('grid', { name: 'Danh sách đăng ký của hội nghị' })
    .getByText('Nguyễn Thị Thoa')
    .waitFor();
  expect(await seriousAxeFindings(page)).toEqual([]);
  await page.getByRole('button', { name: 'Nhập từ tệp Excel/CSV' }).click();
  await page.getByRole('dialog', { name: 'Nhập danh sách từ tệp' }).waitFor();
  expect(await seriousAxeFindings(page)).toEqual([]);
  await context.close();
});
