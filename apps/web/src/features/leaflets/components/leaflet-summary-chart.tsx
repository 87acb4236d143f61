import type { LeafletPlaceSummary } from '@canhgiac/contracts';
import { BarChart } from '@mui/x-charts/BarChart';
import { useTranslation } from 'react-i18next';
import { X_AXIS_HEIGHT } from '../../../components/chart-layout';
import { ChartFigure } from '../../../components/chart-figure';
import { useNumberFormat } from '../../../lib/format';
import { useReducedMotion } from '../../../lib/use-reduced-motion';

/** Allocated and delivered leaflets per commune of today, as horizontal bars (names are long). */
export function LeafletSummaryChart({ summary }: { summary: LeafletPlaceSummary }) {
  const { t } = useTranslation();
  const formatNumber = useNumberFormat();
  const reduceMotion = useReducedMotion();
  const rows = summary.rows;
  const allocated = t('leaflets.summary.columns.allocated');
  const delivered = t('leaflets.summary.columns.delivered');
  const format = (value: number | null) => formatNumber(value);
  return (
    <ChartFigure
      title={t('leaflets.summary.chartTitle')}
      empty={rows.length === 0 ? t('leaflets.summary.empty') : undefined}
      table={{
        head: [t('leaflets.summary.columns.place'), allocated, delivered],
        rows: rows.map((row) => [row.placeName, format(row.allocated), format(row.delivered)]),
      }}
    >
      <BarChart
        disableKeyboardNavigation
        height={Math.max(160, rows.length * 56 + 70)}
        layout="horizontal"
        skipAnimation={reduceMotion}
        dataset={rows}
        yAxis={[{ scaleType: 'band', dataKey: 'placeName', width: 150 }]}
        xAxis={[{ valueFormatter: format, height: X_AXIS_HEIGHT }]}
        series={[
          { dataKey: 'allocated', label: allocated, valueFormatter: format, color: '#3d63a8' },
          { dataKey: 'delivered', label: delivered, valueFormatter: format, color: '#1b5e20' },
        ]}
        grid={{ vertical: true }}
      />
    </ChartFigure>
  );
}
