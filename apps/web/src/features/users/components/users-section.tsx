import { useCallback, useState } from 'react';
import type { User } from '@canhgiac/contracts';
import Paper from '@mui/material/Paper';
import { useTranslation } from 'react-i18next';
import { NoticeSnackbar } from '../../../components/notice-snackbar';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useOrganizationOptions } from '../../../lib/reference-data';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { useServerPaging } from '../../../lib/use-server-paging';
import { useUsers } from '../api/get-users';
import { CreateUserDialog } from './create-user-dialog';
import { EditUserDialog } from './edit-user-dialog';
import { ResetPasswordDialog } from './reset-password-dialog';
import { ToggleActiveDialog } from './toggle-active-dialog';
import { UsersGrid, type UserAction } from './users-grid';
import { UsersToolbar, type UserFilters } from './users-toolbar';

type DialogState = { kind: 'create' } | { kind: UserAction; user: User } | null;
type SavedKey =
  `users.saved.${'created' | 'updated' | 'passwordReset' | 'activated' | 'deactivated'}`;

/** The accounts (admin only): search, filters, create, edit, reset password, lock/unlock. */
export function UsersSection() {
  const { t } = useTranslation();
  const organizations = useOrganizationOptions();
  const [filters, setFilters] = useState<UserFilters>({
    search: '',
    role: '',
    active: '',
    organizationId: '',
  });
  const paged = useServerPaging(50, JSON.stringify(filters));
  const [dialog, setDialog] = useState<DialogState>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const q = useDebouncedValue(filters.search.trim());
  const users = useUsers({
    page: paged.page,
    pageSize: paged.pageSize,
    q: q || undefined,
    role: filters.role || undefined,
    active: filters.active === '' ? undefined : filters.active === 'true',
    organizationId: filters.organizationId || undefined,
  });

  const act = useCallback((kind: UserAction, user: User) => setDialog({ kind, user }), []);
  const done = (key: SavedKey, user: User) => {
    setDialog(null);
    setNotice(t(key, { name: user.fullName }));
  };

  return (
    <Paper sx={{ p: { xs: 2, md: 3 } }}>
      <UsersToolbar
        filters={filters}
        organizations={organizations.data ?? []}
        onChange={setFilters}
        onAdd={() => setDialog({ kind: 'create' })}
      />
      {users.isError ? (
        <ApiErrorAlert error={users.error} onRetry={() => void users.refetch()} />
      ) : (
        <UsersGrid
          page={users.data}
          loading={users.isFetching}
          organizations={organizations.data ?? []}
          paging={paged.paging}
          onAction={act}
        />
      )}
      {dialog?.kind === 'create' && (
        <CreateUserDialog
          onClose={() => setDialog(null)}
          onCreated={(user) => done('users.saved.created', user)}
        />
      )}
      {dialog?.kind === 'edit' && (
        <EditUserDialog
          user={dialog.user}
          onClose={() => setDialog(null)}
          onSaved={(user) => done('users.saved.updated', user)}
        />
      )}
      {dialog?.kind === 'resetPassword' && (
        <ResetPasswordDialog
          user={dialog.user}
          onClose={() => setDialog(null)}
          onDone={(user) => done('users.saved.passwordReset', user)}
        />
      )}
      {dialog?.kind === 'toggleActive' && (
        <ToggleActiveDialog
          user={dialog.user}
          onClose={() => setDialog(null)}
          onDone={(user) =>
            done(user.active ? 'users.saved.activated' : 'users.saved.deactivated', user)
          }
        />
      )}
      <NoticeSnackbar notice={notice} onClose={() => setNotice(null)} />
    </Paper>
  );
}
