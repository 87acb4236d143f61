// The channels and figures of outreach activities, with their Vietnamese labels. Plain data
// without zod: the web's texts import them, and its first load carries no schema.

/** The channels of outreach besides conferences. */
export const activityChannels = [
  'video',
  'social_post',
  'portal_post',
  'sms',
  'zalo_group',
  'leaflet_drop',
  'other',
] as const;
export type ActivityChannel = (typeof activityChannels)[number];

export const activityChannelLabels: Record<ActivityChannel, string> = {
  video: 'Video',
  social_post: 'Bài đăng mạng xã hội',
  portal_post: 'Tin bài trên cổng thông tin',
  sms: 'Đợt tin nhắn SMS',
  zalo_group: 'Nhóm Zalo',
  leaflet_drop: 'Phát tờ rơi',
  other: 'Khác',
};

/** The figures an activity can carry; each channel uses those that fit it. */
export const activityMetricKeys = [
  'views',
  'shares',
  'sharers',
  'messages',
  'groups',
  'members',
  'posts',
] as const;
export type ActivityMetricKey = (typeof activityMetricKeys)[number];

export const activityMetricLabels: Record<ActivityMetricKey, string> = {
  views: 'Lượt xem',
  shares: 'Lượt chia sẻ',
  sharers: 'Số người chia sẻ',
  messages: 'Số tin nhắn',
  groups: 'Số nhóm',
  members: 'Số thành viên',
  posts: 'Số bài đăng',
};
