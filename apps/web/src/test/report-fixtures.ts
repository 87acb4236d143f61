import type { CoverageReport, Dashboard } from '@canhgiac/contracts';
import { campaign } from './conference-fixtures';

const zero = {
  conferencesHeld: 0,
  registrations: 0,
  attended: 0,
  uniqueParticipants: 0,
  leafletsDelivered: 0,
};

/** Coverage by district, as the API computes it for the demo data. */
export const coverageByDistrict: CoverageReport = {
  groupBy: 'district',
  rows: [
    { key: '356', label: 'Thành phố Nam Định', ...zero, population: 308808, coveragePct: 0 },
    {
      key: '359',
      label: 'Huyện Vụ Bản',
      conferencesHeld: 1,
      registrations: 36,
      attended: 29,
      uniqueParticipants: 29,
      leafletsDelivered: 300,
      population: 130862,
      coveragePct: 0.02,
    },
    {
      key: '366',
      label: 'Huyện Hải Hậu',
      conferencesHeld: 4,
      registrations: 168,
      attended: 153,
      uniqueParticipants: 150,
      leafletsDelivered: 3200,
      population: 262901,
      coveragePct: 0.06,
    },
  ],
  totals: {
    conferencesHeld: 5,
    registrations: 204,
    attended: 182,
    uniqueParticipants: 179,
    leafletsDelivered: 3500,
    population: 1780393,
    coveragePct: 0.01,
  },
};

/** Coverage by gender: conferences and leaflets do not apply (null). */
export const coverageByGender: CoverageReport = {
  groupBy: 'gender',
  rows: [
    {
      key: 'male',
      label: 'Nam',
      conferencesHeld: null,
      registrations: 160,
      attended: 140,
      uniqueParticipants: 138,
      leafletsDelivered: null,
      population: null,
      coveragePct: null,
    },
    {
      key: 'female',
      label: 'Nữ',
      conferencesHeld: null,
      registrations: 44,
      attended: 42,
      uniqueParticipants: 41,
      leafletsDelivered: null,
      population: null,
      coveragePct: null,
    },
  ],
  totals: coverageByDistrict.totals,
};

const district = (code: string, name: string, communesTotal: number) => ({
  code,
  name,
  conferencesHeld: 0,
  participants: 0,
  communesReached: 0,
  communesTotal,
  leafletsDelivered: 0,
});

/** The running campaign's dashboard: two districts, one commune reached, one planned. */
export const dashboard: Dashboard = {
  campaign: {
    id: campaign.id,
    name: campaign.name,
    startsOn: campaign.startsOn,
    endsOn: campaign.endsOn,
  },
  targets: { conferences: 70, participants: 15000, leaflets: 20000 },
  actuals: {
    conferencesHeld: 6,
    conferencesPlanned: 4,
    participants: 223,
    uniqueParticipants: 219,
    leafletsDelivered: 3800,
    leafletsPrinted: 20000,
    communesReached: 1,
    communesTotal: 5,
  },
  byMonth: [
    { month: '2026-09', conferencesHeld: 2, participants: 72, uniqueParticipants: 72 },
    { month: '2026-10', conferencesHeld: 4, participants: 151, uniqueParticipants: 147 },
  ],
  byDistrict: [
    { ...district('359', 'Huyện Vụ Bản', 2) },
    {
      ...district('366', 'Huyện Hải Hậu', 3),
      conferencesHeld: 6,
      participants: 223,
      communesReached: 1,
      leafletsDelivered: 3800,
    },
  ],
  communes: [
    { code: '13984', name: 'Xã Hiển Khánh', districtCode: '359', status: 'not_reached' },
    { code: '13987', name: 'Xã Minh Tân', districtCode: '359', status: 'not_reached' },
    { code: '14215', name: 'Thị trấn Yên Định', districtCode: '366', status: 'reached' },
    { code: '14218', name: 'Thị trấn Cồn', districtCode: '366', status: 'planned' },
    { code: '14224', name: 'Xã Hải Nam', districtCode: '366', status: 'not_reached' },
  ],
  unreachedCommunes: [
    { code: '13984', name: 'Xã Hiển Khánh', districtCode: '359', districtName: 'Huyện Vụ Bản' },
    { code: '13987', name: 'Xã Minh Tân', districtCode: '359', districtName: 'Huyện Vụ Bản' },
    { code: '14218', name: 'Thị trấn Cồn', districtCode: '366', districtName: 'Huyện Hải Hậu' },
    { code: '14224', name: 'Xã Hải Nam', districtCode: '366', districtName: 'Huyện Hải Hậu' },
  ],
  byGroup: [
    { group: 'farmer', uniqueParticipants: 80 },
    { group: 'elderly', uniqueParticipants: 28 },
  ],
  byGender: [
    { gender: 'male', uniqueParticipants: 180 },
    { gender: 'female', uniqueParticipants: 39 },
  ],
};
