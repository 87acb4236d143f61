import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header';
import { PeopleSection } from '../../features/people/components/people-section';
import { useDocumentTitle } from '../../lib/use-document-title';

/** "/people" (admin, staff, coordinators for their organization): the participants. */
export function PeopleRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('people.title'));
  return (
    <Stack spacing={3}>
      <PageHeader title={t('people.title')} intro={t('people.intro')} />
      <PeopleSection />
    </Stack>
  );
}
