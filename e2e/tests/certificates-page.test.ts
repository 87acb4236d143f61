import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { seriousAxeFindings } from '../support/axe';
import { type BrowserSession, openBrowser } from '../support/browser';
import { DEMO_PASSWORD, logIn } from '../support/session';

/** The page's pictures document it: they are kept in docs/screenshots. */
const docsScreenshots = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../docs/screenshots',
);
const DESKTOP = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };

interface SummaryRow {
  conferenceId: string;
  title: string;
  eligible: number;
  issued: number;
  toIssue: number;
  revoked: number;
}
interface Summary {
  items: SummaryRow[];
  total: number;
  totals: { conferences: number; eligible: number; issued: number; toIssue: number };
}

let session: BrowserSession;

beforeAll(async () => {
  session = await openBrowser(inject('baseURL'), { viewport: DESKTOP });
  fs.mkdirSync(docsScreenshots, { recursive: true });
});
afterAll(() => session.close());

/** An API answer as `username` gets it. */
async function api<T>(username: string, url: string): Promise<T> {
  const base = inject('baseURL');
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  const { accessToken } = (await login.json()) as { accessToken: string };
  const res = await fetch(`${base}${url}`, { headers: { Authorization: `Bearer ${accessToken}` } });
  expect(res.status).toBe(200);
  return (await res.json()) as T;
}

/** "1.234" as the Vietnamese page writes a count. */
const vi = (n: number) => n.toLocaleString('vi-VN');

const totalsText = ({ totals }: Summary) =>
  `${vi(totals.conferences)} hội nghị · ${vi(totals.eligible)} người đủ điều kiện · đã cấp ${vi(totals.issued)} · còn phải cấp ${vi(totals.toIssue)}`;

async function expectCounts(page: Page, row: SummaryRow) {
  const line = page
    .getByRole('grid', { name: 'Tình hình cấp giấy chứng nhận theo hội nghị' })
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: row.title, exact: true }) });
  for (const field of ['eligible', 'issued', 'toIssue', 'revoked'] as const)
    expect((await line.locator(`[data-field="${field}"]`).textContent())?.trim()).toBe(
      vi(row[field]),
    );
}

