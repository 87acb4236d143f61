import { lazyComponent } from '../../../components/lazy-component';

// The dashboard's charts load after its key figures: the chart library is the page's largest
// download, and the figures are what leaders look at first.

const breakdown = () => import('./breakdown-charts');
const districts = () => import('./district-charts');

export const MonthChart = lazyComponent(
  async () => (await import('./month-chart')).MonthChart,
  340,
);
export const GroupChart = lazyComponent(async () => (await breakdown()).GroupChart, 260);
export const GenderChart = lazyComponent(async () => (await breakdown()).GenderChart, 260);
export const AgeBandChart = lazyComponent(async () => (await breakdown()).AgeBandChart, 260);
export const ParticipantsByDistrictChart = lazyComponent(
  async () => (await districts()).ParticipantsByDistrictChart,
  300,
);
export const CommunesByDistrictChart = lazyComponent(
  async () => (await districts()).CommunesByDistrictChart,
  300,
);
export const ParticipantsByCommuneChart = lazyComponent(
  async () => (await districts()).ParticipantsByCommuneChart,
  300,
);
