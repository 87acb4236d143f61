import type { Dashboard } from '@canhgiac/contracts';
import { BarChart } from '@mui/x-charts/BarChart';
import { useTranslation } from 'react-i18next';
import { X_AXIS_HEIGHT } from '../../../components/chart-layout';
import { ChartFigure } from '../../../components/chart-figure';
import { useNumberFormat } from '../../../lib/format';
import { useReducedMotion } from '../../../lib/use-reduced-motion';
import { useChartWidth } from './use-chart-width';

/** Conferences held (right axis) and attendances (left axis), month by month. */
export function MonthChart({ byMonth }: { byMonth: Dashboard['byMonth'] }) {
  const { t } = useTranslation();
  const formatNumber = useNumberFormat();
  const reduceMotion = useReducedMotion();
  const width = useChartWidth();
  const format = (value: number | null) => formatNumber(value);
  const rows = byMonth.map((row) => {
    const [year, month] = row.month.split('-');
    return { ...row, label: t('dashboard.charts.monthLabel', { month, year }) };
  });
  const labels = {
    conferencesHeld: t('dashboard.charts.conferencesHeld'),
    participants: t('dashboard.charts.participants'),
    uniqueParticipants: t('dashboard.charts.uniqueParticipants'),
  };
  return (
    <ChartFigure
      title={t('dashboard.charts.byMonth')}
      empty={rows.length === 0 ? t('dashboard.charts.noData') : undefined}
      table={{
        head: [
          t('dashboard.charts.month'),
          labels.conferencesHeld,
          labels.participants,
          labels.uniqueParticipants,
        ],
        rows: rows.map((row) => [
          row.label,
          format(row.conferencesHeld),
          format(row.participants),
          format(row.uniqueParticipants),
        ]),
      }}
    >
      <BarChart
        disableKeyboardNavigation
        height={300}
        width={width}
        skipAnimation={reduceMotion}
        dataset={rows}
        xAxis={[{ scaleType: 'band', dataKey: 'label', height: X_AXIS_HEIGHT }]}
        yAxis={[
          { id: 'people', label: labels.participants, valueFormatter: format, width: 72 },
          {
            id: 'conferences',
            label: labels.conferencesHeld,
            position: 'right',
            width: 60,
            tickMinStep: 1,
          },
        ]}
        series={[
          {
            dataKey: 'participants',
            label: labels.participants,
            yAxisId: 'people',
            valueFormatter: format,
            color: '#0b3a82',
          },
          {
            dataKey: 'uniqueParticipants',
            label: labels.uniqueParticipants,
            yAxisId: 'people',
            valueFormatter: format,
            color: '#7fa0d6',
          },
          {
            dataKey: 'conferencesHeld',
            label: labels.conferencesHeld,
            yAxisId: 'conferences',
            valueFormatter: format,
            color: '#c77700',
          },
        ]}
        grid={{ horizontal: true }}
      />
    </ChartFigure>
  );
}