test('the certificates menu opens a page that explains the rules and counts each held conference, leading to its certificates', async () => {
  const page = await logIn(session.context, 'staff', '/conferences');
  await page
    .getByRole('navigation', { name: 'Điều hướng chính' })
    .getByRole('link', { name: 'Giấy chứng nhận' })
    .click();
  await page.waitForURL((url) => url.pathname === '/certificates');
  await page.getByRole('heading', { level: 1, name: 'Giấy chứng nhận' }).waitFor();
  const rules = page.getByRole('region', { name: 'Ai được cấp, cấp như thế nào' });
  await rules.getByText(/^Người được cấp: mỗi người đã điểm danh/u).waitFor();
  await rules.getByText(/^Cách cấp: /u).waitFor();

  // The figures on screen are the API's.
  const summary = await api<Summary>('staff', '/api/certificate-summary?pageSize=25');
  expect(summary.total).toBeGreaterThan(0);
  await page.getByText(totalsText(summary), { exact: true }).waitFor();
  await page.getByRole('link', { name: summary.items[0].title, exact: true }).waitFor();
  for (const row of summary.items.slice(0, 3)) await expectCounts(page, row);
  expect(await seriousAxeFindings(page)).toEqual([]);
  await page.screenshot({
    path: path.join(docsScreenshots, 'certificates-page-desktop.png'),
    fullPage: true,
    animations: 'disabled',
  });

  // Only the conferences with certificates still to issue.
  // The choice goes into the address first (a navigation), then the switch shows it.
  const pendingOnly = page.getByRole('switch', { name: 'Chỉ hội nghị còn giấy chưa cấp' });
  await pendingOnly.click();
  await page.waitForURL((url) => url.searchParams.get('pending') === 'true');
  await expect.poll(() => pendingOnly.isChecked()).toBe(true);
  const pending = await api<Summary>('staff', '/api/certificate-summary?pageSize=25&pending=true');
  expect(pending.items.length).toBeGreaterThan(0);
  expect(pending.items.every((row) => row.toIssue > 0)).toBe(true);
  await page.getByText(totalsText(pending), { exact: true }).waitFor();
  // The certificates browser test issues for the first held conference: take another one.
  const { items: held } = await api<{ items: Array<{ id: string }> }>(
    'staff',
    '/api/conferences?status=held&pageSize=50',
  );
  const chosen = pending.items.find((row) => row.conferenceId !== held[0].id)!;

  // Its title opens the conference on its certificates tab, where staff issue them.
  await page.getByRole('link', { name: chosen.title, exact: true }).click();
  await page.waitForURL(
    (url) =>
      url.pathname === `/conferences/${chosen.conferenceId}` &&
      url.searchParams.get('tab') === 'certificates',
  );
  await page.getByRole('heading', { name: 'Giấy chứng nhận', exact: true }).waitFor();
  await page.getByRole('button', { name: 'Cấp giấy chứng nhận' }).click();
  await page
    .getByRole('dialog', { name: 'Cấp giấy chứng nhận?' })
    .getByRole('button', { name: `Cấp ${chosen.toIssue} giấy chứng nhận` })
    .click();
  await page.getByText(`Đã cấp ${chosen.toIssue} giấy chứng nhận mới.`).waitFor();

  // Back on the page, it has nothing left to issue: it leaves the pending list.
  await page.goBack();
  await page.waitForURL((url) => url.pathname === '/certificates');
  await page.getByRole('link', { name: chosen.title, exact: true }).waitFor({ state: 'detached' });
  await pendingOnly.click();
  await expect.poll(() => pendingOnly.isChecked()).toBe(false);
  const after = await api<Summary>('staff', '/api/certificate-summary?pageSize=500');
  const issued = after.items.find((row) => row.conferenceId === chosen.conferenceId)!;
  expect(issued).toMatchObject({ toIssue: 0, issued: chosen.issued + chosen.toIssue });
  await page.getByText(totalsText(after), { exact: true }).waitFor();

  // The whole list as an Excel file named after what it is.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Tải Excel' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('Tình hình cấp giấy chứng nhận.xlsx');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const sheet = workbook.worksheets[0];
  expect(sheet.getCell('A1').value).toBe('TÌNH HÌNH CẤP GIẤY CHỨNG NHẬN');
  const rows = sheet.getSheetValues().filter(Boolean) as unknown[][];
  const line = rows.find((values) => values[2] === chosen.title)!;
  expect(line.slice(5, 9)).toEqual([issued.eligible, issued.issued, 0, issued.revoked]);
  expect(rows.at(-1)?.[2]).toBe(`Tổng cộng (${vi(after.totals.conferences)} hội nghị)`);

  // On a phone, each conference is a card: its title, and whether certificates are left to issue.
  await page.setViewportSize(PHONE);
  const cards = page.getByRole('list', { name: 'Tình hình cấp giấy chứng nhận theo hội nghị' });
  const [newest] = after.items;
  const card = cards.getByRole('listitem', { name: newest.title, exact: true });
  await card.waitFor();
  const standing =
    newest.toIssue > 0
      ? `Còn ${vi(newest.toIssue)} giấy chưa cấp`
      : newest.eligible > 0
        ? 'Đã cấp đủ'
        : 'Không có ai đủ điều kiện';
  expect(await card.getByText(standing, { exact: true }).isVisible()).toBe(true);
  expect(await card.textContent()).toContain(
    `Đã cấp ${vi(newest.issued)} / ${vi(newest.eligible)} người đủ điều kiện`,
  );
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({
    path: path.join(docsScreenshots, 'certificates-page-phone.png'),
    fullPage: true,
    animations: 'disabled',
  });
  await page.close();
});

test("a coordinator's page counts the association's own people", async () => {
  await session.context.clearCookies();
  const page = await logIn(session.context, 'coord.farmers', '/certificates');
  await page
    .getByText(/^Các con số dưới đây tính người tham dự của tổ chức bạn phụ trách/u)
    .waitFor();
  const own = await api<Summary>('coord.farmers', '/api/certificate-summary?pageSize=25');
  const all = await api<Summary>('staff', '/api/certificate-summary?pageSize=25');
  expect(own.totals.eligible).toBeLessThan(all.totals.eligible);
  await page.getByText(totalsText(own), { exact: true }).waitFor();
  if (own.items.length > 0) await expectCounts(page, own.items[0]);
  await page.close();
});
