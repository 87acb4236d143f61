import type { LeafletAllocation, LeafletBatch, LeafletPlaceSummary } from '@canhgiac/contracts';
import { campaign, conferences } from './conference-fixtures';
import { organizations } from './fixtures';

/** The demo batch: 20,000 leaflets, 5,300 allocated, 3,800 delivered. */
export const batch: LeafletBatch = {
  id: 'b0a80101-0000-4000-8000-0000000000b1',
  title: 'Nhận diện và phòng chống lừa đảo trên môi trường Internet và điện thoại',
  quantity: 20000,
  receivedOn: '2026-01-05',
  campaignId: campaign.id,
  note: 'In tại Công ty In Ninh Bình',
  allocated: 5300,
  delivered: 3800,
  available: 14700,
  createdAt: '2026-01-05T02:00:00.000Z',
};

const base = {
  batchId: batch.id,
  batchTitle: batch.title,
  organizationId: null,
  communeCode: null,
  conferenceId: null,
  districtCode: null,
  districtName: null,
  placeCode: '14215',
  placeName: 'Xã Hải Hậu',
  note: null,
  deliveredOn: null,
  receivedBy: null,
  cancelReason: null,
  createdAt: '2026-04-02T02:00:00.000Z',
};

export const allocations: LeafletAllocation[] = [
  {
    ...base,
    id: 'a0a80101-0000-4000-8000-0000000000a1',
    documentNumber: '7/BBBG-2026',
    quantity: 500,
    recipientKind: 'commune',
    communeCode: '14215',
    recipientName: 'Xã Hải Hậu',
    status: 'planned',
  },
  {
    ...base,
    id: 'a0a80101-0000-4000-8000-0000000000a2',
    documentNumber: '10/BBBG-2026',
    quantity: 2000,
    recipientKind: 'organization',
    organizationId: organizations[0].id,
    recipientName: organizations[0].name,
    status: 'delivered',
    deliveredOn: '2026-01-10',
    receivedBy: 'Phạm Văn Hùng',
  },
  {
    ...base,
    id: 'a0a80101-0000-4000-8000-0000000000a3',
    documentNumber: '1/BBBG-2026',
    quantity: 300,
    recipientKind: 'conference',
    conferenceId: conferences[2].id,
    recipientName: conferences[2].title,
    status: 'delivered',
    deliveredOn: '2026-05-20',
    receivedBy: 'Ban tổ chức hội nghị',
  },
];

export const leafletSummary: LeafletPlaceSummary = {
  rows: [
    { placeCode: null, placeName: 'Cấp tỉnh', allocated: 300, delivered: 300, allocations: 1 },
    { placeCode: '13741', placeName: 'Xã Vụ Bản', allocated: 800, delivered: 300, allocations: 2 },
    {
      placeCode: '14215',
      placeName: 'Xã Hải Hậu',
      allocated: 4200,
      delivered: 3200,
      allocations: 7,
    },
  ],
  totals: { quantity: 20000, allocated: 5300, delivered: 3800, available: 14700 },
};
