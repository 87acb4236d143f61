import { useState } from 'react';
import type { Conference, Registration } from '@canhgiac/contracts';
import HowToRegOutlined from '@mui/icons-material/HowToRegOutlined';
import PersonAddAlt1Outlined from '@mui/icons-material/PersonAddAlt1Outlined';
import UploadFileOutlined from '@mui/icons-material/UploadFileOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { NoticeSnackbar } from '../../../components/notice-snackbar';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { personName } from '../../../components/person-form/person-form-values';
import { checkInPath } from '../../../lib/paths';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { useFailure } from '../../../lib/use-failure';
import { useRegistrations } from '../api/get-registrations';
import { ImportDialog } from './import-dialog';
import { RegisterDialog } from './register-dialog';
import { RegistrationCounts } from './registration-counts';
import { RegistrationFiles } from './registration-files';
import { RegistrationsGrid } from './registrations-grid';
import { RegistrationsToolbar, type RegistrationFilters } from './registrations-toolbar';
import { UnregisterDialog } from './unregister-dialog';

type Dialog =
  { kind: 'register' } | { kind: 'import' } | { kind: 'unregister'; registration: Registration };

/** The conference's "Đăng ký" tab: counts, registering one by one or from a file, the list. */
export function RegistrationsPanel({ conference }: { conference: Conference }) {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<RegistrationFilters>({ search: '', status: '' });
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { failure: fileError, setFailure: setFileError } = useFailure();
  const q = useDebouncedValue(filters.search.trim());
  const filtered = Boolean(q || filters.status);
  const all = useRegistrations(conference.id);
  const shown = useRegistrations(conference.id, {
    q: q || undefined,
    status: filters.status || undefined,
  });
  const list = filtered ? shown : all;
  const open = conference.status !== 'cancelled';

  return (
    <Stack spacing={2}>
      <Typography variant="h2">{t('registrations.title')}</Typography>
      {all.data && <RegistrationCounts registrations={all.data} capacity={conference.capacity} />}
      {!open && <Alert severity="info">{t('registrations.cancelled')}</Alert>}
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>
        {open && (
          <>
            <Button
              variant="contained"
              startIcon={<PersonAddAlt1Outlined />}
              onClick={() => setDialog({ kind: 'register' })}
            >
              {t('registrations.actions.register')}
            </Button>
            <Button
              variant="contained"
              startIcon={<UploadFileOutlined />}
              onClick={() => setDialog({ kind: 'import' })}
            >
              {t('registrations.actions.import')}
            </Button>
          </>
        )}
        <RegistrationFiles conferenceId={conference.id} onError={setFileError} />
        {open && (
          <Button
            component={RouterLink}
            to={checkInPath(conference.id)}
            variant="outlined"
            startIcon={<HowToRegOutlined />}
          >
            {t('registrations.actions.checkIn')}
          </Button>
        )}
      </Box>
      {fileError !== null && <ApiErrorAlert error={fileError} />}
      <RegistrationsToolbar filters={filters} onChange={setFilters} />
      {list.isError ? (
        <ApiErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <RegistrationsGrid
          registrations={list.data ?? []}
          loading={list.isFetching}
          onUnregister={
            open ? (registration) => setDialog({ kind: 'unregister', registration }) : undefined
          }
        />
      )}
      {dialog?.kind === 'register' && (
        <RegisterDialog
          conferenceId={conference.id}
          capacity={conference.capacity}
          onClose={() => setDialog(null)}
          onRegistered={(registration) => {
            setDialog(null);
            setNotice(
              t('registrations.register.done', { name: personName(registration.person, t) }),
            );
          }}
        />
      )}
      {dialog?.kind === 'import' && (
        <ImportDialog conferenceId={conference.id} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'unregister' && (
        <UnregisterDialog
          registration={dialog.registration}
          onClose={() => setDialog(null)}
          onDone={(name) => {
            setDialog(null);
            setNotice(t('registrations.unregister.done', { name }));
          }}
        />
      )}
      <NoticeSnackbar notice={notice} onClose={() => setNotice(null)} />
    </Stack>
  );
}
