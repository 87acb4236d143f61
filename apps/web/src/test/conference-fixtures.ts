import type { Campaign, CampaignProgress, Conference } from '@canhgiac/contracts';
import { organizations } from './fixtures';

export const campaign: Campaign = {
  id: 'c0a80101-0000-4000-8000-000000000001',
  name: 'Tuyên truyền phòng chống lừa đảo trên không gian mạng năm 2026',
  year: 2026,
  startsOn: '2026-01-01',
  endsOn: '2026-12-31',
  targetConferences: 70,
  targetParticipants: 15000,
  targetLeaflets: 20000,
  certificate: {
    parentBody: 'UBND TỈNH NAM ĐỊNH',
    issuer: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
    serialSuffix: 'GCN-SKHCN',
    signerTitle: 'GIÁM ĐỐC',
    signerName: 'Nguyễn Văn A',
    issuePlace: 'Nam Định',
  },
  createdAt: '2026-01-02T03:00:00.000Z',
};

export const progress: CampaignProgress = {
  campaignId: campaign.id,
  conferences: { target: 70, planned: 3, confirmed: 1, held: 7, cancelled: 1 },
  communes: { reached: 7, scheduled: 4, total: 175 },
};

const base = {
  campaignId: campaign.id,
  topic: 'Nhận diện và phòng chống lừa đảo trên môi trường Internet và điện thoại',
  districtCode: '366',
  districtName: 'Huyện Hải Hậu',
  organizerIds: [organizations[0].id, organizations[1].id],
  trainers: ['ThS. Nguyễn Văn An', 'Đại úy Phạm Minh Tuấn'],
  capacity: 250,
  notes: null,
  cancelReason: null,
  forced: false,
  createdAt: '2026-04-01T02:00:00.000Z',
};

/** May 2026 in Hải Hậu. The API answers instants in UTC ("Z"); the web shows Vietnam time. */
export const conferences: Conference[] = [
  {
    ...base,
    id: 'c0a80101-0000-4000-8000-00000000a001',
    title: 'Hội nghị tập huấn nhận diện lừa đảo số 1',
    startsAt: '2026-05-15T01:00:00.000Z',
    endsAt: '2026-05-15T04:00:00.000Z',
    communeCode: '14215',
    communeName: 'Thị trấn Yên Định',
    venue: 'Hội trường UBND thị trấn Yên Định',
    status: 'planned',
  },
  {
    ...base,
    id: 'c0a80101-0000-4000-8000-00000000a002',
    title: 'Hội nghị tập huấn buổi tối cho cựu chiến binh',
    // 00:30 on 15/05 in Vietnam, still the 14th in UTC.
    startsAt: '2026-05-14T17:30:00.000Z',
    endsAt: '2026-05-14T19:00:00.000Z',
    communeCode: '14224',
    communeName: 'Xã Hải Nam',
    venue: 'Nhà văn hóa xã Hải Nam',
    status: 'confirmed',
    trainers: ['Lê Thị Thu Hà'],
  },
  {
    ...base,
    id: 'c0a80101-0000-4000-8000-00000000a003',
    title: 'Hội nghị tập huấn nhận diện lừa đảo số 3',
    startsAt: '2026-05-20T01:00:00.000Z',
    endsAt: '2026-05-20T04:00:00.000Z',
    communeCode: '14248',
    communeName: 'Xã Hải Hưng',
    venue: 'Hội trường UBND xã Hải Hưng',
    status: 'held',
  },
  {
    ...base,
    id: 'c0a80101-0000-4000-8000-00000000a004',
    title: 'Hội nghị tập huấn nhận diện lừa đảo số 4',
    startsAt: '2026-05-22T01:00:00.000Z',
    endsAt: '2026-05-22T04:00:00.000Z',
    communeCode: '14236',
    communeName: 'Xã Hải Anh',
    venue: 'Hội trường UBND xã Hải Anh',
    status: 'cancelled',
    cancelReason: 'Mưa bão',
  },
];

export function page<T>(items: T[], request?: { query: URLSearchParams }) {
  return {
    items,
    total: items.length,
    page: Number(request?.query.get('page') ?? 1),
    pageSize: Number(request?.query.get('pageSize') ?? 50),
  };
}
