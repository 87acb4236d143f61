/**
 * Generates the sample results report of docs/samples from the demo data: an embedded database
 * seeded as in demo mode, plus a few outreach activities, targets and the staff's texts, then the
 * report as DOCX and PDF. Run from apps/api: `pnpm sample:plan-report`.
 */
import 'reflect-metadata';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import request from 'supertest';
import { createApp } from '../src/app.factory';
import { parseEnv } from '../src/config/env.schema';

const OUT = path.resolve(__dirname, '../../../docs/samples');

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'canhgiac-sample-'));
  const config = parseEnv({
    DATA_DIR: dataDir,
    DEMO_SEED: 'true',
    LOG_LEVEL: 'silent',
    RETENTION_YEARS: '0',
  });
  const app = await createApp(config, { quiet: true });
  const http = app.getHttpServer();
  try {
    const login = await request(http)
      .post('/api/auth/login')
      .send({ username: 'staff', password: 'demo-password' })
      .expect(200);
    const auth = { Authorization: `Bearer ${login.body.accessToken}` };
    const get = (url: string) => request(http).get(url).set(auth).expect(200);
    const send = (method: 'post' | 'put' | 'patch', url: string, body: unknown) =>
      request(http)
        [method](url)
        .set(auth)
        .send(body as object)
        .then((res) => {
          if (res.status >= 300)
            throw new Error(`${method} ${url}: ${res.status} ${JSON.stringify(res.body)}`);
          return res;
        });

    const campaign = (await get('/api/campaigns')).body.items[0];
    await send('patch', `/api/campaigns/${campaign.id}`, {
      certificate: { signerName: 'Trần Văn Minh', signerTitle: 'GIÁM ĐỐC' },
    });
    const organizations: Array<{ id: string; kind: string; name: string }> = (
      await get('/api/organizations?pageSize=100')
    ).body.items;
    const farmers = organizations.find(
      (o) => o.kind === 'farmers_association' && o.name.includes('Hải Hậu'),
    )!;
    const veterans = organizations.find(
      (o) => o.kind === 'veterans_association' && o.name.includes('Hải Hậu'),
    )!;
    const coverage = (await get(`/api/reports/coverage?campaignId=${campaign.id}&groupBy=commune`))
      .body;
    const reached: Array<{ key: string }> = coverage.rows.filter(
      (r: { conferencesHeld: number }) => r.conferencesHeld > 0,
    );

    // Targets: each commune reached, the two associations, and the associations in the first communes.
    const items = [
      ...reached.map((row, i) => ({
        communeCode: row.key,
        conferences: 2,
        participants: 60 + (i % 3) * 20,
      })),
      { organizationId: farmers.id, participants: 150, conferences: 4 },
      { organizationId: veterans.id, participants: 120, conferences: 3 },
      ...reached.slice(0, 3).flatMap((row) => [
        { communeCode: row.key, organizationId: farmers.id, participants: 25 },
        { communeCode: row.key, organizationId: veterans.id, participants: 20 },
      ]),
    ];
    await send('put', `/api/campaigns/${campaign.id}/targets`, { items });

    const year = campaign.startsOn.slice(0, 4);
    const activities = [
      {
        channel: 'video',
        title: 'Phóng sự "Cảnh giác cuộc gọi giả danh công an"',
        startsOn: `${year}-01-15`,
        metrics: { views: 182_000, shares: 3_400, sharers: 160 },
      },
      {
        channel: 'video',
        title: 'Video hướng dẫn nhận diện đường link giả mạo',
        startsOn: `${year}-03-02`,
        metrics: { views: 126_500, shares: 2_100, sharers: 145 },
      },
      {
        channel: 'social_post',
        title: 'Chuỗi bài đăng Fanpage Sở: 10 thủ đoạn lừa đảo',
        startsOn: `${year}-02-10`,
        metrics: { views: 64_000, shares: 1_250, posts: 10 },
      },
      {
        channel: 'portal_post',
        title: 'Tin bài trên Cổng thông tin điện tử tỉnh',
        startsOn: `${year}-02-20`,
        metrics: { views: 18_300, posts: 6 },
      },
      {
        channel: 'sms',
        title: 'Tin nhắn cảnh báo trước Tết Nguyên đán qua các nhà mạng',
        startsOn: `${year}-01-20`,
        metrics: { messages: 1_250_000 },
      },
      {
        channel: 'sms',
        title: 'Tin nhắn cảnh báo lừa đảo đầu tư tài chính',
        startsOn: `${year}-05-05`,
        metrics: { messages: 640_000 },
      },
      {
        channel: 'zalo_group',
        title: 'Nhóm Zalo "An ninh thôn xóm" phối hợp Công an xã',
        startsOn: `${year}-01-05`,
        metrics: { groups: 214, members: 38_600, posts: 420 },
      },
    ];
    for (const activity of activities)
      await send('post', `/api/campaigns/${campaign.id}/activities`, activity);

    await send('put', `/api/campaigns/${campaign.id}/report-texts`, {
      documentNumber: '125/BC-SKHCN',
      planReference: '170/KH-UBND ngày 31/12/2024 của UBND tỉnh',
      generalAssessment:
        'Công tác tuyên truyền phòng, chống lừa đảo sử dụng công nghệ cao được triển khai đồng bộ, kết hợp hội nghị trực tiếp với các kênh truyền thông số; sự phối hợp giữa Sở với UBND các xã, Hội Nông dân và Hội Cựu chiến binh chặt chẽ, hiệu quả.\n' +
        'Tuy nhiên, số hội nghị và số người tham gia ở một số xã còn thấp so với chỉ tiêu; việc tuyên truyền cho người cao tuổi và học sinh cần được tăng cường.',
      recommendations:
        'Đề nghị UBND tỉnh tiếp tục bố trí kinh phí in tờ rơi và tổ chức hội nghị trong năm tiếp theo; chỉ đạo các nhà mạng phối hợp gửi tin nhắn cảnh báo vào các dịp cao điểm.',
      recipients: [
        'UBND tỉnh (để báo cáo)',
        'Công an tỉnh',
        'Hội Nông dân tỉnh, Hội Cựu chiến binh tỉnh',
        'Ban Giám đốc Sở',
      ],
    });

    fs.mkdirSync(OUT, { recursive: true });
    for (const format of ['docx', 'pdf'] as const) {
      const res = await request(http)
        .get(`/api/reports/plan-report?campaignId=${campaign.id}&format=${format}`)
        .set(auth)
        .buffer(true)
        .parse((response, callback) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => callback(null, Buffer.concat(chunks)));
        })
        .expect(200);
      fs.writeFileSync(path.join(OUT, `bao-cao-ket-qua-ke-hoach.${format}`), res.body as Buffer);
    }
    process.stdout.write(`Written to ${OUT}\n`);
  } finally {
    await app.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

void main();
