import { useId, useState } from 'react';
import type { Campaign } from '@canhgiac/contracts';
import Edit from '@mui/icons-material/Edit';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { NoticeSnackbar } from '../../../components/notice-snackbar';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { PageHeader } from '../../../components/page-header';
import { formatDate, useNumberFormat } from '../../../lib/format';
import { usePermission } from '../../../lib/permissions';
import { useCampaignProgress } from '../api/get-campaign-progress';
import { CampaignFormDialog } from './campaign-form-dialog';
import { CampaignProgressBars } from './campaign-progress';
import { ConferencesByStatusChart } from './conferences-by-status-chart';

/** A campaign's header: its name, period and targets, and "Sửa" for staff. */
export function CampaignHeader({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const formatNumber = useNumberFormat();
  const canManage = usePermission('campaigns.manage');
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const period = t('campaigns.period', {
    from: formatDate(campaign.startsOn),
    to: formatDate(campaign.endsOn),
  });
  const targets = t('campaigns.targetsLine', {
    conferences: formatNumber(campaign.targetConferences),
    participants: formatNumber(campaign.targetParticipants),
    leaflets: formatNumber(campaign.targetLeaflets),
  });

  return (
    <>
      <PageHeader
        title={campaign.name}
        intro={`${period} · ${targets}`}
        actions={
          canManage && (
            <Button variant="outlined" startIcon={<Edit />} onClick={() => setEditing(true)}>
              {t('campaigns.edit')}
            </Button>
          )
        }
      />
      {editing && (
        <CampaignFormDialog
          campaign={campaign}
          onClose={() => setEditing(false)}
          onSaved={(saved) => {
            setEditing(false);
            setNotice(t('campaigns.saved.updated', { name: saved.name }));
          }}
        />
      )}
      <NoticeSnackbar notice={notice} onClose={() => setNotice(null)} />
    </>
  );
}

/** A campaign's progress against its targets, with its conferences by status. */
export function CampaignOverview({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const progressHeadingId = useId();
  const progress = useCampaignProgress(campaign.id);
  return (
    <Paper component="section" aria-labelledby={progressHeadingId} sx={{ p: { xs: 2, md: 3 } }}>
      <Typography id={progressHeadingId} variant="h2" sx={{ mb: 2 }}>
        {t('campaigns.progress.title')}
      </Typography>
      {progress.isError && (
        <ApiErrorAlert error={progress.error} onRetry={() => void progress.refetch()} />
      )}
      {progress.isPending && <Skeleton variant="rounded" height={160} />}
      {progress.data && (
        <Box
          sx={{
            display: 'grid',
            gap: 4,
            gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: 'minmax(0, 3fr) minmax(0, 2fr)' },
            alignItems: 'start',
          }}
        >
          <CampaignProgressBars progress={progress.data} />
          <ConferencesByStatusChart progress={progress.data} />
        </Box>
      )}
    </Paper>
  );
}
