import type { Dashboard } from '@canhgiac/contracts';
import { BarChart, type BarChartProps } from '@mui/x-charts/BarChart';
import { useTranslation } from 'react-i18next';
import { X_AXIS_HEIGHT } from '../../../components/chart-layout';
import { ChartFigure } from '../../../components/chart-figure';
import { useNumberFormat } from '../../../lib/format';
import { useReducedMotion } from '../../../lib/use-reduced-motion';
import { useChartWidth } from './use-chart-width';

type Districts = Dashboard['byDistrict'];

/** District names are long: the districts lie along the vertical axis. */
const districtAxis = [{ scaleType: 'band' as const, dataKey: 'name', width: 140 }];
const heightFor = (districts: Districts) => Math.max(200, districts.length * 34 + 70);

interface DistrictBarsProps {
  byDistrict: Districts;
  xAxis: NonNullable<BarChartProps['xAxis']>[number];
  series: BarChartProps['series'];
  hideLegend?: boolean;
}

/** Horizontal bars, one band per district. */
function DistrictBars({ byDistrict, xAxis, series, hideLegend }: DistrictBarsProps) {
  const reduceMotion = useReducedMotion();
  const width = useChartWidth();
  return (
    <BarChart
      disableKeyboardNavigation
      height={heightFor(byDistrict)}
      layout="horizontal"
      width={width}
      skipAnimation={reduceMotion}
      dataset={byDistrict}
      yAxis={districtAxis}
      xAxis={[xAxis]}
      series={series}
      grid={{ vertical: true }}
      hideLegend={hideLegend}
    />
  );
}

/** Attendances per district. */
export function ParticipantsByDistrictChart({ byDistrict }: { byDistrict: Districts }) {
  const { t } = useTranslation();
  const formatNumber = useNumberFormat();
  const format = (value: number | null) => formatNumber(value);
  const label = t('dashboard.charts.participants');
  return (
    <ChartFigure
      title={t('dashboard.charts.participantsByDistrict')}
      empty={byDistrict.length === 0 ? t('dashboard.charts.noData') : undefined}
      table={{
        head: [t('dashboard.charts.district'), label, t('dashboard.charts.conferencesHeld')],
        rows: byDistrict.map((row) => [
          row.name,
          format(row.participants),
          format(row.conferencesHeld),
        ]),
      }}
    >
      <DistrictBars
        byDistrict={byDistrict}
        xAxis={{ valueFormatter: format, height: X_AXIS_HEIGHT }}
        series={[{ dataKey: 'participants', label, valueFormatter: format, color: '#0b3a82' }]}
        hideLegend
      />
    </ChartFigure>
  );
}

/** Communes reached against all communes, per district. */
export function CommunesByDistrictChart({ byDistrict }: { byDistrict: Districts }) {
  const { t } = useTranslation();
  const formatNumber = useNumberFormat();
  const format = (value: number | null) => formatNumber(value);
  const reached = t('dashboard.charts.communesReached');
  const total = t('dashboard.charts.communesTotal');
  return (
    <ChartFigure
      title={t('dashboard.charts.communesByDistrict')}
      empty={byDistrict.length === 0 ? t('dashboard.charts.noData') : undefined}
      table={{
        head: [t('dashboard.charts.district'), reached, total],
        rows: byDistrict.map((row) => [
          row.name,
          format(row.communesReached),
          format(row.communesTotal),
        ]),
      }}
    >
      <DistrictBars
        byDistrict={byDistrict}
        xAxis={{ valueFormatter: format, tickMinStep: 1, height: X_AXIS_HEIGHT }}
        series={[
          { dataKey: 'communesReached', label: reached, valueFormatter: format, color: '#1b5e20' },
          { dataKey: 'communesTotal', label: total, valueFormatter: format, color: '#b8c2d1' },
        ]}
      />
    </ChartFigure>
  );
}

type Communes = Dashboard['communes'];

/** Attendances per today's commune, for the communes with any activity, most first. */
export function ParticipantsByCommuneChart({ communes }: { communes: Communes }) {
  const { t } = useTranslation();
  const formatNumber = useNumberFormat();
  const reduceMotion = useReducedMotion();
  const width = useChartWidth();
  const format = (value: number | null) => formatNumber(value);
  const label = t('dashboard.charts.participants');
  const active = communes
    .filter((commune) => commune.participants > 0 || commune.conferencesHeld > 0)
    .sort((a, b) => b.participants - a.participants);
  return (
    <ChartFigure
      title={t('dashboard.charts.participantsByCommune')}
      empty={active.length === 0 ? t('dashboard.charts.noData') : undefined}
      table={{
        head: [t('dashboard.charts.commune'), label, t('dashboard.charts.conferencesHeld')],
        rows: active.map((row) => [
          row.name,
          format(row.participants),
          format(row.conferencesHeld),
        ]),
      }}
    >
      <BarChart
        disableKeyboardNavigation
        height={Math.max(200, active.length * 34 + 70)}
        layout="horizontal"
        width={width}
        skipAnimation={reduceMotion}
        dataset={active}
        yAxis={districtAxis}
        xAxis={[{ valueFormatter: format, height: X_AXIS_HEIGHT }]}
        series={[{ dataKey: 'participants', label, valueFormatter: format, color: '#0b3a82' }]}
        grid={{ vertical: true }}
        hideLegend
      />
    </ChartFigure>
  );
}
