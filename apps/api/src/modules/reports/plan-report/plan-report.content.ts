import {
  activityMetricKeys,
  activityMetricLabels,
  type ChannelsReport,
  coverageFigureLabels,
  coverageGroupingLabels,
  type PlanReportTexts,
} from '@canhgiac/contracts';

/** Everything the results report prints, gathered for one period. */
export interface PlanReportData {
  parentBody: string;
  issuer: string;
  /** The abbreviation of the issuer in document numbers, e.g. "SKHCN". */
  issuerCode: string;
  place: string;
  signerTitle: string;
  signerName: string;
  campaignName: string;
  from: string;
  to: string;
  /** The day the report is dated, in Vietnam. */
  issuedOn: string;
  texts: PlanReportTexts;
  conferences: { held: number; target: number };
  participants: { attended: number; unique: number; target: number };
  byGroup: Array<{ label: string; unique: number }>;
  byOrganization: Array<{ label: string; attended: number; unique: number }>;
  communes: { reached: number; total: number };
  leaflets: { printed: number; allocated: number; delivered: number; target: number };
  channels: ChannelsReport;
  targets: Array<{ subject: string; measure: string; actual: number; target: number }>;
  communeRows: Array<{
    label: string;
    held: number;
    attended: number;
    unique: number;
    leaflets: number;
    target: number | null;
  }>;
}

/** The body of the report, one block at a time; the DOCX and the PDF draw the same blocks. */
export type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'subheading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'bullet'; text: string }
  | {
      kind: 'table';
      caption: string;
      headers: string[];
      widths: number[];
      rows: string[][];
      total?: string[];
    };

/** 15000 → "15.000", as Vietnamese documents write numbers. */
export const count = (n: number) => n.toLocaleString('vi-VN');
const pct = (actual: number, target: number) =>
  target > 0 ? `${(Math.round((1000 * actual) / target) / 10).toLocaleString('vi-VN')}%` : '—';
/** YYYY-MM-DD → dd/MM/yyyy. */
export const day = (iso: string) => iso.split('-').reverse().join('/');

const channelReach = (row: ChannelsReport['rows'][number]) =>
  activityMetricKeys
    .filter((key) => row[key] > 0)
    .map((key) => `${activityMetricLabels[key].toLowerCase()} ${count(row[key])}`)
    .join(', ');

export function planReportTitle(data: PlanReportData): string {
  const plan = data.texts.planReference || '..../KH-UBND';
  return `Kết quả thực hiện Kế hoạch số ${plan}`;
}

