import type { OrganizationKind, Role } from '@canhgiac/contracts';

/** Hải Hậu district, where the demo coordinators work. */
export const DEMO_DISTRICT_CODE = '366';

export const demoOrganizations: Array<{
  name: string;
  kind: OrganizationKind;
  districtCode: string | null;
}> = [
  { name: 'Sở Khoa học và Công nghệ tỉnh Nam Định', kind: 'agency', districtCode: null },
  { name: 'Công an tỉnh Nam Định', kind: 'agency', districtCode: null },
  { name: 'Hội Nông dân huyện Hải Hậu', kind: 'farmers_association', districtCode: '366' },
  { name: 'Hội Cựu chiến binh huyện Hải Hậu', kind: 'veterans_association', districtCode: '366' },
  { name: 'Hội Liên hiệp Phụ nữ huyện Hải Hậu', kind: 'womens_union', districtCode: '366' },
  { name: 'Huyện đoàn Hải Hậu', kind: 'youth_union', districtCode: '366' },
  { name: 'Ủy ban nhân dân huyện Hải Hậu', kind: 'peoples_committee', districtCode: '366' },
  { name: 'Trường THPT A Hải Hậu', kind: 'school', districtCode: '366' },
  { name: 'Trường THPT Trần Quốc Tuấn', kind: 'school', districtCode: '366' },
  { name: 'Hội Nông dân huyện Giao Thủy', kind: 'farmers_association', districtCode: '365' },
  { name: 'Hội Cựu chiến binh huyện Giao Thủy', kind: 'veterans_association', districtCode: '365' },
  { name: 'Ủy ban nhân dân huyện Giao Thủy', kind: 'peoples_committee', districtCode: '365' },
  { name: 'Bưu điện tỉnh Nam Định', kind: 'enterprise', districtCode: null },
];

/** The demo users of the contract; each logs in with DEMO_PASSWORD. */
export const demoUsers: Array<{
  username: string;
  fullName: string;
  role: Role;
  organizationName: string | null;
}> = [
  { username: 'admin', fullName: 'Quản trị hệ thống', role: 'admin', organizationName: null },
  {
    username: 'staff',
    fullName: 'Trần Thị Lan',
    role: 'staff',
    organizationName: 'Sở Khoa học và Công nghệ tỉnh Nam Định',
  },
  {
    username: 'leader',
    fullName: 'Nguyễn Văn Đức',
    role: 'leader',
    organizationName: 'Sở Khoa học và Công nghệ tỉnh Nam Định',
  },
  {
    username: 'coord.farmers',
    fullName: 'Phạm Văn Hùng',
    role: 'coordinator',
    organizationName: 'Hội Nông dân huyện Hải Hậu',
  },
  {
    username: 'coord.veterans',
    fullName: 'Vũ Đình Thắng',
    role: 'coordinator',
    organizationName: 'Hội Cựu chiến binh huyện Hải Hậu',
  },
];

export const demoTrainers = [
  'ThS. Nguyễn Văn An',
  'Đại úy Phạm Minh Tuấn',
  'Trần Thị Bích Ngọc',
  'Lê Thị Thu Hà',
];

/**
 * Sample conferences, placed relative to the day the demo starts so the calendar looks alive:
 * those in the past are held, the next one is confirmed, later ones are planned.
 */
export const demoConferences: Array<{
  dayOffset: number;
  communeCode: string;
  venue: string;
  organizers: string[];
  trainers: number[];
  capacity: number;
}> = [
  {
    dayOffset: -74,
    communeCode: '14215',
    venue: 'Hội trường UBND thị trấn Yên Định',
    organizers: ['Hội Nông dân huyện Hải Hậu', 'Ủy ban nhân dân huyện Hải Hậu'],
    trainers: [0, 1],
    capacity: 250,
  },
  {
    dayOffset: -61,
    communeCode: '14224',
    venue: 'Nhà văn hóa xã Hải Nam',
    organizers: ['Hội Cựu chiến binh huyện Hải Hậu'],
    trainers: [1],
    capacity: 150,
  },
  {
    dayOffset: -47,
    communeCode: '14152',
    venue: 'Hội trường UBND thị trấn Quất Lâm',
    organizers: ['Hội Nông dân huyện Giao Thủy'],
    trainers: [2],
    capacity: 200,
  },
  {
    dayOffset: -33,
    communeCode: '14248',
    venue: 'Hội trường UBND xã Hải Hưng',
    organizers: ['Hội Nông dân huyện Hải Hậu', 'Hội Liên hiệp Phụ nữ huyện Hải Hậu'],
    trainers: [0, 3],
    capacity: 180,
  },
  {
    dayOffset: -19,
    communeCode: '13741',
    venue: 'Nhà văn hóa thị trấn Gôi',
    organizers: [],
    trainers: [2],
    capacity: 120,
  },
  {
    dayOffset: -8,
    communeCode: '14308',
    venue: 'Hội trường UBND xã Hải Xuân',
    organizers: ['Hội Cựu chiến binh huyện Hải Hậu', 'Huyện đoàn Hải Hậu'],
    trainers: [1, 3],
    capacity: 200,
  },
  {
    dayOffset: 4,
    communeCode: '14218',
    venue: 'Hội trường UBND thị trấn Cồn',
    organizers: ['Hội Nông dân huyện Hải Hậu'],
    trainers: [0],
    capacity: 220,
  },
  {
    dayOffset: 11,
    communeCode: '14158',
    venue: 'Nhà văn hóa xã Hồng Thuận',
    organizers: ['Hội Cựu chiến binh huyện Giao Thủy', 'Ủy ban nhân dân huyện Giao Thủy'],
    trainers: [2, 3],
    capacity: 160,
  },
  {
    dayOffset: 18,
    communeCode: '14089',
    venue: 'Hội trường UBND thị trấn Xuân Trường',
    organizers: [],
    trainers: [1],
    capacity: 200,
  },
  {
    dayOffset: 25,
    communeCode: '14221',
    venue: 'Hội trường UBND thị trấn Thịnh Long',
    organizers: ['Hội Liên hiệp Phụ nữ huyện Hải Hậu'],
    trainers: [3],
    capacity: 180,
  },
];
