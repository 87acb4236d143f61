import CloudDone from '@mui/icons-material/CloudDone';
import CloudOff from '@mui/icons-material/CloudOff';
import Sync from '@mui/icons-material/Sync';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation } from 'react-router';
import { formatDateTime } from '../../../lib/date-time';
import { paths } from '../../../lib/paths';
import type { StoredRoster } from './offline-db';

interface OfflineStatusProps {
  roster: StoredRoster;
  checkedIn: number;
  total: number;
  pending: number;
  online: boolean;
  syncing: boolean;
  needsLogin: boolean;
  otherUser: boolean;
  onSync: () => void;
}

/** At a glance: how many are in, how many wait for the server, and when it last heard from us. */
export function OfflineStatus(props: OfflineStatusProps) {
  const { roster, checkedIn, total, pending, online, syncing, needsLogin, otherUser } = props;
  const { t } = useTranslation();
  const location = useLocation();
  const here = `${location.pathname}${location.search}`;
  return (
    <Paper
      component="section"
      aria-label={t('offline.statusLabel')}
      sx={{ p: 2, display: 'grid', gap: 1.5 }}
    >
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
        <Chip
          icon={online ? <CloudDone /> : <CloudOff />}
          color={online ? 'success' : 'default'}
          label={online ? t('offline.online') : t('offline.offline')}
        />
        <Typography sx={{ fontSize: '1.2rem', fontWeight: 700 }} aria-live="polite">
          {t('offline.checkedIn', { count: checkedIn, total })}
        </Typography>
      </Box>
      <Box
        component="dl"
        sx={{
          m: 0,
          display: 'grid',
          gridTemplateColumns: 'auto 1fr',
          columnGap: 2,
          rowGap: 0.5,
          '& dt': { color: 'text.secondary' },
          '& dd': { m: 0, fontWeight: 600 },
        }}
      >
        <dt>{t('offline.pending')}</dt>
        <dd data-testid="pending-count">{pending}</dd>
        <dt>{t('offline.lastSync')}</dt>
        <dd>{roster.lastSyncAt ? formatDateTime(roster.lastSyncAt) : t('offline.never')}</dd>
        <dt>{t('offline.downloaded')}</dt>
        <dd>{formatDateTime(roster.downloadedAt)}</dd>
      </Box>
      {needsLogin && (
        <Alert
          severity="warning"
          action={
            <Button
              component={RouterLink}
              to={`${paths.login}?next=${encodeURIComponent(here)}`}
              color="inherit"
            >
              {t('offline.signIn')}
            </Button>
          }
        >
          {t('offline.sessionExpired')}
        </Alert>
      )}
      {otherUser && <Alert severity="warning">{t('offline.otherUser')}</Alert>}
      <Button
        variant="outlined"
        size="large"
        startIcon={<Sync />}
        onClick={props.onSync}
        disabled={syncing || needsLogin}
        sx={{ minHeight: 48 }}
      >
        {syncing ? t('offline.syncing') : t('offline.syncNow')}
      </Button>
    </Paper>
  );
}
