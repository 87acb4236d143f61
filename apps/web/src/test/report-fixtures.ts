import type { CoverageReport, Dashboard } from '@canhgiac/contracts';
import { campaign } from './conference-fixtures';

const zero = {
  conferencesHeld: 0,
  registrations: 0,
  attended: 0,
  uniqueParticipants: 0,
  leafletsDelivered: 0,
};

/** Coverage by the districts of the time (before 1/7/2025), as the API computes it for the demo data. */
export const coverageByDistrict: CoverageReport = {
  groupBy: 'district',
  units: 'as-held',
  rows: [
    {
      key: '356',
      label: 'Thành phố Nam Định',
      validFrom: null,
      validTo: '2025-06-30',
      ...zero,
      population: 308808,
      coveragePct: 0,
    },
    {
      key: '359',
      label: 'Huyện Vụ Bản',
      validFrom: null,
      validTo: '2025-06-30',
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
      validFrom: null,
      validTo: '2025-06-30',
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
  units: 'current',
  rows: [
    {
      key: 'male',
      label: 'Nam',
      validFrom: null,
      validTo: null,
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
      validFrom: null,
      validTo: null,
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

/** A campaign held before the reform, as held: two districts, one commune reached, one planned. */
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
    {
      code: '13984',
      name: 'Xã Hiển Khánh',
      parentCode: '359',
      status: 'not_reached',
      conferencesHeld: 0,
      participants: 0,
    },
    {
      code: '13987',
      name: 'Xã Minh Tân',
      parentCode: '359',
      status: 'not_reached',
      conferencesHeld: 0,
      participants: 0,
    },
    {
      code: '14215',
      name: 'Thị trấn Yên Định',
      parentCode: '366',
      status: 'reached',
      conferencesHeld: 6,
      participants: 223,
    },
    {
      code: '14218',
      name: 'Thị trấn Cồn',
      parentCode: '366',
      status: 'planned',
      conferencesHeld: 0,
      participants: 0,
    },
    {
      code: '14224',
      name: 'Xã Hải Nam',
      parentCode: '366',
      status: 'not_reached',
      conferencesHeld: 0,
      participants: 0,
    },
  ],
  unreachedCommunes: [
    { code: '13984', name: 'Xã Hiển Khánh', parentCode: '359', parentName: 'Huyện Vụ Bản' },
    { code: '13987', name: 'Xã Minh Tân', parentCode: '359', parentName: 'Huyện Vụ Bản' },
    { code: '14218', name: 'Thị trấn Cồn', parentCode: '366', parentName: 'Huyện Hải Hậu' },
    { code: '14224', name: 'Xã Hải Nam', parentCode: '366', parentName: 'Huyện Hải Hậu' },
  ],
  byGroup: [
    { group: 'farmer', uniqueParticipants: 80 },
    { group: 'elderly', uniqueParticipants: 28 },
  ],
  byGender: [
    { gender: 'male', uniqueParticipants: 180 },
    { gender: 'female', uniqueParticipants: 39 },
  ],
  byAgeBand: [
    { ageBand: '36_59', uniqueParticipants: 91 },
    { ageBand: 'gte60', uniqueParticipants: 128 },
  ],
};

/** Today's communes by commune (the default report), one with no known population. */
export const coverageByCommune: CoverageReport = {
  groupBy: 'commune',
  units: 'current',
  rows: [
    {
      key: '14221',
      label: 'Xã Hải Hậu',
      validFrom: '2025-07-01',
      validTo: null,
      conferencesHeld: 4,
      registrations: 168,
      attended: 153,
      uniqueParticipants: 150,
      leafletsDelivered: 3200,
      population: 75000,
      coveragePct: 0.2,
    },
    {
      key: '13984',
      label: 'Xã Vụ Bản',
      validFrom: '2025-07-01',
      validTo: null,
      conferencesHeld: 1,
      registrations: 36,
      attended: 29,
      uniqueParticipants: 29,
      leafletsDelivered: 300,
      population: null,
      coveragePct: null,
    },
  ],
  totals: { ...coverageByDistrict.totals, population: null, coveragePct: null },
};

/** As held, one code heads two rows: the commune before the reform, and the one after. */
export const coverageByCommuneAsHeld: CoverageReport = {
  groupBy: 'commune',
  units: 'as-held',
  rows: [
    {
      ...coverageByCommune.rows[0],
      key: '14224',
      label: 'Xã Hải Nam',
      validFrom: null,
      validTo: '2025-06-30',
    },
    { ...coverageByCommune.rows[0], conferencesHeld: 1, validFrom: '2025-07-01' },
    {
      ...coverageByCommune.rows[0],
      key: '14221',
      label: 'Xã Hải Minh',
      validFrom: null,
      validTo: '2025-06-30',
    },
  ],
  totals: coverageByCommune.totals,
};

/** The running campaign, wholly after 1/7/2025: no districts, the communes under the province. */
export const dashboardAfterReform: Dashboard = {
  ...dashboard,
  actuals: { ...dashboard.actuals, communesReached: 1, communesTotal: 3 },
  byDistrict: [],
  communes: [
    {
      code: '14221',
      name: 'Xã Hải Hậu',
      parentCode: '37',
      status: 'reached',
      conferencesHeld: 6,
      participants: 223,
    },
    {
      code: '14218',
      name: 'Xã Hải Tiến',
      parentCode: '37',
      status: 'planned',
      conferencesHeld: 0,
      participants: 0,
    },
    {
      code: '13984',
      name: 'Xã Vụ Bản',
      parentCode: '37',
      status: 'not_reached',
      conferencesHeld: 0,
      participants: 0,
    },
  ],
  unreachedCommunes: [
    { code: '14218', name: 'Xã Hải Tiến', parentCode: '37', parentName: 'Tỉnh Ninh Bình' },
    { code: '13984', name: 'Xã Vụ Bản', parentCode: '37', parentName: 'Tỉnh Ninh Bình' },
  ],
};
