import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-errors';
import { useVerification } from '../api/get-verification';
import { VerifyDetails } from './verify-details';
import { VerifyStatus, type VerifyState } from './verify-status';

function stateOf(verification: ReturnType<typeof useVerification>): VerifyState | null {
  if (verification.data) {
    if (verification.data.revoked) return 'revoked';
    return verification.data.valid ? 'valid' : 'notFound';
  }
  if (!verification.isError) return null;
  const { error } = verification;
  if (error instanceof ApiError && (error.statusCode === 404 || error.statusCode === 400))
    return 'notFound';
  if (error instanceof ApiError && error.statusCode === 429) return 'tooMany';
  return 'failed';
}

/**
 * The public page a certificate's QR code opens: large type, high contrast, the answer in words,
 * icon and colour, in Vietnamese with English under each line. No navigation, no login.
 */
export function VerifyPage({ verifyCode }: { verifyCode: string }) {
  const { i18n } = useTranslation();
  const vi = i18n.getFixedT('vi');
  const en = i18n.getFixedT('en');
  const verification = useVerification(verifyCode);
  const state = stateOf(verification);
  return (
    <Box
      component="main"
      lang="vi"
      sx={{ minHeight: '100vh', bgcolor: '#f4f6fa', p: { xs: 1.5, sm: 3 }, fontSize: '1.25rem' }}
    >
      <Paper sx={{ maxWidth: 720, mx: 'auto', p: { xs: 2, sm: 4 }, display: 'grid', gap: 3 }}>
        <header>
          <Typography
            variant="h1"
            sx={{ fontSize: { xs: '1.6rem', sm: '2rem' }, color: '#0b3a82' }}
          >
            {vi('verify.title')}
          </Typography>
          <Typography lang="en" sx={{ fontSize: '1.2rem', fontWeight: 600, color: '#0b3a82' }}>
            {en('verify.title')}
          </Typography>
        </header>
        {state === null && (
          <Box role="status" sx={{ display: 'flex', gap: 2, alignItems: 'center' }}>
            <CircularProgress aria-hidden />
            <Typography sx={{ fontSize: '1.25rem' }}>
              {vi('verify.checking')}
              <Box component="span" lang="en" sx={{ display: 'block', fontSize: '1.125rem' }}>
                {en('verify.checking')}
              </Box>
            </Typography>
          </Box>
        )}
        {state && <VerifyStatus state={state} vi={vi} en={en} />}
        {verification.data && <VerifyDetails result={verification.data} vi={vi} en={en} />}
        {state === 'failed' && (
          <Button
            variant="contained"
            size="large"
            onClick={() => void verification.refetch()}
            sx={{ minHeight: 56, fontSize: '1.25rem' }}
          >
            {vi('verify.retry')} / <span lang="en">{en('verify.retry')}</span>
          </Button>
        )}
        <Typography sx={{ fontSize: '1.125rem', color: '#333b4a' }}>
          {vi('verify.footer')}
          <Box component="span" lang="en" sx={{ display: 'block' }}>
            {en('verify.footer')}
          </Box>
        </Typography>
      </Paper>
    </Box>
  );
}
