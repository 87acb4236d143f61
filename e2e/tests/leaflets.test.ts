import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { type BrowserSession, openBrowser, screenshotDir } from '../support/browser';
import { logIn } from '../support/session';

let session: BrowserSession;

beforeAll(async () => {
  session = await openBrowser(inject('baseURL'));
});
afterAll(() => session.close());

/** "5.300/20.000 tờ (27%)" → 5300. */
async function barValue(bar: Locator): Promise<number> {
  const text = (await bar.getAttribute('aria-valuetext')) ?? '';
  return Number(text.split('/')[0].replace(/\D/gu, ''));
}

test('staff allocate leaflets to a commune, deliver them, download the handover note and see the stock change', async () => {
  const page = await logIn(session.context, 'staff', '/leaflets');
  const card = page.getByRole('article').first();
  const allocatedBar = card.getByRole('progressbar', { name: 'Đã phân bổ' });
  const deliveredBar = card.getByRole('progressbar', { name: 'Đã giao' });
  await allocatedBar.waitFor();
  const allocatedBefore = await barValue(allocatedBar);
  const deliveredBefore = await barValue(deliveredBar);

  // Allocate 1.000 leaflets to Xã Hải Hưng (one of today's communes, no district step).
  await card.getByRole('button', { name: /^Phân bổ từ lô/u }).click();
  const dialog = page.getByRole('dialog', { name: 'Phân bổ tờ rơi' });
  await dialog.getByText(/^Còn lại [\d.]+ tờ$/u).waitFor();
  await dialog.getByRole('combobox', { name: /^Xã, phường nhận/u }).fill('hai hung');
  await page.getByRole('option', { name: /^Xã Hải Hưng\b/u }).click();
  await dialog.getByRole('spinbutton', { name: /^Số lượng/u }).fill('1000');
  await dialog.getByRole('button', { name: 'Phân bổ' }).click();
  const saved = page.getByText(/^Đã phân bổ 1\.000 tờ cho Xã Hải Hưng \(biên bản số (.+)\)\.$/u);
  await saved.waitFor();
  const number = /biên bản số (.+)\)\.$/u.exec((await saved.textContent()) ?? '')?.[1] ?? '';
  expect(number).toMatch(/^\d+\/BBBG-\d{4}$/u);
  await expect.poll(() => barValue(allocatedBar)).toBe(allocatedBefore + 1000);

  // Deliver them.
  const grid = page.getByRole('grid', { name: 'Danh sách phân bổ tờ rơi' });
  await grid.getByRole('button', { name: `Ghi nhận đã giao biên bản ${number}` }).click();
  const deliver = page.getByRole('dialog', { name: 'Ghi nhận đã giao tờ rơi' });
  await deliver
    .getByRole('textbox', { name: /^Người nhận/u })
    .fill('Vũ Thị Mai, Văn phòng UBND xã');
  await deliver.getByRole('button', { name: 'Xác nhận đã giao' }).click();
  await page.getByText('Đã ghi nhận giao 1.000 tờ cho Xã Hải Hưng.').waitFor();
  await expect.poll(() => barValue(deliveredBar)).toBe(deliveredBefore + 1000);
  const row = grid.getByRole('row', { name: new RegExp(number.replace('/', '\\/'), 'u') });
  await row.getByText('Đã giao', { exact: true }).waitFor();

  // The handover note ("Biên bản bàn giao") is a PDF.
  const [response, download] = await Promise.all([
    page.waitForResponse((res) => res.url().endsWith('/slip.pdf')),
    page.waitForEvent('download'),
    grid.getByRole('button', { name: `Tải biên bản bàn giao ${number}` }).click(),
  ]);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/pdf');
  const file = await download.path();
  expect(fs.readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(download.suggestedFilename()).toMatch(/\.pdf$/u);

  // The summary places the leaflets in today's commune.
  const table = page.getByRole('table', { name: 'Tờ rơi theo xã, phường' });
  await table.getByRole('row', { name: /Xã Hải Hưng/u }).waitFor();
  await page.screenshot({ path: path.join(screenshotDir, 'leaflets.png'), fullPage: true });
});
