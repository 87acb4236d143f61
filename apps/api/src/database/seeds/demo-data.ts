import type { OrganizationKind, Role } from '@canhgiac/contracts';

/**
 * The Department of Science and Technology of Ninh Bình (since 1/7/2025 Nam Định, Hà Nam and Ninh
 * Bình are one province) and the associations it works with. District associations were dissolved
 * with the districts: the Farmers' and Veterans' Associations work at the province and in the
 * communes, each commune branch under its provincial association (`parentName`) and in its
 * commune (today's code).
 */
export const demoOrganizations: Array<{
  name: string;
  kind: OrganizationKind;
  districtCode: string | null;
  parentName?: string;
  communeCode?: string;
}> = [
  { name: 'Sở Khoa học và Công nghệ tỉnh Ninh Bình', kind: 'agency', districtCode: null },
  { name: 'Công an tỉnh Ninh Bình', kind: 'agency', districtCode: null },
  { name: 'Hội Nông dân tỉnh Ninh Bình', kind: 'farmers_association', districtCode: null },
  { name: 'Hội Cựu chiến binh tỉnh Ninh Bình', kind: 'veterans_association', districtCode: null },
  {
    name: 'Hội Nông dân xã Hải Hậu',
    kind: 'farmers_association',
    districtCode: null,
    parentName: 'Hội Nông dân tỉnh Ninh Bình',
    communeCode: '14215',
  },
  {
    name: 'Hội Nông dân phường Nam Định',
    kind: 'farmers_association',
    districtCode: null,
    parentName: 'Hội Nông dân tỉnh Ninh Bình',
    communeCode: '13669',
  },
  {
    name: 'Hội Cựu chiến binh xã Hải Hậu',
    kind: 'veterans_association',
    districtCode: null,
    parentName: 'Hội Cựu chiến binh tỉnh Ninh Bình',
    communeCode: '14215',
  },
  {
    name: 'Hội Cựu chiến binh phường Nam Định',
    kind: 'veterans_association',
    districtCode: null,
    parentName: 'Hội Cựu chiến binh tỉnh Ninh Bình',
    communeCode: '13669',
  },
  { name: 'Hội Liên hiệp Phụ nữ tỉnh Ninh Bình', kind: 'womens_union', districtCode: null },
  { name: 'Tỉnh đoàn Ninh Bình', kind: 'youth_union', districtCode: null },
  {
    name: 'Ủy ban nhân dân xã Hải Hậu',
    kind: 'peoples_committee',
    districtCode: null,
    communeCode: '14215',
  },
  { name: 'Trường THPT A Hải Hậu', kind: 'school', districtCode: null, communeCode: '14215' },
  { name: 'Bưu điện tỉnh Ninh Bình', kind: 'enterprise', districtCode: null },
];

/** The demo users of the contract; each logs in with DEMO_PASSWORD. A coordinator for each association and branch. */
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
    organizationName: 'Sở Khoa học và Công nghệ tỉnh Ninh Bình',
  },
  {
    username: 'leader',
    fullName: 'Nguyễn Văn Đức',
    role: 'leader',
    organizationName: 'Sở Khoa học và Công nghệ tỉnh Ninh Bình',
  },
  {
    username: 'coord.farmers',
    fullName: 'Phạm Văn Hùng',
    role: 'coordinator',
    organizationName: 'Hội Nông dân tỉnh Ninh Bình',
  },
  {
    username: 'coord.veterans',
    fullName: 'Vũ Đình Thắng',
    role: 'coordinator',
    organizationName: 'Hội Cựu chiến binh tỉnh Ninh Bình',
  },
  {
    username: 'coord.farmers.haihau',
    fullName: 'Đoàn Thị Mến',
    role: 'coordinator',
    organizationName: 'Hội Nông dân xã Hải Hậu',
  },
  {
    username: 'coord.farmers.namdinh',
    fullName: 'Lê Thị Thanh Huyền',
    role: 'coordinator',
    organizationName: 'Hội Nông dân phường Nam Định',
  },
  {
    username: 'coord.veterans.haihau',
    fullName: 'Ngô Văn Bảy',
    role: 'coordinator',
    organizationName: 'Hội Cựu chiến binh xã Hải Hậu',
  },
  {
    username: 'coord.veterans.namdinh',
    fullName: 'Đinh Quang Vinh',
    role: 'coordinator',
    organizationName: 'Hội Cựu chiến binh phường Nam Định',
  },
];

/** The associations whose members the demo's participants are, in turn. */
export const demoParticipantOrganizations = [
  'Hội Nông dân tỉnh Ninh Bình',
  'Hội Cựu chiến binh tỉnh Ninh Bình',
  'Hội Nông dân xã Hải Hậu',
  'Hội Cựu chiến binh xã Hải Hậu',
  'Hội Nông dân phường Nam Định',
];

export const demoTrainers = [
  'ThS. Nguyễn Văn An',
  'Đại úy Phạm Minh Tuấn',
  'Trần Thị Bích Ngọc',
  'Lê Thị Thu Hà',
];

/**
 * The 2025 plan: its first half in Nam Định's communes of the time (until 30/6/2025), its second
 * half in Ninh Bình's new communes. The dates are history, so they are fixed; all were held.
 */
