import type { Conference } from '@canhgiac/contracts';
import HowToRegOutlined from '@mui/icons-material/HowToRegOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { checkInPath } from '../../../lib/paths';
import { useAttended } from '../api/get-attendance';
import { AttendanceGrid } from './attendance-grid';

/** The conference's "Điểm danh" tab: who checked in, and the way to the check-in page. */
export function AttendancePanel({ conference }: { conference: Conference }) {
  const { t } = useTranslation();
  const attended = useAttended(conference.id);
  return (
    <Stack spacing={2}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'flex-start' }}>
        <Box sx={{ flex: '1 1 320px' }}>
          <Typography variant="h2" sx={{ mb: 1 }}>
            {t('attendance.title', { count: attended.data?.length ?? 0 })}
          </Typography>
          <Typography color="text.secondary">{t('attendance.intro')}</Typography>
        </Box>
        {conference.status !== 'cancelled' && (
          <Button
            component={RouterLink}
            to={checkInPath(conference.id)}
            variant="contained"
            size="large"
            startIcon={<HowToRegOutlined />}
          >
            {t('attendance.openCheckIn')}
          </Button>
        )}
      </Box>
      {attended.isError ? (
        <ApiErrorAlert error={attended.error} onRetry={() => void attended.refetch()} />
      ) : attended.data && attended.data.length === 0 ? (
        <Typography>{t('attendance.empty')}</Typography>
      ) : (
        <AttendanceGrid registrations={attended.data ?? []} loading={attended.isFetching} />
      )}
    </Stack>
  );
}
