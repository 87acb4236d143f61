import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { type BrowserSession, openBrowser, screenshotDir } from '../support/browser';
import { logIn } from '../support/session';

let session: BrowserSession;

beforeAll(async () => {
  session = await openBrowser(inject('baseURL'));
});
afterAll(() => session.close());

const charts = [
  'Hội nghị đã tổ chức và lượt tham dự theo tháng',
  // The demo's running campaign is after 1/7/2025: no districts, attendances by commune.
  'Lượt tham dự theo xã, phường',
  'Người tham dự theo nhóm đối tượng',
  'Người tham dự theo giới tính',
];

test("leadership's home is the dashboard, with the demo campaign's targets and its charts", async () => {
  const page = await logIn(session.context, 'leader');
  await page.waitForURL((url) => url.pathname === '/dashboard');
  await page.getByRole('heading', { level: 1, name: 'Tổng quan' }).waitFor();

  const kpis = page.getByRole('group', { name: 'Chỉ tiêu chính' });
  await kpis.waitFor();
  const targets: [string, string][] = [
    ['Hội nghị', 'Chỉ tiêu: 70 hội nghị'],
    ['Người tham dự', 'Chỉ tiêu: 15.000 người'],
    ['Tờ rơi', 'Chỉ tiêu: 20.000 tờ'],
    ['Xã, phường', 'Tổng số: 129 xã'],
  ];
  for (const [card, target] of targets) {
    await kpis.getByRole('region', { name: card }).getByText(target).waitFor();
  }
  expect(
    await kpis
      .getByRole('region', { name: 'Tờ rơi' })
      .getByRole('progressbar', { name: 'Đã in' })
      .getAttribute('aria-valuetext'),
  ).toBe('20.000/20.000 (100%)');

  // The charts are drawn (no animation: the browser asks for reduced motion).
  for (const name of charts) {
    const figure = page.getByRole('figure', { name });
    await figure.locator('svg .MuiChartsAxis-tickLabel, svg path').first().waitFor();
  }
  await page.getByRole('figure', { name: charts[1] }).getByRole('rowheader').first().waitFor();
  await expect
    .poll(() =>
      page.locator('.MuiChartsAxis-directionX .MuiChartsAxis-tickLabel').first().textContent(),
    )
    .not.toBe('');

  const unreached = page.getByRole('heading', { name: /^Xã chưa tổ chức hội nghị \(\d+\)$/u });
  await unreached.waitFor();
  const coverage = page.getByRole('region', { name: 'Độ bao phủ xã, phường, thị trấn' });
  expect(await coverage.getByRole('img').count()).toBe(129);
  // Today's communes sit under the province, one group; no label speaks of districts.
  expect(await coverage.getByRole('heading', { level: 3 }).count()).toBe(1);
  expect(await page.getByRole('main').getByText(/huyện/iu).count()).toBe(0);

  await page.screenshot({ path: path.join(screenshotDir, 'dashboard.png'), fullPage: true });

  // "In / Lưu PDF": the print stylesheet leaves the navigation and the buttons out.
  await page.emulateMedia({ media: 'print' });
  expect(await page.getByRole('navigation').isVisible()).toBe(false);
  expect(await page.getByRole('button', { name: 'In / Lưu PDF' }).isVisible()).toBe(false);
  await kpis.getByRole('region', { name: 'Hội nghị' }).getByText('Chỉ tiêu: 70 hội nghị').waitFor();
  await page.pdf({
    path: path.join(screenshotDir, 'dashboard.pdf'),
    format: 'A4',
    printBackground: true,
  });
  await page.emulateMedia({ media: 'screen' });
});

test('the reports page groups by the districts of the time and downloads the Excel export', async () => {
  await session.context.clearCookies();
  const page = await logIn(session.context, 'leader', '/reports');
  await page.getByRole('heading', { level: 1, name: 'Báo cáo' }).waitFor();

  await page.getByRole('combobox', { name: /^Tổng hợp theo/u }).click();
  await page.getByRole('option', { name: 'Giới tính' }).click();
  await page
    .getByRole('grid', { name: 'Bảng báo cáo độ bao phủ' })
    .getByText('Nam', { exact: true })
    .waitFor();
  // Districts are offered only with the units of the time (there are none since 1/7/2025): the
  // 2025 plan held its first half under them.
  // The choice goes into the address first (a navigation), then the radio shows it.
  const units = page.getByRole('radio', { name: 'Đơn vị tại thời điểm tổ chức' });
  await units.click();
  await expect.poll(() => units.isChecked()).toBe(true);
  await page.getByRole('combobox', { name: /^Chiến dịch/u }).click();
  await page.getByRole('option', { name: /năm 2025$/u }).click();
  await page.getByRole('combobox', { name: /^Tổng hợp theo/u }).click();
  await page
    .getByRole('option', { name: 'Huyện, thành phố (trước 01/07/2025)', exact: true })
    .click();
  const grid = page.getByRole('grid', { name: 'Bảng báo cáo độ bao phủ' });
  await grid.getByText('Huyện Hải Hậu (đến 30/06/2025)').waitFor();
  await grid.getByText('Tổng cộng').waitFor();
  expect(new URL(page.url()).searchParams.get('groupBy')).toBe('district');
  expect(new URL(page.url()).searchParams.get('units')).toBe('as-held');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Tải Excel' }).click(),
  ]);
  // Named after what it is, in Vietnamese (an ASCII slug is the fallback for older clients).
  const fileName = 'Báo cáo độ bao phủ theo huyện, thành phố (trước 01-07-2025).xlsx';
  expect(download.suggestedFilename()).toBe(fileName);
  const file = fs.readFileSync(await download.path());
  expect(file.subarray(0, 2).toString('latin1')).toBe('PK');
  await page.getByText(`Đã tải xuống “${fileName}”.`).waitFor();
  await page.screenshot({ path: path.join(screenshotDir, 'reports.png'), fullPage: true });
});
