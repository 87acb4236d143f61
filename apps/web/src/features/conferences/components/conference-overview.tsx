import { useId, useState } from 'react';
import type { Conference } from '@canhgiac/contracts';
import Edit from '@mui/icons-material/Edit';
import WarningAmber from '@mui/icons-material/WarningAmber';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { NoticeSnackbar } from '../../../components/notice-snackbar';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { usePermission } from '../../../lib/permissions';
import { useFailure } from '../../../lib/use-failure';
import { ConferenceDetails } from './conference-details';
import { ConferenceFormDialog } from './conference-form-dialog';
import { ConferenceStatusActions } from './conference-status-actions';
import { ConferenceStatusChip } from './conference-status-chip';

/** The conference page's header: title, status, details, and (staff, admin) edit and status moves. */
export function ConferenceOverview({ conference }: { conference: Conference }) {
  const { t } = useTranslation();
  const canManage = usePermission('conferences.manage');
  const titleId = useId();
  const [editing, setEditing] = useState(false);
  const { failure, setFailure } = useFailure();
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <Paper component="section" aria-labelledby={titleId} sx={{ p: { xs: 2, md: 3 } }}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'flex-start', mb: 2 }}>
        <Box sx={{ flex: '1 1 360px', minWidth: 0 }}>
          <Typography id={titleId} variant="h1" sx={{ mb: 1 }}>
            {conference.title}
          </Typography>
          <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>
            <ConferenceStatusChip status={conference.status} size="medium" />
            {conference.forced && (
              <Chip
                icon={<WarningAmber />}
                variant="outlined"
                label={t('conference.forced')}
                title={t('conference.forcedHint')}
                // MUI's warning orange is too light for small text (AA): a darker amber.
                sx={{
                  color: '#7a4100',
                  borderColor: '#7a4100',
                  '& .MuiChip-icon': { color: '#7a4100' },
                }}
              />
            )}
          </Box>
        </Box>
        {canManage && (
          <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>
            <ConferenceStatusActions
              conference={conference}
              onError={setFailure}
              onChanged={(updated) =>
                setNotice(
                  t('conference.statusChanged', {
                    status: t(`conferences.status.${updated.status}`),
                  }),
                )
              }
            />
            <Button variant="outlined" startIcon={<Edit />} onClick={() => setEditing(true)}>
              {t('conference.edit')}
            </Button>
          </Box>
        )}
      </Box>
      {failure !== null && <ApiErrorAlert error={failure} sx={{ mb: 2 }} />}
      <ConferenceDetails conference={conference} />
      {editing && (
        <ConferenceFormDialog
          conference={conference}
          onClose={() => setEditing(false)}
          onSaved={(saved) => {
            setEditing(false);
            setNotice(t('conferenceForm.saved.updated', { title: saved.title }));
          }}
        />
      )}
      <NoticeSnackbar notice={notice} onClose={() => setNotice(null)} />
    </Paper>
  );
}
