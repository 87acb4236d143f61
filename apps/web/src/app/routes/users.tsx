import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header';
import { UsersSection } from '../../features/users/components/users-section';
import { useDocumentTitle } from '../../lib/use-document-title';

/** "/users" (admin): the accounts of the system. */
export function UsersRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('users.title'));
  return (
    <Stack spacing={3}>
      <PageHeader title={t('users.title')} intro={t('users.intro')} />
      <UsersSection />
    </Stack>
  );
}
