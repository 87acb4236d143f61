import { useCallback, useState } from 'react';
import type { Person } from '@canhgiac/contracts';
import Paper from '@mui/material/Paper';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { NoticeSnackbar } from '../../../components/notice-snackbar';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { personName } from '../../../components/person-form/person-form-values';
import { usePermission } from '../../../lib/permissions';
import { useServerPaging } from '../../../lib/use-server-paging';
import { useCurrentUser } from '../../../lib/use-session';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { usePeople } from '../api/get-people';
import { ErasePersonDialog } from './erase-person-dialog';
import { OpenPersonDialog } from './open-person-dialog';
import { PeopleGrid } from './people-grid';
import { PeopleToolbar, type PeopleFilters } from './people-toolbar';
import { PersonFormDialog } from './person-form-dialog';

/**
 * The people registry: search, filters, add, edit and erase. The person being edited is in the
 * address (`?person=<id>`), so a duplicate warning can link straight to the person listed.
 */
export function PeopleSection() {
  const { t } = useTranslation();
  const canErase = usePermission('people.erase');
  const showOrganization = useCurrentUser()?.role !== 'coordinator';
  const [params, setParams] = useSearchParams();
  const openId = params.get('person');
  const [filters, setFilters] = useState<PeopleFilters>({
    search: '',
    communeCode: '',
    birthYear: null,
  });
  const paged = useServerPaging(50, JSON.stringify(filters));
  const [creating, setCreating] = useState(false);
  const [erasing, setErasing] = useState<Person | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const q = useDebouncedValue(filters.search.trim());
  const birthYear = filters.birthYear && filters.birthYear >= 1900 ? filters.birthYear : undefined;
  const people = usePeople({
    page: paged.page,
    pageSize: paged.pageSize,
    q: q || undefined,
    communeCode: filters.communeCode || undefined,
    birthYear,
  });

  const setOpenId = useCallback(
    (id: string | null) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (id) next.set('person', id);
          else next.delete('person');
          return next;
        },
        { replace: !id },
      ),
    [setParams],
  );
  const edit = useCallback((person: Person) => setOpenId(person.id), [setOpenId]);
  const closeDialogs = () => {
    setCreating(false);
    setOpenId(null);
  };
  const saved = (person: Person, created: boolean) => {
    closeDialogs();
    const key = created ? 'people.saved.created' : 'people.saved.updated';
    setNotice(t(key, { name: personName(person, t) }));
  };

  return (
    <Paper component="section" aria-label={t('people.gridLabel')} sx={{ p: { xs: 2, md: 3 } }}>
      <PeopleToolbar filters={filters} onChange={setFilters} onAdd={() => setCreating(true)} />
      {people.isError ? (
        <ApiErrorAlert error={people.error} onRetry={() => void people.refetch()} />
      ) : (
        <PeopleGrid
          page={people.data}
          loading={people.isFetching}
          paging={paged.paging}
          showOrganization={showOrganization}
          onEdit={edit}
          onErase={canErase ? setErasing : undefined}
        />
      )}
      {creating && !openId && (
        <PersonFormDialog
          person={null}
          showOrganization={showOrganization}
          onClose={closeDialogs}
          onSaved={saved}
        />
      )}
      {openId && (
        <OpenPersonDialog
          key={openId}
          id={openId}
          showOrganization={showOrganization}
          onClose={closeDialogs}
          onSaved={saved}
        />
      )}
      {erasing && (
        <ErasePersonDialog
          person={erasing}
          onClose={() => setErasing(null)}
          onDone={() => {
            setErasing(null);
            setNotice(t('people.saved.erased'));
          }}
        />
      )}
      <NoticeSnackbar notice={notice} onClose={() => setNotice(null)} />
    </Paper>
  );
}
