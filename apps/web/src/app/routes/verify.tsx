import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../lib/use-document-title';

/**
 * "/verify/:verifyCode": public, no login. The certificates feature fills it; until then it says
 * so plainly, in large type for elderly holders.
 */
export function VerifyRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('verify.title'));
  return (
    <Box component="main" sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', p: 2 }}>
      <Paper sx={{ p: { xs: 3, sm: 5 }, maxWidth: 640 }}>
        <Typography variant="h1" sx={{ fontSize: '2rem', mb: 2 }}>
          {t('verify.title')}
        </Typography>
        <Typography sx={{ fontSize: '1.25rem' }}>{t('verify.comingSoon')}</Typography>
      </Paper>
    </Box>
  );
}
