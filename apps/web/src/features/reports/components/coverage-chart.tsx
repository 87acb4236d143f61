import type { CoverageGrouping } from '@canhgiac/contracts';
import { BarChart } from '@mui/x-charts/BarChart';
import { LineChart } from '@mui/x-charts/LineChart';
import { useTranslation } from 'react-i18next';
import { X_AXIS_HEIGHT } from '../../../components/chart-layout';
import { ChartFigure } from '../../../components/chart-figure';
import { useNumberFormat } from '../../../lib/format';
import { useReducedMotion } from '../../../lib/use-reduced-motion';
import type { DisplayRow } from './use-coverage-rows';

interface CoverageChartProps {
  groupBy: CoverageGrouping;
  rows: DisplayRow[];
}

/** Groupings with short labels get upright bars; places and organizations lie down. */
const upright: CoverageGrouping[] = ['group', 'gender', 'age_band'];
const colors = { attended: '#0b3a82', uniqueParticipants: '#c77700' };

/** Attendances and people per row: a line over the months, bars otherwise. */
export function CoverageChart({ groupBy, rows }: CoverageChartProps) {
  const { t } = useTranslation();
  const formatNumber = useNumberFormat();
  const reduceMotion = useReducedMotion();
  const format = (value: number | null) => formatNumber(value);
  const series = (['attended', 'uniqueParticipants'] as const).map((key) => ({
    id: key,
    dataKey: key,
    label: t(`reports.columns.${key}`),
    valueFormatter: format,
    color: colors[key],
  }));
  const title = t('reports.chartTitle', {
    grouping: t(`reports.groupings.${groupBy}`).toLowerCase(),
  });
  const table = {
    head: [t(`reports.groupings.${groupBy}`), series[0].label, series[1].label],
    rows: rows.map((row) => [row.label, format(row.attended), format(row.uniqueParticipants)]),
  };
  const horizontal = !upright.includes(groupBy) && groupBy !== 'month';

  return (
    <ChartFigure
      title={title}
      table={table}
      empty={rows.length === 0 ? t('reports.empty') : undefined}
    >
      {groupBy === 'month' ? (
        <LineChart
          disableKeyboardNavigation
          height={300}
          skipAnimation={reduceMotion}
          dataset={rows}
          xAxis={[{ scaleType: 'band', dataKey: 'label', height: X_AXIS_HEIGHT }]}
          yAxis={[{ valueFormatter: format, width: 56 }]}
          series={series.map((item) => ({ ...item, curve: 'linear' as const, showMark: true }))}
          grid={{ horizontal: true }}
          // People often equal attendances: the second line is dashed so both stay visible.
          sx={{ '& path[data-series="uniqueParticipants"]': { strokeDasharray: '8 5' } }}
        />
      ) : (
        <BarChart
          disableKeyboardNavigation
          height={horizontal ? Math.max(180, rows.length * 30 + 80) : 300}
          layout={horizontal ? 'horizontal' : 'vertical'}
          skipAnimation={reduceMotion}
          dataset={rows}
          {...(horizontal
            ? {
                yAxis: [{ scaleType: 'band' as const, dataKey: 'label', width: 190 }],
                xAxis: [{ valueFormatter: format, height: X_AXIS_HEIGHT }],
              }
            : {
                xAxis: [{ scaleType: 'band' as const, dataKey: 'label', height: X_AXIS_HEIGHT }],
                yAxis: [{ valueFormatter: format, width: 56 }],
              })}
          series={series}
          grid={horizontal ? { vertical: true } : { horizontal: true }}
        />
      )}
    </ChartFigure>
  );
}