export const demoPlan2025: Array<{
  day: string;
  communeCode: string;
  venue: string;
  organizers: string[];
  trainers: number[];
  capacity: number;
}> = [
  {
    day: '2025-02-18',
    communeCode: '14215',
    venue: 'Hội trường UBND thị trấn Yên Định',
    organizers: ['Hội Nông dân xã Hải Hậu'],
    trainers: [0],
    capacity: 150,
  },
  {
    day: '2025-03-12',
    communeCode: '14224',
    venue: 'Nhà văn hóa xã Hải Nam',
    organizers: ['Hội Cựu chiến binh xã Hải Hậu'],
    trainers: [1],
    capacity: 120,
  },
  {
    day: '2025-04-09',
    communeCode: '13669',
    venue: 'Hội trường UBND phường Cửa Bắc',
    organizers: ['Hội Nông dân phường Nam Định'],
    trainers: [2],
    capacity: 200,
  },
  {
    day: '2025-05-14',
    communeCode: '14152',
    venue: 'Hội trường UBND thị trấn Quất Lâm',
    organizers: [],
    trainers: [3],
    capacity: 150,
  },
  {
    day: '2025-06-11',
    communeCode: '13741',
    venue: 'Nhà văn hóa thị trấn Gôi',
    organizers: [],
    trainers: [0],
    capacity: 120,
  },
  {
    day: '2025-06-25',
    communeCode: '14089',
    venue: 'Hội trường UBND thị trấn Xuân Trường',
    organizers: [],
    trainers: [1],
    capacity: 150,
  },
  {
    day: '2025-07-23',
    communeCode: '14248',
    venue: 'Hội trường UBND xã Hải Hưng',
    organizers: ['Hội Nông dân tỉnh Ninh Bình'],
    trainers: [2],
    capacity: 200,
  },
  {
    day: '2025-08-20',
    communeCode: '13669',
    venue: 'Hội trường UBND phường Nam Định',
    organizers: ['Hội Cựu chiến binh phường Nam Định'],
    trainers: [3],
    capacity: 250,
  },
  {
    day: '2025-09-17',
    communeCode: '14212',
    venue: 'Hội trường UBND xã Giao Ninh',
    organizers: ['Hội Nông dân tỉnh Ninh Bình'],
    trainers: [0],
    capacity: 150,
  },
  {
    day: '2025-10-15',
    communeCode: '14215',
    venue: 'Hội trường UBND xã Hải Hậu',
    organizers: ['Hội Nông dân xã Hải Hậu', 'Hội Cựu chiến binh xã Hải Hậu'],
    trainers: [1],
    capacity: 200,
  },
  {
    day: '2025-11-12',
    communeCode: '13741',
    venue: 'Hội trường UBND xã Vụ Bản',
    organizers: ['Hội Cựu chiến binh tỉnh Ninh Bình'],
    trainers: [2],
    capacity: 150,
  },
  {
    day: '2025-12-10',
    communeCode: '14308',
    venue: 'Hội trường UBND xã Hải Xuân',
    organizers: ['Hội Nông dân tỉnh Ninh Bình'],
    trainers: [3],
    capacity: 150,
  },
];

/**
 * This year's campaign: sample conferences in today's communes, placed relative to the day the
 * demo starts so the calendar looks alive: those in the past are held, the next one is confirmed,
 * later ones are planned.
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
    venue: 'Hội trường UBND xã Hải Hậu',
    organizers: ['Hội Nông dân xã Hải Hậu', 'Ủy ban nhân dân xã Hải Hậu'],
    trainers: [0, 1],
    capacity: 200,
  },
  {
    dayOffset: -61,
    communeCode: '14248',
    venue: 'Nhà văn hóa xã Hải Hưng',
    organizers: ['Hội Cựu chiến binh tỉnh Ninh Bình'],
    trainers: [1],
    capacity: 120,
  },
  {
    dayOffset: -47,
    communeCode: '14212',
    venue: 'Hội trường UBND xã Giao Ninh',
    organizers: ['Hội Nông dân tỉnh Ninh Bình'],
    trainers: [2],
    capacity: 150,
  },
  {
    dayOffset: -33,
    communeCode: '14236',
    venue: 'Hội trường UBND xã Hải Anh',
    organizers: ['Hội Nông dân xã Hải Hậu', 'Hội Liên hiệp Phụ nữ tỉnh Ninh Bình'],
    trainers: [0, 3],
    capacity: 180,
  },
  {
    dayOffset: -19,
    communeCode: '13741',
    venue: 'Nhà văn hóa xã Vụ Bản',
    organizers: [],
    trainers: [2],
    capacity: 120,
  },
  {
    dayOffset: -8,
    communeCode: '13669',
    venue: 'Hội trường UBND phường Nam Định',
    organizers: ['Hội Cựu chiến binh phường Nam Định', 'Hội Nông dân phường Nam Định'],
    trainers: [1, 3],
    capacity: 250,
  },
  {
    dayOffset: 4,
    communeCode: '14218',
    venue: 'Hội trường UBND xã Hải Tiến',
    organizers: ['Hội Nông dân xã Hải Hậu'],
    trainers: [0],
    capacity: 150,
  },
  {
    dayOffset: 11,
    communeCode: '14182',
    venue: 'Nhà văn hóa xã Giao Hòa',
    organizers: ['Hội Cựu chiến binh tỉnh Ninh Bình', 'Ủy ban nhân dân xã Hải Hậu'],
    trainers: [3],
    capacity: 100,
  },
  {
    dayOffset: 18,
    communeCode: '14089',
    venue: 'Hội trường UBND xã Xuân Trường',
    organizers: [],
    trainers: [1],
    capacity: 200,
  },
  {
    dayOffset: 25,
    communeCode: '14221',
    venue: 'Hội trường UBND xã Hải Thịnh',
    organizers: ['Hội Liên hiệp Phụ nữ tỉnh Ninh Bình'],
    trainers: [2],
    capacity: 160,
  },
];
