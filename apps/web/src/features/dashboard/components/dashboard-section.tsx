import { useState, type ReactNode } from 'react';
import PrintOutlined from '@mui/icons-material/PrintOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { CampaignSelect } from '../../../components/campaign-select';
import { PageHeader } from '../../../components/page-header';
import { formatDateTime } from '../../../lib/date-time';
import { formatDate } from '../../../lib/format';
import { useDashboard } from '../api/get-dashboard';
import { CommuneCoverage } from './commune-coverage';
import { DashboardPrintStyles } from './dashboard-print-styles';
import { KpiCards } from './kpi-cards';
import {
  AgeBandChart,
  CommunesByDistrictChart,
  GenderChart,
  GroupChart,
  MonthChart,
  ParticipantsByCommuneChart,
  ParticipantsByDistrictChart,
} from './lazy-charts';
import { UnreachedCommunes } from './unreached-communes';

const twoColumns = {
  display: 'grid',
  gap: 3,
  gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: 'repeat(2, minmax(0, 1fr))' },
  alignItems: 'start',
} as const;

interface DashboardSectionProps {
  /** What other features add for the campaign shown (the coverage matrix, the channels). */
  campaignExtras?: (campaignId: string) => ReactNode;
}

/** "/dashboard": one campaign against its targets, its trends and the communes it reached. */
export function DashboardSection({ campaignExtras }: DashboardSectionProps) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const chosen = params.get('campaignId') ?? '';
  const dashboard = useDashboard(chosen);
  const data = dashboard.data;
  const [printedAt] = useState(() => new Date().toISOString());
  const intro = data?.campaign
    ? t('dashboard.campaignPeriod', {
        name: data.campaign.name,
        from: formatDate(data.campaign.startsOn),
        to: formatDate(data.campaign.endsOn),
      })
    : t('dashboard.intro');

  return (
    <Stack spacing={3}>
      <DashboardPrintStyles />
      <PageHeader
        title={t('dashboard.title')}
        intro={intro}
        actions={
          <Box
            data-print="hide"
            sx={{ display: 'flex', flexWrap: 'wrap', gap: 1.5, alignItems: 'center', minWidth: 0 }}
          >
            <CampaignSelect
              label={t('dashboard.campaign')}
              value={chosen || data?.campaign?.id || ''}
              onChange={(campaignId) =>
                setParams(campaignId ? { campaignId } : {}, { replace: true })
              }
              sx={{ width: { xs: '100%', sm: 340 } }}
            />
            <Button variant="outlined" startIcon={<PrintOutlined />} onClick={() => window.print()}>
              {t('dashboard.print')}
            </Button>
          </Box>
        }
      />
      <Typography data-print="only" sx={{ display: 'none' }}>
        {t('dashboard.printedAt', { time: formatDateTime(printedAt) })}
      </Typography>
      {dashboard.isError && (
        <ApiErrorAlert error={dashboard.error} onRetry={() => void dashboard.refetch()} />
      )}
      {dashboard.isPending && <Skeleton variant="rounded" height={400} />}
      {data && !data.campaign && <Typography>{t('dashboard.noCampaign')}</Typography>}
      {data?.campaign && (
        <>
          <KpiCards dashboard={data} />
          <Paper sx={{ p: { xs: 2, md: 3 }, display: 'grid', gap: 4 }}>
            <MonthChart byMonth={data.byMonth} />
            {/* Districts only exist for activity before 1/7/2025; since then, communes. */}
            {data.byDistrict.length > 0 ? (
              <Box sx={twoColumns}>
                <ParticipantsByDistrictChart byDistrict={data.byDistrict} />
                <CommunesByDistrictChart byDistrict={data.byDistrict} />
              </Box>
            ) : (
              <ParticipantsByCommuneChart communes={data.communes} />
            )}
            <Box sx={twoColumns}>
              <GroupChart byGroup={data.byGroup} />
              <GenderChart byGender={data.byGender} />
            </Box>
            <AgeBandChart byAgeBand={data.byAgeBand} />
          </Paper>
          {campaignExtras?.(data.campaign.id)}
          <CommuneCoverage dashboard={data} />
          <UnreachedCommunes dashboard={data} />
        </>
      )}
    </Stack>
  );
}
