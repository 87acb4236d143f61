import CheckCircle from '@mui/icons-material/CheckCircle';
import InfoOutlined from '@mui/icons-material/InfoOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/api-error-alert';

export type Feedback =
  | { kind: 'success' | 'already'; name: string; time: string }
  | {
      kind: 'error';
      error: unknown;
      message?: string;
      /** Refused before the conference's day, and the user may still check in early. */
      early?: boolean;
    };

/**
 * What the last check-in did, large enough to read at arm's length: the name and the time, or
 * that the person had already checked in (and when), or why it failed.
 */
export function CheckInFeedback({
  feedback,
  onEarly,
}: {
  feedback: Feedback | null;
  /** Opens the confirmation of an early check-in. */
  onEarly?: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Box
      role="status"
      aria-live="polite"
      aria-atomic="true"
      // Stays in sight below the app bar while the list of results scrolls.
      sx={{
        position: 'sticky',
        top: { xs: 64, sm: 72 },
        zIndex: 2,
        '&:empty': { display: 'none' },
      }}
    >
      {feedback?.kind === 'error' &&
        (feedback.message ? (
          <Alert severity="error" sx={{ fontSize: '1.1rem' }}>
            {feedback.message}
            {feedback.early && onEarly && (
              // Below the message, full width on a phone: a narrow action column would wrap it.
              <Box sx={{ mt: 1 }}>
                <Button color="inherit" variant="outlined" onClick={onEarly}>
                  {t('checkIn.early')}
                </Button>
              </Box>
            )}
          </Alert>
        ) : (
          <ApiErrorAlert error={feedback.error} />
        ))}
      {feedback && feedback.kind !== 'error' && (
        <Paper
          variant="outlined"
          sx={{
            p: 2,
            display: 'flex',
            gap: 2,
            alignItems: 'center',
            borderWidth: 2,
            borderColor: feedback.kind === 'success' ? 'success.main' : 'info.main',
            bgcolor: feedback.kind === 'success' ? '#edf7ed' : '#e8f1fb',
          }}
        >
          {feedback.kind === 'success' ? (
            <CheckCircle sx={{ fontSize: 48, color: 'success.dark' }} aria-hidden />
          ) : (
            <InfoOutlined sx={{ fontSize: 48, color: 'info.dark' }} aria-hidden />
          )}
          <div>
            <Typography component="p" sx={{ fontSize: '1.35rem', fontWeight: 700 }}>
              {feedback.kind === 'success' ? t('checkIn.success') : t('checkIn.already')}
            </Typography>
            <Typography component="p" sx={{ fontSize: '1.15rem' }}>
              {feedback.kind === 'success'
                ? t('checkIn.successBody', { name: feedback.name, time: feedback.time })
                : t('checkIn.alreadyBody', { name: feedback.name, time: feedback.time })}
            </Typography>
          </div>
        </Paper>
      )}
    </Box>
  );
}