export function planReportBlocks(data: PlanReportData): Block[] {
  const blocks: Block[] = [];
  const p = (text: string) => blocks.push({ kind: 'paragraph', text });
  const b = (text: string) => blocks.push({ kind: 'bullet', text });
  const { conferences, participants, communes, leaflets } = data;

  p(
    `Thực hiện Kế hoạch số ${data.texts.planReference || '..../KH-UBND'} về tuyên truyền phòng, chống lừa đảo sử dụng công nghệ cao (${data.campaignName}), ` +
      `kết quả thực hiện từ ngày ${day(data.from)} đến ngày ${day(data.to)} như sau:`,
  );

  blocks.push({ kind: 'heading', text: 'I. KẾT QUẢ THỰC HIỆN' });
  blocks.push({
    kind: 'subheading',
    text: '1. Tổ chức hội nghị tuyên truyền, tập huấn kỹ năng nhận diện và phòng, chống lừa đảo',
  });
  p(
    `Trong kỳ đã tổ chức ${count(conferences.held)} hội nghị trên tổng số ${count(conferences.target)} hội nghị theo kế hoạch (đạt ${pct(conferences.held, conferences.target)}), ` +
      `với ${count(participants.attended)} lượt người tham dự, trong đó ${count(participants.unique)} người tham gia (không tính trùng), ` +
      `so với chỉ tiêu ${count(participants.target)} người (đạt ${pct(participants.unique, participants.target)}).`,
  );
  p(
    `Hội nghị đã được tổ chức tại ${count(communes.reached)}/${count(communes.total)} xã, phường, đặc khu (${pct(communes.reached, communes.total)}).`,
  );
  if (data.byGroup.length > 0) {
    p('Số người tham gia theo nhóm đối tượng:');
    for (const group of data.byGroup) b(`${group.label}: ${count(group.unique)} người;`);
  }
  if (data.byOrganization.length > 0) {
    p('Số người tham gia theo tổ chức, hội phối hợp:');
    for (const organization of data.byOrganization)
      b(
        `${organization.label}: ${count(organization.unique)} người (${count(organization.attended)} lượt);`,
      );
  }

  blocks.push({
    kind: 'subheading',
    text: '2. Biên soạn, phát hành tờ rơi, tài liệu tuyên truyền',
  });
  p(
    `Đã in ${count(leaflets.printed)} tờ rơi, phân bổ ${count(leaflets.allocated)} tờ và đã bàn giao đến người dân, các tổ chức, hội nghị ${count(leaflets.delivered)} tờ, ` +
      `so với chỉ tiêu ${count(leaflets.target)} tờ (đạt ${pct(leaflets.delivered, leaflets.target)}).`,
  );

  blocks.push({
    kind: 'subheading',
    text: '3. Tuyên truyền trên báo chí, cổng thông tin điện tử, mạng xã hội, tin nhắn và nhóm Zalo',
  });
  const used = data.channels.rows.filter((row) => row.activities > 0);
  if (used.length === 0) p('Trong kỳ chưa ghi nhận hoạt động tuyên truyền trên các kênh này.');
  for (const row of used) {
    const reach = channelReach(row);
    b(`${row.label}: ${count(row.activities)} hoạt động${reach ? `; ${reach}` : ''};`);
  }
  if (used.length > 0) {
    const t = data.channels.totals;
    p(
      `Tổng cộng ${count(t.activities)} hoạt động, ${count(t.views)} lượt xem, ${count(t.shares)} lượt chia sẻ từ ${count(t.sharers)} tổ chức, cá nhân; ${count(t.messages)} tin nhắn; ${count(t.groups)} nhóm Zalo với ${count(t.members)} thành viên.`,
    );
  }

  blocks.push({ kind: 'subheading', text: '4. Kết quả thực hiện chỉ tiêu' });
  const met = data.targets.filter((target) => target.actual >= target.target);
  p(
    `Đạt ${count(met.length)}/${count(data.targets.length)} chỉ tiêu; chưa đạt ${count(data.targets.length - met.length)} chỉ tiêu.`,
  );
  blocks.push({
    kind: 'table',
    caption: 'Kết quả thực hiện chỉ tiêu',
    headers: ['STT', 'Chỉ tiêu', 'Kế hoạch', 'Thực hiện', 'Tỷ lệ', 'Kết quả'],
    widths: [7, 45, 12, 12, 11, 13],
    rows: data.targets.map((target, i) => [
      String(i + 1),
      `${target.subject}: ${target.measure}`,
      count(target.target),
      count(target.actual),
      pct(target.actual, target.target),
      target.actual >= target.target ? 'Đạt' : 'Chưa đạt',
    ]),
  });

  blocks.push({
    kind: 'table',
    caption: 'Kết quả theo xã, phường, đặc khu',
    headers: [
      'STT',
      coverageGroupingLabels.commune,
      coverageFigureLabels.conferencesHeld,
      coverageFigureLabels.attended,
      coverageFigureLabels.uniqueParticipants,
      'Chỉ tiêu người',
      coverageFigureLabels.leafletsDelivered,
    ],
    widths: [7, 27, 13, 13, 13, 13, 14],
    rows: data.communeRows.map((row, i) => [
      String(i + 1),
      row.label,
      count(row.held),
      count(row.attended),
      count(row.unique),
      row.target === null ? '' : count(row.target),
      count(row.leaflets),
    ]),
    total: [
      '',
      'Tổng cộng',
      count(conferences.held),
      count(participants.attended),
      count(participants.unique),
      '',
      count(leaflets.delivered),
    ],
  });

  blocks.push({ kind: 'heading', text: 'II. ĐÁNH GIÁ CHUNG' });
  for (const text of paragraphs(data.texts.generalAssessment)) p(text);
  blocks.push({ kind: 'heading', text: 'III. KIẾN NGHỊ, ĐỀ XUẤT' });
  for (const text of paragraphs(data.texts.recommendations)) p(text);
  p(
    `Trên đây là báo cáo kết quả thực hiện Kế hoạch số ${data.texts.planReference || '..../KH-UBND'} từ ngày ${day(data.from)} đến ngày ${day(data.to)}./.`,
  );
  return blocks;
}

/** Staff write paragraphs separated by line breaks; an empty text leaves a line to fill in by hand. */
function paragraphs(text: string): string[] {
  const list = text
    .split(/\n+/u)
    .map((line) => line.trim())
    .filter(Boolean);
  return list.length > 0 ? list : ['……………………………………………………………………………………'];
}

/** "Nơi nhận" as the decree writes it: each recipient on its own line, "- Lưu: VT." last. */
export function recipientLines(data: PlanReportData): string[] {
  const given =
    data.texts.recipients.length > 0
      ? data.texts.recipients
      : ['UBND tỉnh (để báo cáo)', 'Công an tỉnh', 'Ban Giám đốc Sở'];
  return [...given.map((r) => `- ${r};`), '- Lưu: VT.'];
}

/** "Số: 125/BC-SKHCN", or a blank number to be filled in by the clerk. */
export function documentNumberLine(data: PlanReportData): string {
  return `Số: ${data.texts.documentNumber || `      /BC-${data.issuerCode}`}`;
}
