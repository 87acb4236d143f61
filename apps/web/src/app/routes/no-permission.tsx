import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useCurrentUser } from '../../lib/use-session';
import { useDocumentTitle } from '../../lib/use-document-title';
import { paths } from '../../lib/paths';

/** A page the signed-in role may not use (the API would refuse its data with 403 anyway). */
export function NoPermissionRoute() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  useDocumentTitle(t('noPermission.title'));
  return (
    <Paper role="alert" sx={{ p: { xs: 3, md: 5 }, maxWidth: 640 }}>
      <Typography variant="h1" gutterBottom>
        {t('noPermission.title')}
      </Typography>
      <Typography sx={{ mb: 3 }}>
        {t('noPermission.body', { role: user ? t(`roles.${user.role}`) : '' })}
      </Typography>
      <Button variant="contained" component={RouterLink} to={paths.home}>
        {t('noPermission.home')}
      </Button>
    </Paper>
  );
}
