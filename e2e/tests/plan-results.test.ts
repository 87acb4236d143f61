import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { type BrowserSession, openBrowser, screenshotDir } from '../support/browser';
import { DEMO_PASSWORD, logIn } from '../support/session';

let session: BrowserSession;

beforeAll(async () => {
  session = await openBrowser(inject('baseURL'));
});
afterAll(() => session.close());

/** This year's demo campaign (found through the API, as any script would). */
async function runningCampaignId(): Promise<string> {
  const base = inject('baseURL');
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: 'staff', password: DEMO_PASSWORD }),
  });
  const { accessToken } = (await login.json()) as { accessToken: string };
  const list = await fetch(`${base}/api/campaigns?pageSize=50`, {
    headers: { Authorization: `Bearer ${accessToken}` },
  });
  const { items } = (await list.json()) as {
    items: Array<{ id: string; startsOn: string; endsOn: string }>;
  };
  const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
  const running = items.find((c) => c.startsOn <= today && today <= c.endsOn);
  if (!running) throw new Error(`no demo campaign covers ${today}`);
  return running.id;
}

test("staff record a video and an SMS wave, set two targets, read the coverage matrix, and download the plan's results report", async () => {
  const campaignId = await runningCampaignId();
  const page = await logIn(session.context, 'staff', `/campaigns/${campaignId}?tab=channels`);

  // Two outreach activities, each with the figures of its channel.
  const addActivity = async (channel: string, title: string, figure: string, value: string) => {
    await page.getByRole('button', { name: 'Thêm hoạt động' }).click();
    const form = page.getByRole('dialog', { name: 'Thêm hoạt động truyền thông' });
    await form.getByRole('combobox', { name: /^Kênh/u }).click();
    await page.getByRole('option', { name: channel, exact: true }).click();
    await form.getByRole('textbox', { name: /^Tiêu đề/u }).fill(title);
    await form.getByRole('spinbutton', { name: figure, exact: true }).fill(value);
    await form.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText(`Đã lưu “${title}”.`).waitFor();
  };
  await addActivity('Video', 'Video: giả danh công an gọi điện', 'Lượt xem', '412000');
  await addActivity('Đợt tin nhắn SMS', 'Tin nhắn cảnh báo dịp Tết', 'Số tin nhắn', '1250000');
  const channels = page.getByRole('table', { name: 'Kết quả theo kênh' });
  await channels.getByRole('row', { name: /^Đợt tin nhắn SMS.*1\.250\.000/u }).waitFor();
  await channels.getByRole('row', { name: /^Video.*412\.000/u }).waitFor();
  await page.screenshot({ path: path.join(screenshotDir, 'plan-channels.png'), fullPage: true });
  await page.getByRole('tab', { name: 'Chỉ tiêu' }).click();

  // Two targets pasted from the plan's Excel table: commune, association, then the figures.
  const grid = page.getByRole('grid', { name: 'Bảng chỉ tiêu' });
  await grid.waitFor();
  await page.getByRole('button', { name: 'Dán từ Excel' }).click();
  const dialog = page.getByRole('dialog', { name: 'Dán chỉ tiêu từ Excel' });
  await dialog
    .getByRole('textbox', { name: 'Nội dung dán từ Excel' })
    .fill(
      [
        'Xã\tHội\tHội nghị\tNgười tham dự\tTờ rơi',
        'Xã Hải Hậu\tHội Nông dân tỉnh Ninh Bình\t2\t400\t1.000',
        'phuong nam dinh\tHội Cựu chiến binh tỉnh Ninh Bình\t1\t250\t',
      ].join('\n'),
    );
  await dialog.getByText('Đọc được 2 dòng.').waitFor();
  await dialog.getByRole('button', { name: 'Thêm 2 dòng vào bảng' }).click();
  await page.getByRole('button', { name: 'Lưu chỉ tiêu' }).click();
  await page.getByText('Đã lưu chỉ tiêu.').waitFor();
  await grid.getByRole('row', { name: /Xã Hải Hậu.*Hội Nông dân tỉnh Ninh Bình/u }).waitFor();
  await page.screenshot({ path: path.join(screenshotDir, 'plan-targets.png'), fullPage: true });

  // The matrix shows each commune's result against its target, coloured by how far behind.
  await page.getByRole('tab', { name: 'Ma trận bao phủ' }).click();
  const matrix = page.getByRole('table', { name: 'Ma trận kết quả so với chỉ tiêu' });
  await matrix.waitFor();
  await matrix.getByLabel(/^Xã Hải Hậu, Hội Nông dân tỉnh Ninh Bình: [\d.]+ \/ 400 /u).waitFor();
  await matrix
    .getByLabel(/^Phường Nam Định, Hội Cựu chiến binh tỉnh Ninh Bình: [\d.]+ \/ 250 /u)
    .waitFor();
  await page.screenshot({ path: path.join(screenshotDir, 'plan-matrix.png'), fullPage: true });

  // The results report for the whole year, as Word.
  await page.getByRole('tab', { name: 'Báo cáo kết quả' }).click();
  await page.getByRole('textbox', { name: 'Đánh giá chung' }).fill('Các xã ven biển đạt kế hoạch.');
  await page.getByRole('button', { name: 'Lưu nội dung' }).click();
  await page.getByText('Đã lưu nội dung báo cáo.').waitFor();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Tải Word' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.docx$/u);
  const file = await download.path();
  expect(fs.readFileSync(file).subarray(0, 2).toString('latin1')).toBe('PK');
  await page.screenshot({ path: path.join(screenshotDir, 'plan-report.png'), fullPage: true });
});
