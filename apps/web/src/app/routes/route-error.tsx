import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { NotFoundRoute } from './not-found';

/** Shown when a page fails to load or render (for example a chunk missing after a deploy). */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundRoute />;
  return (
    <Paper role="alert" sx={{ p: { xs: 3, md: 5 }, maxWidth: 640 }}>
      <Typography variant="h1" gutterBottom>
        {t('routeError.title')}
      </Typography>
      <Typography sx={{ mb: 3 }}>{t('routeError.body')}</Typography>
      <Button variant="contained" onClick={() => window.location.reload()}>
        {t('routeError.reload')}
      </Button>
    </Paper>
  );
}
