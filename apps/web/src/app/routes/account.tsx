import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header';
import { AccountSummary } from '../../features/auth/components/account-summary';
import { ChangePasswordForm } from '../../features/auth/components/change-password-form';
import { useCurrentUser } from '../../lib/use-session';
import { useDocumentTitle } from '../../lib/use-document-title';

/** "/account": the signed-in user, and a password change. */
export function AccountRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('account.title'));
  const user = useCurrentUser();
  if (!user) return null;
  return (
    <Stack spacing={3} sx={{ maxWidth: 840 }}>
      <PageHeader title={t('account.title')} />
      <AccountSummary user={user} />
      <ChangePasswordForm />
    </Stack>
  );
}
