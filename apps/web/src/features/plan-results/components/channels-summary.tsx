import { useId } from 'react';
import { channelFigures, type ChannelsReport } from '@canhgiac/contracts';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { BarChart } from '@mui/x-charts/BarChart';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { ChartFigure } from '../../../components/chart-figure';
import { X_AXIS_HEIGHT } from '../../../components/chart-layout';
import { useNumberFormat } from '../../../lib/format';
import { useReducedMotion } from '../../../lib/use-reduced-motion';
import { useChannels } from '../api/channels';

function ChannelsTable({ report }: { report: ChannelsReport }) {
  const { t } = useTranslation();
  const formatNumber = useNumberFormat();
  const totals = report.totals;
  return (
    // On a phone the table scrolls sideways: the keyboard reaches the scrolling box too.
    <TableContainer tabIndex={0} role="region" aria-label={t('planResults.channels.tableLabel')}>
      <Table size="small" aria-label={t('planResults.channels.tableLabel')}>
        <TableHead>
          <TableRow>
            {/* The channel's name keeps its width on a phone; the figures scroll beside it. */}
            <TableCell sx={{ minWidth: 160 }}>{t('planResults.channels.channel')}</TableCell>
            {channelFigures.map((figure) => (
              <TableCell key={figure} align="right">
                {t(`planResults.channels.figures.${figure}`)}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {report.rows.map((row) => (
            <TableRow key={row.channel}>
              <TableCell component="th" scope="row">
                {t(`planResults.channels.names.${row.channel}`)}
              </TableCell>
              {channelFigures.map((figure) => (
                <TableCell key={figure} align="right">
                  {formatNumber(row[figure])}
                </TableCell>
              ))}
            </TableRow>
          ))}
          <TableRow sx={{ '& > *': { fontWeight: 700 } }}>
            <TableCell component="th" scope="row">
              {t('planResults.matrix.total')}
            </TableCell>
            {channelFigures.map((figure) => (
              <TableCell key={figure} align="right">
                {formatNumber(totals[figure])}
              </TableCell>
            ))}
          </TableRow>
        </TableBody>
      </Table>
    </TableContainer>
  );
}

function ReachChart({ report }: { report: ChannelsReport }) {
  const { t } = useTranslation();
  const formatNumber = useNumberFormat();
  const reduceMotion = useReducedMotion();
  const format = (value: number | null) => formatNumber(value);
  const rows = report.rows
    .filter((row) => row.views + row.shares > 0)
    .map((row) => ({ ...row, label: t(`planResults.channels.names.${row.channel}`) }));
  const views = t('planResults.channels.figures.views');
  const shares = t('planResults.channels.figures.shares');
  return (
    <ChartFigure
      title={t('planResults.channels.chartTitle')}
      empty={rows.length === 0 ? t('planResults.channels.noReach') : undefined}
      table={{
        head: [t('planResults.channels.channel'), views, shares],
        rows: rows.map((row) => [row.label, format(row.views), format(row.shares)]),
      }}
    >
      <BarChart
        disableKeyboardNavigation
        height={Math.max(180, rows.length * 48 + 80)}
        layout="horizontal"
        skipAnimation={reduceMotion}
        dataset={rows}
        yAxis={[{ scaleType: 'band', dataKey: 'label', width: 170 }]}
        xAxis={[{ valueFormatter: format, height: X_AXIS_HEIGHT }]}
        series={[
          { dataKey: 'views', label: views, valueFormatter: format, color: '#3d63a8' },
          { dataKey: 'shares', label: shares, valueFormatter: format, color: '#e09f3e' },
        ]}
        grid={{ vertical: true }}
      />
    </ChartFigure>
  );
}

/**
 * What the campaign reached beyond conferences: videos, posts, SMS waves, Zalo groups and
 * leaflet drops, each channel's activities and reach, as a table and a chart.
 */
export function ChannelsSummary({ campaignId }: { campaignId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const channels = useChannels(campaignId);
  return (
    <Paper
      component="section"
      aria-labelledby={headingId}
      sx={{ p: { xs: 2, md: 3 }, display: 'grid', gap: 2 }}
    >
      <div>
        <Typography id={headingId} variant="h2">
          {t('planResults.channels.title')}
        </Typography>
        <Typography color="text.secondary">{t('planResults.channels.intro')}</Typography>
      </div>
      {channels.isError && (
        <ApiErrorAlert error={channels.error} onRetry={() => void channels.refetch()} />
      )}
      {channels.isPending && <Skeleton variant="rounded" height={200} />}
      {channels.data &&
        (channels.data.rows.length === 0 ? (
          <Typography>{t('planResults.channels.empty')}</Typography>
        ) : (
          <Box sx={{ display: 'grid', gap: 3 }}>
            <ChannelsTable report={channels.data} />
            <ReachChart report={channels.data} />
          </Box>
        ))}
    </Paper>
  );
}
