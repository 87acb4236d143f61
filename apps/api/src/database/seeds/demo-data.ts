import type { OrganizationKind, Role } from '@canhgiac/contracts';

/** Hải Hậu district, where the demo coordinators work. */
export const DEMO_DISTRICT_CODE = '366';

export const demoOrganizations: Array<{ name: string; kind: OrganizationKind; districtCode: string | null }> = [
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
export const demoUsers: Array<{ username: string; fullName: string; role: Role; organizationName: string | null }> = [
  { username: 'admin', fullName: 'Quản trị hệ thống', role: 'admin', organizationName: null },
  { username: 'staff', fullName: 'Trần Thị Lan', role: 'staff', organizationName: 'Sở Khoa học và Công nghệ tỉnh Nam Định' },
  { username: 'leader', fullName: 'Nguyễn Văn Đức', role: 'leader', organizationName: 'Sở Khoa học và Công nghệ tỉnh Nam Định' },
  { username: 'coord.farmers', fullName: 'Phạm Văn Hùng', role: 'coordinator', organizationName: 'Hội Nông dân huyện Hải Hậu' },
  { username: 'coord.veterans', fullName: 'Vũ Đình Thắng', role: 'coordinator', organizationName: 'Hội Cựu chiến binh huyện Hải Hậu' },
];
