import { useCallback, useState } from 'react';
import type { Campaign } from '@canhgiac/contracts';
import Add from '@mui/icons-material/Add';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import { useTranslation } from 'react-i18next';
import { NoticeSnackbar } from '../../../components/notice-snackbar';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { usePermission } from '../../../lib/permissions';
import { useServerPaging } from '../../../lib/use-server-paging';
import { useCampaigns } from '../api/get-campaigns';
import { CampaignFormDialog } from './campaign-form-dialog';
import { CampaignsGrid } from './campaigns-grid';

type DialogState = { campaign: Campaign | null } | null;

/** The campaigns, newest first; staff and admins add and edit them. */
export function CampaignsSection() {
  const { t } = useTranslation();
  const canManage = usePermission('campaigns.manage');
  const paged = useServerPaging(25);
  const [dialog, setDialog] = useState<DialogState>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const campaigns = useCampaigns({ page: paged.page, pageSize: paged.pageSize });
  const edit = useCallback((campaign: Campaign) => setDialog({ campaign }), []);
  const saved = (campaign: Campaign, created: boolean) => {
    setDialog(null);
    const key = created ? 'campaigns.saved.created' : 'campaigns.saved.updated';
    setNotice(t(key, { name: campaign.name }));
  };

  return (
    <Paper sx={{ p: { xs: 2, md: 3 } }}>
      {canManage && (
        <Box sx={{ display: 'flex', justifyContent: 'flex-end', mb: 2 }}>
          <Button
            variant="contained"
            startIcon={<Add />}
            onClick={() => setDialog({ campaign: null })}
          >
            {t('campaigns.add')}
          </Button>
        </Box>
      )}
      {campaigns.isError ? (
        <ApiErrorAlert error={campaigns.error} onRetry={() => void campaigns.refetch()} />
      ) : (
        <CampaignsGrid
          page={campaigns.data}
          loading={campaigns.isFetching}
          paging={paged.paging}
          onEdit={canManage ? edit : undefined}
        />
      )}
      {dialog && (
        <CampaignFormDialog
          campaign={dialog.campaign}
          onClose={() => setDialog(null)}
          onSaved={saved}
        />
      )}
      <NoticeSnackbar notice={notice} onClose={() => setNotice(null)} />
    </Paper>
  );
}
