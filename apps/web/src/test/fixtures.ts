import type { AdminUnit, Organization } from '@canhgiac/contracts';

// Real Nam Định units (GSO codes; population: 2019 census), as the API serves them.

export const districts: AdminUnit[] = [
  { code: '356', name: 'Thành phố Nam Định', type: 'thành phố', level: 'district', parentCode: '36', population: 308808 },
  { code: '359', name: 'Huyện Vụ Bản', type: 'huyện', level: 'district', parentCode: '36', population: 130862 },
  { code: '360', name: 'Huyện Ý Yên', type: 'huyện', level: 'district', parentCode: '36', population: 229006 },
  { code: '361', name: 'Huyện Nghĩa Hưng', type: 'huyện', level: 'district', parentCode: '36', population: 175786 },
  { code: '362', name: 'Huyện Nam Trực', type: 'huyện', level: 'district', parentCode: '36', population: 183241 },
  { code: '363', name: 'Huyện Trực Ninh', type: 'huyện', level: 'district', parentCode: '36', population: 172557 },
  { code: '364', name: 'Huyện Xuân Trường', type: 'huyện', level: 'district', parentCode: '36', population: 149480 },
  { code: '365', name: 'Huyện Giao Thủy', type: 'huyện', level: 'district', parentCode: '36', population: 167752 },
  { code: '366', name: 'Huyện Hải Hậu', type: 'huyện', level: 'district', parentCode: '36', population: 262901 },
];

/** The 24 communes of Huyện Hải Hậu. */
export const haiHauCommunes: AdminUnit[] = [
  { code: '14215', name: 'Thị trấn Yên Định', type: 'thị trấn', level: 'commune', parentCode: '366', population: 17923 },
  { code: '14218', name: 'Thị trấn Cồn', type: 'thị trấn', level: 'commune', parentCode: '366', population: 21560 },
  { code: '14221', name: 'Thị trấn Thịnh Long', type: 'thị trấn', level: 'commune', parentCode: '366', population: 13604 },
  { code: '14224', name: 'Xã Hải Nam', type: 'xã', level: 'commune', parentCode: '366', population: 22214 },
  { code: '14227', name: 'Xã Hải Trung', type: 'xã', level: 'commune', parentCode: '366', population: 11012 },
  { code: '14233', name: 'Xã Hải Minh', type: 'xã', level: 'commune', parentCode: '366', population: 16930 },
  { code: '14236', name: 'Xã Hải Anh', type: 'xã', level: 'commune', parentCode: '366', population: 13194 },
  { code: '14248', name: 'Xã Hải Hưng', type: 'xã', level: 'commune', parentCode: '366', population: 21716 },
  { code: '14254', name: 'Xã Hải Long', type: 'xã', level: 'commune', parentCode: '366', population: 6914 },
  { code: '14260', name: 'Xã Hải Đường', type: 'xã', level: 'commune', parentCode: '366', population: 11712 },
  { code: '14263', name: 'Xã Hải Lộc', type: 'xã', level: 'commune', parentCode: '366', population: 6296 },
  { code: '14266', name: 'Xã Hải Quang', type: 'xã', level: 'commune', parentCode: '366', population: 6474 },
  { code: '14269', name: 'Xã Hải Đông', type: 'xã', level: 'commune', parentCode: '366', population: 6813 },
  { code: '14272', name: 'Xã Hải Sơn', type: 'xã', level: 'commune', parentCode: '366', population: 7541 },
  { code: '14275', name: 'Xã Hải Tân', type: 'xã', level: 'commune', parentCode: '366', population: 6092 },
  { code: '14281', name: 'Xã Hải Phong', type: 'xã', level: 'commune', parentCode: '366', population: 6227 },
  { code: '14284', name: 'Xã Hải An', type: 'xã', level: 'commune', parentCode: '366', population: 9039 },
  { code: '14287', name: 'Xã Hải Tây', type: 'xã', level: 'commune', parentCode: '366', population: 6222 },
  { code: '14293', name: 'Xã Hải Phú', type: 'xã', level: 'commune', parentCode: '366', population: 8375 },
  { code: '14296', name: 'Xã Hải Giang', type: 'xã', level: 'commune', parentCode: '366', population: 4493 },
  { code: '14302', name: 'Xã Hải Ninh', type: 'xã', level: 'commune', parentCode: '366', population: 6159 },
  { code: '14308', name: 'Xã Hải Xuân', type: 'xã', level: 'commune', parentCode: '366', population: 18559 },
  { code: '14311', name: 'Xã Hải Châu', type: 'xã', level: 'commune', parentCode: '366', population: 5797 },
  { code: '14317', name: 'Xã Hải Hòa', type: 'xã', level: 'commune', parentCode: '366', population: 8035 },
];

export const organizations: Organization[] = [
  {
    id: '2f1b7c1e-3c1a-4a8e-9d57-0c7f4c1a9b01',
    name: 'Hội Nông dân huyện Hải Hậu',
    kind: 'farmers_association',
    districtCode: '366',
  },
  {
    id: '2f1b7c1e-3c1a-4a8e-9d57-0c7f4c1a9b02',
    name: 'Hội Cựu chiến binh huyện Hải Hậu',
    kind: 'veterans_association',
    districtCode: '366',
  },
  {
    id: '2f1b7c1e-3c1a-4a8e-9d57-0c7f4c1a9b03',
    name: 'Sở Khoa học và Công nghệ Nam Định',
    kind: 'agency',
    districtCode: null,
  },
];
