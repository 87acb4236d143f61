import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { apiCall, apiToken } from '../support/api';
import { type BrowserSession, openBrowser, screenshotDir } from '../support/browser';
import { logIn } from '../support/session';

let session: BrowserSession;

beforeAll(async () => {
  session = await openBrowser(inject('baseURL'));
});
afterAll(() => session.close());

/** A held conference of the demo campaign, with people who checked in. */
async function heldConferenceId(): Promise<string> {
  const { items } = await apiCall<{ items: Array<{ id: string }> }>(
    await apiToken('staff'),
    'GET',
    '/conferences?status=held&pageSize=50',
  );
  expect(items.length).toBeGreaterThan(0);
  return items[0].id;
}

test('staff issue certificates, download the batch, and a holder verifies one before and after it is revoked', async () => {
  const conferenceId = await heldConferenceId();
  const page = await logIn(
    session.context,
    'staff',
    `/conferences/${conferenceId}?tab=certificates`,
  );
  await page.getByRole('heading', { name: 'Giấy chứng nhận', exact: true }).waitFor();

  // Issue: one certificate per person who checked in.
  await page.getByRole('button', { name: 'Cấp giấy chứng nhận' }).click();
  // First what will be numbered: how many, the serials and the first holder; then confirm.
  const confirm = page.getByRole('dialog', { name: 'Cấp giấy chứng nhận?' });
  await confirm.getByText(/^Số hiệu: từ \d+\/GCN/u).waitFor();
  await confirm.getByText(/^Giấy đầu tiên: /u).waitFor();
  await page.screenshot({ path: path.join(screenshotDir, 'certificates-issue-confirm.png') });
  await confirm.getByRole('button', { name: /^Cấp \d+ giấy chứng nhận$/u }).click();
  const issued = page.getByText(/^Đã cấp \d+ giấy chứng nhận mới\.$/u);
  await issued.waitFor();
  expect(Number((await issued.textContent())?.match(/\d+/u)?.[0])).toBeGreaterThan(0);
  const grid = page.getByRole('grid', { name: 'Danh sách giấy chứng nhận' });
  await grid.getByText('Còn hiệu lực').first().waitFor();
  await page.screenshot({ path: path.join(screenshotDir, 'certificates.png'), fullPage: true });

  // The whole batch as one PDF, streamed with a progress indicator.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Tải cả bộ (PDF)' }).click(),
  ]);
  const file = await download.path();
  expect(fs.readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(download.suggestedFilename()).toMatch(/\.pdf$/u);
  await page.getByText(/^Đã tải xong tệp PDF \(.+\)\.$/u).waitFor();

  // A holder opens the certificate's verification link on a phone: HỢP LỆ.
  const first = grid.getByRole('row').nth(1);
  const serial = (await first.locator('[data-field="serial"]').textContent())?.trim() ?? '';
  expect(serial).toMatch(/^\d+\/GCN/u);
  const [verify] = await Promise.all([
    session.context.waitForEvent('page'),
    first.getByRole('button', { name: `Mở trang xác minh số ${serial}` }).click(),
  ]);
  await verify.setViewportSize({ width: 375, height: 667 });
  await verify.getByText('HỢP LỆ', { exact: true }).waitFor();
  expect(await verify.getByText(serial, { exact: true }).count()).toBe(1);
  expect(await verify.getByRole('navigation').count()).toBe(0);
  const bodySize = await verify.evaluate(
    () => getComputedStyle(document.querySelector('main') as Element).fontSize,
  );
  expect(Number.parseFloat(bodySize)).toBeGreaterThanOrEqual(20);
  await verify.screenshot({
    path: path.join(screenshotDir, 'verify-valid-phone.png'),
    fullPage: true,
  });

  // Staff revoke it: the same link now says ĐÃ THU HỒI, with the reason.
  await first.getByRole('button', { name: `Thu hồi số ${serial}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Thu hồi giấy chứng nhận' });
  await dialog
    .getByRole('textbox', { name: /^Lý do thu hồi/u })
    .fill('Ghi sai năm sinh của người được cấp');
  await dialog.getByRole('button', { name: 'Thu hồi', exact: true }).click();
  await page.getByText(`Đã thu hồi giấy chứng nhận số ${serial}.`).waitFor();
  await verify.reload();
  await verify.getByText('ĐÃ THU HỒI', { exact: true }).waitFor();
  await verify.getByText('Ghi sai năm sinh của người được cấp').waitFor();
  await verify.screenshot({
    path: path.join(screenshotDir, 'verify-revoked-phone.png'),
    fullPage: true,
  });
});
