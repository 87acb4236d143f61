import { useId } from 'react';
import { certificateRoutes } from '@canhgiac/contracts';
import Box from '@mui/material/Box';
import FormControlLabel from '@mui/material/FormControlLabel';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { ApiFileButtons } from '../../../components/api-file-buttons';
import { CampaignSelect } from '../../../components/campaign-select';
import { PageHeader } from '../../../components/page-header';
import { useNumberFormat } from '../../../lib/format';
import { usePermission } from '../../../lib/permissions';
import { useServerPaging } from '../../../lib/use-server-paging';
import { useUrlFilters } from '../../../lib/use-url-filters';
import { useCurrentUser } from '../../../lib/use-session';
import { useCertificateSummary } from '../api/get-certificate-summary';
import { CertificateSummaryGrid } from './certificate-summary-grid';

interface Filters {
  campaignId: string;
  /** 'true': only the conferences with certificates still to issue. */
  pending: string;
}

const rules = ['eligible', 'issue', 'numbers', 'revoke'] as const;

/**
 * "/certificates": who may hold a certificate and how they are issued, then the held conferences
 * with their count (eligible, issued, still to issue, revoked), each leading to its conference's
 * certificates, and the whole list as an Excel file.
 */
export function CertificatesOverview() {
  const { t } = useTranslation();
  const formatNumber = useNumberFormat();
  const rulesId = useId();
  const listId = useId();
  const canIssue = usePermission('certificates.manage');
  const coordinator = useCurrentUser()?.role === 'coordinator';
  const [params, change] = useUrlFilters<Filters>();
  const campaignId = params.get('campaignId') ?? '';
  const pending = params.get('pending') === 'true';
  const paged = useServerPaging(25, `${campaignId}|${pending}`);
  const query = { campaignId: campaignId || undefined, pending };
  const summary = useCertificateSummary({ ...query, page: paged.page, pageSize: paged.pageSize });
  const totals = summary.data?.totals;

  return (
    <Stack spacing={3}>
      <PageHeader title={t('certificates.title')} intro={t('certificates.overview.intro')} />
      <Paper component="section" aria-labelledby={rulesId} sx={{ p: { xs: 2, md: 3 } }}>
        <Typography id={rulesId} variant="h2" sx={{ mb: 1.5 }}>
          {t('certificates.overview.rulesTitle')}
        </Typography>
        <Box component="ul" sx={{ m: 0, pl: 3, display: 'grid', gap: 1 }}>
          {rules.map((rule) => (
            <Typography component="li" key={rule}>
              {t(`certificates.overview.rules.${rule}`)}
            </Typography>
          ))}
        </Box>
        <Typography color="text.secondary" sx={{ mt: 1.5 }}>
          {coordinator
            ? t('certificates.overview.coordinatorNote')
            : canIssue
              ? t('certificates.overview.staffNote')
              : ''}
        </Typography>
      </Paper>
      <Paper
        component="section"
        aria-labelledby={listId}
        aria-busy={summary.isFetching}
        sx={{ p: { xs: 2, md: 3 }, display: 'grid', gap: 2 }}
      >
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'flex-start' }}>
          <Typography id={listId} variant="h2" sx={{ flex: '1 1 260px' }}>
            {t('certificates.overview.listTitle')}
          </Typography>
          <ApiFileButtons
            route={certificateRoutes.summary}
            query={{ ...query, pending: pending || undefined }}
            formats={['xlsx']}
            fallbackName={t('certificates.overview.fileName')}
          />
        </Box>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center' }}>
          <CampaignSelect
            label={t('certificates.overview.campaign')}
            emptyLabel={t('certificates.overview.allCampaigns')}
            value={campaignId}
            onChange={(id) => change({ campaignId: id })}
            sx={{ flex: '1 1 300px', maxWidth: 420 }}
          />
          <FormControlLabel
            control={
              <Switch
                checked={pending}
                onChange={(event) => change({ pending: event.target.checked ? 'true' : '' })}
              />
            }
            label={t('certificates.overview.pendingOnly')}
          />
        </Box>
        <Typography role="status">
          {totals
            ? t('certificates.overview.totals', {
                conferences: formatNumber(totals.conferences),
                eligible: formatNumber(totals.eligible),
                issued: formatNumber(totals.issued),
                toIssue: formatNumber(totals.toIssue),
              })
            : ''}
        </Typography>
        {summary.isError ? (
          <ApiErrorAlert error={summary.error} onRetry={() => void summary.refetch()} />
        ) : (
          <CertificateSummaryGrid
            page={summary.data}
            loading={summary.isFetching}
            paging={paged.paging}
          />
        )}
      </Paper>
    </Stack>
  );
}
