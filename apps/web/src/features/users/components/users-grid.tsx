import { useMemo } from 'react';
import type { Organization, User } from '@canhgiac/contracts';
import Edit from '@mui/icons-material/Edit';
import KeyOutlined from '@mui/icons-material/KeyOutlined';
import LockOpenOutlined from '@mui/icons-material/LockOpenOutlined';
import LockOutlined from '@mui/icons-material/LockOutlined';
import Chip from '@mui/material/Chip';
import { GridActionsCellItem, type GridColDef } from '@mui/x-data-grid';
import { useTranslation } from 'react-i18next';
import { ServerPagedGrid, type PagedGridProps } from '../../../components/server-paged-grid';
import { formatDateTime } from '../../../lib/date-time';

export type UserAction = 'edit' | 'resetPassword' | 'toggleActive';

interface UsersGridProps extends PagedGridProps<User> {
  organizations: Organization[];
  onAction: (action: UserAction, user: User) => void;
}

/** One page of accounts at a time (server-side paging; filters live in the toolbar). */
export function UsersGrid(props: UsersGridProps) {
  const { page, loading, organizations, paging, onAction } = props;
  const { t } = useTranslation();
  const organizationNames = useMemo(
    () => new Map(organizations.map((organization) => [organization.id, organization.name])),
    [organizations],
  );

  const columns = useMemo<GridColDef<User>[]>(
    () => [
      { field: 'username', headerName: t('users.columns.username'), flex: 1, minWidth: 140 },
      { field: 'fullName', headerName: t('users.columns.fullName'), flex: 1.4, minWidth: 180 },
      {
        field: 'role',
        headerName: t('users.columns.role'),
        width: 160,
        valueGetter: (_value, row) => t(`roles.${row.role}`),
      },
      {
        field: 'organizationId',
        headerName: t('users.columns.organization'),
        flex: 1.4,
        minWidth: 180,
        valueGetter: (_value, row) =>
          row.organizationId ? (organizationNames.get(row.organizationId) ?? '') : t('common.none'),
      },
      {
        field: 'active',
        headerName: t('users.columns.active'),
        width: 150,
        renderCell: ({ row }) => (
          <Chip
            size="small"
            color={row.active ? 'success' : 'default'}
            variant={row.active ? 'filled' : 'outlined'}
            label={row.active ? t('users.active') : t('users.inactive')}
          />
        ),
      },
      {
        field: 'lastLoginAt',
        headerName: t('users.columns.lastLoginAt'),
        width: 170,
        valueGetter: (_value, row) =>
          row.lastLoginAt ? formatDateTime(row.lastLoginAt) : t('users.neverLoggedIn'),
      },
      {
        field: 'actions',
        type: 'actions',
        headerName: t('users.columns.actions'),
        width: 140,
        getActions: ({ row }) => [
          <GridActionsCellItem
            key="edit"
            icon={<Edit />}
            label={t('users.actions.edit', { name: row.fullName })}
            onClick={() => onAction('edit', row)}
          />,
          <GridActionsCellItem
            key="password"
            icon={<KeyOutlined />}
            label={t('users.actions.resetPassword', { name: row.fullName })}
            onClick={() => onAction('resetPassword', row)}
          />,
          <GridActionsCellItem
            key="active"
            icon={row.active ? <LockOutlined /> : <LockOpenOutlined />}
            label={t(row.active ? 'users.actions.deactivate' : 'users.actions.activate', {
              name: row.fullName,
            })}
            onClick={() => onAction('toggleActive', row)}
          />,
        ],
      },
    ],
    [t, organizationNames, onAction],
  );

  return (
    <ServerPagedGrid
      aria-label={t('users.gridLabel')}
      columns={columns}
      page={page}
      loading={loading}
      paging={paging}
    />
  );
}
