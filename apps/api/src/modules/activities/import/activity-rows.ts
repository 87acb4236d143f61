import {
  type ActivityChannel,
  activityChannelLabels,
  activityChannels,
  type ActivityImportField,
  activityImportColumns,
  type ActivityMetricKey,
  activityMetricKeys,
  activityMetricLabels,
  type ActivityMetrics,
  foldText,
  type ImportRowError,
  normalizeText,
} from '@canhgiac/contracts';

export interface ActivityColumnMap {
  indexOf: Partial<Record<ActivityImportField, number>>;
  headerOf: Partial<Record<ActivityImportField, string>>;
}

/** A row of the media team's sheet, read and checked on its own (references are checked later). */
export interface ActivityImportRow {
  row: number;
  channel: ActivityChannel;
  title: string;
  startsOn: string;
  endsOn: string | null;
  communeCode: string | null;
  metrics: ActivityMetrics;
  link: string | null;
  notes: string | null;
}

const headerAliases = new Map<string, ActivityImportField>();
for (const column of activityImportColumns) {
  for (const name of [column.field, column.vi]) headerAliases.set(foldText(name), column.field);
}
for (const [alias, field] of [
  ['Kênh truyền thông', 'channel'],
  ['Tên', 'title'],
  ['Nội dung', 'title'],
  ['Ngày đăng', 'startsOn'],
  ['Ngày bắt đầu', 'startsOn'],
  ['Ngày kết thúc', 'endsOn'],
  ['Xã', 'communeCode'],
  ['Link', 'link'],
  ['Số lượt xem', 'views'],
  ['Số lượt chia sẻ', 'shares'],
] as const) {
  headerAliases.set(foldText(alias), field);
}

/** The channel a cell names: its code, its Vietnamese label, or the platform the team writes. */
const channelAliases = new Map<string, ActivityChannel>();
for (const channel of activityChannels) {
  channelAliases.set(foldText(channel), channel);
  channelAliases.set(foldText(activityChannelLabels[channel]), channel);
}
for (const [alias, channel] of [
  ['youtube', 'video'],
  ['clip', 'video'],
  ['phóng sự', 'video'],
  ['facebook', 'social_post'],
  ['fanpage', 'social_post'],
  ['mạng xã hội', 'social_post'],
  ['bài đăng', 'social_post'],
  ['cổng thông tin', 'portal_post'],
  ['cổng thông tin điện tử', 'portal_post'],
  ['website', 'portal_post'],
  ['tin nhắn', 'sms'],
  ['tin nhắn sms', 'sms'],
  ['zalo', 'zalo_group'],
  ['tờ rơi', 'leaflet_drop'],
] as const) {
  channelAliases.set(foldText(alias), channel);
}

export function mapActivityHeader(cells: string[]): {
  map: ActivityColumnMap;
  errors: ImportRowError[];
} {
  const map: ActivityColumnMap = { indexOf: {}, headerOf: {} };
  cells.forEach((cell, index) => {
    const field = headerAliases.get(foldText(cell.replace(/\*/gu, '')));
    if (field && map.indexOf[field] === undefined) {
      map.indexOf[field] = index;
      map.headerOf[field] = cell.trim();
    }
  });
  const errors = activityImportColumns
    .filter((column) => column.required && map.indexOf[column.field] === undefined)
    .map((column) => ({ row: 1, column: column.vi, message: `Thiếu cột "${column.vi}"` }));
  return { map, errors };
}

/** dd/mm/yyyy (as a Vietnamese sheet shows it) or yyyy-mm-dd. */
function parseDay(text: string): string | undefined {
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/u.exec(text);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(text);
  const parts = vn ? [vn[3], vn[2], vn[1]] : iso ? [iso[1], iso[2], iso[3]] : undefined;
  if (!parts) return undefined;
  const [y, m, d] = parts.map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A count as the sheet writes it: "12500", "12.500", "12,500" or "12 500". */
function parseCount(text: string): number | string {
  const compact = /^\d{1,3}([.,\s]\d{3})+$/u.test(text) ? text.replace(/[.,\s]/gu, '') : text;
  if (/^-\d/u.test(compact)) return 'không được âm';
  if (!/^\d+$/u.test(compact)) return 'phải là số nguyên';
  const value = Number(compact);
  return value > 2_000_000_000 ? 'quá lớn' : value;
}

export function parseActivityRow(
  row: number,
  cells: string[],
  map: ActivityColumnMap,
): { value?: ActivityImportRow; errors: ImportRowError[] } {
  const errors: ImportRowError[] = [];
  const cell = (field: ActivityImportField) => {
    const index = map.indexOf[field];
    const text = index === undefined ? '' : normalizeText(cells[index] ?? '');
    return text === '' ? undefined : text;
  };
  const fail = (field: ActivityImportField, message: string) => {
    const column = activityImportColumns.find((c) => c.field === field)!;
    errors.push({ row, column: map.headerOf[field] ?? column.vi, message });
  };

  const channelText = cell('channel');
  const channel = channelText ? channelAliases.get(foldText(channelText)) : undefined;
  if (!channelText) fail('channel', 'Không được để trống');
  else if (!channel)
    fail(
      'channel',
      `Không rõ kênh "${channelText}": ghi một trong ${activityChannels.map((c) => activityChannelLabels[c]).join(', ')}`,
    );

  const title = cell('title');
  if (!title) fail('title', 'Không được để trống');
  else if (title.length > 300) fail('title', 'Tối đa 300 ký tự');

  const startsText = cell('startsOn');
  const startsOn = startsText ? parseDay(startsText) : undefined;
  if (!startsText) fail('startsOn', 'Không được để trống');
  else if (!startsOn)
    fail(
      'startsOn',
      `Ngày "${startsText}" không hợp lệ: ghi dạng ngày/tháng/năm, ví dụ 05/03/2025`,
    );

  const endsText = cell('endsOn');
  const endsOn = endsText ? parseDay(endsText) : undefined;
  if (endsText && !endsOn)
    fail('endsOn', `Ngày "${endsText}" không hợp lệ: ghi dạng ngày/tháng/năm`);
  else if (endsOn && startsOn && endsOn < startsOn)
    fail('endsOn', 'Ngày kết thúc phải sau ngày bắt đầu');

  const communeCode = cell('communeCode');
  if (communeCode && !/^\d{2,5}$/u.test(communeCode))
    fail('communeCode', 'Mã xã gồm 2 đến 5 chữ số');

  const metrics: ActivityMetrics = {};
  for (const key of activityMetricKeys as readonly ActivityMetricKey[]) {
    const text = cell(key);
    if (!text) continue;
    const value = parseCount(text);
    if (typeof value === 'string') fail(key, `${activityMetricLabels[key]} ${value}`);
    else metrics[key] = value;
  }

  const link = cell('link');
  if (link && (!/^https?:\/\/\S+$/u.test(link) || link.length > 1000))
    fail('link', 'Đường dẫn phải bắt đầu bằng http:// hoặc https://');
  const notes = cell('notes');
  if (notes && notes.length > 2000) fail('notes', 'Tối đa 2000 ký tự');

  if (errors.length > 0) return { errors };
  return {
    value: {
      row,
      channel: channel!,
      title: title!,
      startsOn: startsOn!,
      endsOn: endsOn ?? null,
      communeCode: communeCode ?? null,
      metrics,
      link: link ?? null,
      notes: notes ?? null,
    },
    errors,
  };
}
