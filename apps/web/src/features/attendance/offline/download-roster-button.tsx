import { useState, type ReactNode } from 'react';
import CloudDownload from '@mui/icons-material/CloudDownload';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { offlineCheckInPath } from '../../../lib/paths';
import { useFailure } from '../../../lib/use-failure';
import { useCurrentUser } from '../../../lib/use-session';
import { downloadReferences } from './offline-references';
import { downloadRoster } from './sync';

interface DownloadRosterButtonProps {
  conferenceId: string;
  /** On the offline page: take the list again, and stay. */
  refresh?: boolean;
  icon?: ReactNode;
}

/**
 * "Tải danh sách để điểm danh ngoại tuyến": puts the conference's list (names, birth years,
 * codes; no phone numbers) and the communes on this device, then opens the offline check-in.
 */
export function DownloadRosterButton({ conferenceId, refresh, icon }: DownloadRosterButtonProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const { failure, run } = useFailure();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  if (!user) return null;

  const download = async () => {
    setBusy(true);
    setDone(false);
    const ok = await run(async () => {
      await Promise.all([downloadRoster(conferenceId, user.id), downloadReferences()]);
      return true;
    });
    setBusy(false);
    if (!ok) return;
    setDone(true);
    if (!refresh) void navigate(offlineCheckInPath(conferenceId));
  };

  return (
    <Box sx={{ display: 'grid', gap: 1 }}>
      {failure !== null && <ApiErrorAlert error={failure} />}
      <Button
        variant={refresh ? 'outlined' : 'contained'}
        size="large"
        startIcon={icon ?? <CloudDownload />}
        disabled={busy}
        onClick={() => void download()}
        sx={{ minHeight: 56, fontSize: '1.05rem' }}
      >
        {refresh ? t('offline.refresh') : t('offline.download')}
      </Button>
      {busy && <LinearProgress aria-label={t('offline.downloading')} />}
      {done && refresh && <Typography role="status">{t('offline.refreshed')}</Typography>}
      {!refresh && (
        <Typography variant="body2" color="text.secondary">
          {t('offline.downloadHelp')}
        </Typography>
      )}
    </Box>
  );
}
