import type { Dashboard } from '@canhgiac/contracts';
import { BarChart } from '@mui/x-charts/BarChart';
import { PieChart, pieClasses } from '@mui/x-charts/PieChart';
import { useTranslation } from 'react-i18next';
import { PRINT_LEGEND_WIDTH, X_AXIS_HEIGHT } from '../../../components/chart-layout';
import { ChartFigure } from '../../../components/chart-figure';
import { useCodeLabels } from '../../../lib/code-labels';
import { useNumberFormat } from '../../../lib/format';
import { useReducedMotion } from '../../../lib/use-reduced-motion';
import { useChartWidth } from './use-chart-width';

const genderColors: Record<string, string> = {
  male: '#0b3a82',
  female: '#a4161a',
  other: '#5a5f66',
};

/** How far the value axis runs past the longest bar, as a multiple of it. */
const LABEL_ROOM = 1.15;

/**
 * The axis runs a little past the longest bar, so that the number written after it stays inside
 * the chart (on screen and on paper) instead of being cut at its edge.
 */
function withRoomForLabel(rows: Array<{ uniqueParticipants: number }>): number | undefined {
  const longest = Math.max(0, ...rows.map((row) => row.uniqueParticipants));
  return longest > 0 ? longest * LABEL_ROOM : undefined;
}

/** People reached, one bar per row of a breakdown. */
function BreakdownBars({
  title,
  head,
  rows,
}: {
  title: string;
  head: string;
  rows: Array<{ label: string; uniqueParticipants: number }>;
}) {
  const { t } = useTranslation();
  const formatNumber = useNumberFormat();
  const reduceMotion = useReducedMotion();
  const width = useChartWidth();
  const format = (value: number | null) => formatNumber(value);
  const people = t('dashboard.charts.people');
  return (
    <ChartFigure
      title={title}
      empty={rows.length === 0 ? t('dashboard.charts.noData') : undefined}
      table={{
        head: [head, people],
        rows: rows.map((row) => [row.label, format(row.uniqueParticipants)]),
      }}
    >
      <BarChart
        disableKeyboardNavigation
        height={Math.max(180, rows.length * 34 + 60)}
        layout="horizontal"
        width={width}
        skipAnimation={reduceMotion}
        dataset={rows}
        yAxis={[{ scaleType: 'band', dataKey: 'label', width: 130 }]}
        xAxis={[{ valueFormatter: format, height: X_AXIS_HEIGHT, max: withRoomForLabel(rows) }]}
        series={[
          {
            dataKey: 'uniqueParticipants',
            label: people,
            valueFormatter: format,
            color: '#3d63a8',
            // The number at the end of each bar, so that nobody has to read it off the axis.
            barLabel: (item) => format(item.value),
            barLabelPlacement: 'outside',
          },
        ]}
        grid={{ vertical: true }}
        hideLegend
      />
    </ChartFigure>
  );
}

/** People reached by participant group (bars). */
export function GroupChart({ byGroup }: { byGroup: Dashboard['byGroup'] }) {
  const { t } = useTranslation();
  const labels = useCodeLabels();
  return (
    <BreakdownBars
      title={t('dashboard.charts.byGroup')}
      head={t('dashboard.charts.group')}
      rows={byGroup.map((row) => ({ ...row, label: labels.group(row.group) }))}
    />
  );
}

/** People reached by age band at their first attendance (bars, youngest first). */
export function AgeBandChart({ byAgeBand }: { byAgeBand: Dashboard['byAgeBand'] }) {
  const { t } = useTranslation();
  const labels = useCodeLabels();
  return (
    <BreakdownBars
      title={t('dashboard.charts.byAgeBand')}
      head={t('dashboard.charts.ageBand')}
      rows={byAgeBand.map((row) => ({ ...row, label: labels.ageBand(row.ageBand) }))}
    />
  );
}

/** People reached by gender (a donut with its legend). */
export function GenderChart({ byGender }: { byGender: Dashboard['byGender'] }) {
  const { t } = useTranslation();
  const labels = useCodeLabels();
  const formatNumber = useNumberFormat();
  const reduceMotion = useReducedMotion();
  const printWidth = useChartWidth();
  // Printed, the legend beside the donut needs room of its own within the page's width.
  const width = printWidth === undefined ? undefined : printWidth - PRINT_LEGEND_WIDTH;
  const data = byGender.map((row) => ({
    id: row.gender,
    value: row.uniqueParticipants,
    label: labels.gender(row.gender),
    color: genderColors[row.gender] ?? '#5a5f66',
  }));
  return (
    <ChartFigure
      title={t('dashboard.charts.byGender')}
      empty={data.length === 0 ? t('dashboard.charts.noData') : undefined}
      table={{
        head: [t('dashboard.charts.gender'), t('dashboard.charts.people')],
        rows: data.map((item) => [item.label, formatNumber(item.value)]),
      }}
    >
      <PieChart
        disableKeyboardNavigation
        // White numbers: the slices are dark (men's navy, women's red).
        sx={{ [`& .${pieClasses.arcLabel}`]: { fill: '#fff', fontWeight: 600 } }}
        height={220}
        width={width}
        skipAnimation={reduceMotion}
        series={[
          {
            data,
            innerRadius: 50,
            paddingAngle: 1,
            cornerRadius: 2,
            // The numbers on the slices, so that nobody has to guess them from the angles.
            arcLabel: (item) => formatNumber(item.value),
            arcLabelMinAngle: 20,
            valueFormatter: (item) => formatNumber(item.value),
          },
        ]}
      />
    </ChartFigure>
  );
}
