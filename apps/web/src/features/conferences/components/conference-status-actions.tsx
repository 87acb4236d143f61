import { useState } from 'react';
import {
  conferenceTransitions,
  type ChangeConferenceStatusBody,
  type Conference,
} from '@canhgiac/contracts';
import Cancel from '@mui/icons-material/Cancel';
import CheckCircle from '@mui/icons-material/CheckCircle';
import EventAvailable from '@mui/icons-material/EventAvailable';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import { useChangeConferenceStatus } from '../api/change-conference-status';
import { CancelConferenceDialog } from './cancel-conference-dialog';

interface ConferenceStatusActionsProps {
  conference: Conference;
  /** A refused move (409) or any other failure, for the page to show. */
  onError: (error: unknown) => void;
  onChanged: (conference: Conference) => void;
}

/** planned → "Xác nhận" → confirmed → "Đánh dấu đã tổ chức" → held; "Hủy hội nghị" before that. */
export function ConferenceStatusActions({
  conference,
  onError,
  onChanged,
}: ConferenceStatusActionsProps) {
  const { t } = useTranslation();
  const change = useChangeConferenceStatus();
  const [cancelling, setCancelling] = useState(false);
  const next = conferenceTransitions[conference.status];
  if (next.length === 0) return null;

  const send = (body: ChangeConferenceStatusBody) => {
    onError(null);
    change.mutate(
      { id: conference.id, body },
      {
        onSuccess: (updated) => {
          setCancelling(false);
          onChanged(updated);
        },
        onError: (error) => {
          setCancelling(false);
          onError(error);
        },
      },
    );
  };

  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>
      {next.includes('confirmed') && (
        <Button
          variant="contained"
          startIcon={<CheckCircle />}
          disabled={change.isPending}
          onClick={() => send({ status: 'confirmed' })}
        >
          {t('conference.actions.confirm')}
        </Button>
      )}
      {next.includes('held') && (
        <Button
          variant="contained"
          color="success"
          startIcon={<EventAvailable />}
          disabled={change.isPending}
          onClick={() => send({ status: 'held' })}
        >
          {t('conference.actions.hold')}
        </Button>
      )}
      {next.includes('cancelled') && (
        <Button
          variant="outlined"
          color="error"
          startIcon={<Cancel />}
          disabled={change.isPending}
          onClick={() => setCancelling(true)}
        >
          {t('conference.actions.cancel')}
        </Button>
      )}
      {cancelling && (
        <CancelConferenceDialog
          title={conference.title}
          busy={change.isPending}
          onClose={() => setCancelling(false)}
          onConfirm={send}
        />
      )}
    </Box>
  );
}
