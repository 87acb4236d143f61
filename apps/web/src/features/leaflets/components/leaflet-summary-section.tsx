import { useId, useState } from 'react';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { CampaignSelect } from '../../../components/campaign-select';
import { useNumberFormat } from '../../../lib/format';
import { useLeafletSummary } from '../api/get-leaflet-summary';
import { LeafletSummaryChart } from './leaflet-summary-chart';
import { LeafletSummaryTable } from './leaflet-summary-table';

/** "Tổng hợp theo xã, phường": allocated and delivered per commune of today, as a chart and a table. */
export function LeafletSummarySection() {
  const { t } = useTranslation();
  const headingId = useId();
  const formatNumber = useNumberFormat();
  const [campaignId, setCampaignId] = useState('');
  const summary = useLeafletSummary({ campaignId: campaignId || undefined });
  const totals = summary.data?.totals;

  return (
    <Paper component="section" aria-labelledby={headingId} sx={{ p: { xs: 2, md: 3 } }}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center', mb: 2 }}>
        <Typography id={headingId} variant="h2" sx={{ flex: '1 1 240px' }}>
          {t('leaflets.summary.title')}
        </Typography>
        <CampaignSelect
          label={t('leaflets.summary.campaign')}
          emptyLabel={t('leaflets.summary.allCampaigns')}
          value={campaignId}
          onChange={setCampaignId}
          sx={{ flex: '0 1 360px', minWidth: 220 }}
        />
      </Box>
      {summary.isError && (
        <ApiErrorAlert error={summary.error} onRetry={() => void summary.refetch()} />
      )}
      {summary.isPending && <Skeleton variant="rounded" height={220} />}
      {summary.data && totals && (
        <>
          <Typography sx={{ mb: 2 }}>
            {t('leaflets.summary.totalsLine', {
              quantity: formatNumber(totals.quantity),
              allocated: formatNumber(totals.allocated),
              delivered: formatNumber(totals.delivered),
              available: formatNumber(totals.available),
            })}
          </Typography>
          <Box
            sx={{
              display: 'grid',
              gap: 3,
              gridTemplateColumns: {
                xs: 'minmax(0, 1fr)',
                lg: 'minmax(0, 1fr) minmax(440px, auto)',
              },
              alignItems: 'start',
            }}
          >
            <LeafletSummaryChart summary={summary.data} />
            <LeafletSummaryTable summary={summary.data} />
          </Box>
        </>
      )}
    </Paper>
  );
}
