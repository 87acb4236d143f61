import { useMemo } from 'react';
import type { Registration } from '@canhgiac/contracts';
import PersonRemoveOutlined from '@mui/icons-material/PersonRemoveOutlined';
import type { GridColDef } from '@mui/x-data-grid';
import { useTranslation } from 'react-i18next';
import { DataGrid } from '../../../components/data-grid';
import {
  actionsColumn,
  RowActionButtons,
  type RowAction,
  type RowCard,
} from '../../../components/row-cards';
import { personName } from '../../../components/person-form/person-form-values';
import { useCommuneNames } from '../../../lib/communes';
import { formatDateTime } from '../../../lib/date-time';
import { RegistrationStatusChip } from './registration-status-chip';

interface RegistrationsGridProps {
  registrations: Registration[];
  loading: boolean;
  /** Absent when nobody may be unregistered (a cancelled conference). */
  onUnregister?: (registration: Registration) => void;
}

/**
 * The registrants, paged on the device (a conference has at most a few hundred). The columns fit
 * a 1366 px screen; on a phone each registrant is a card with the status chip beside the name.
 */
export function RegistrationsGrid({
  registrations,
  loading,
  onUnregister,
}: RegistrationsGridProps) {
  const { t } = useTranslation();
  const communeNames = useCommuneNames();
  // Who has checked in stays registered: only the others can be unregistered.
  const rowActions = useMemo(
    () =>
      onUnregister &&
      ((row: Registration): RowAction[] =>
        row.status === 'attended'
          ? []
          : [
              {
                key: 'unregister',
                icon: <PersonRemoveOutlined />,
                label: t('registrations.actions.unregister', { name: personName(row.person, t) }),
                onClick: () => onUnregister(row),
              },
            ]),
    [t, onUnregister],
  );
  const columns = useMemo<GridColDef<Registration>[]>(() => {
    const list: GridColDef<Registration>[] = [
      {
        field: 'fullName',
        headerName: t('registrations.columns.fullName'),
        flex: 1.5,
        minWidth: 130,
        valueGetter: (_value, row) => personName(row.person, t),
      },
      {
        field: 'birthYear',
        headerName: t('registrations.columns.birthYear'),
        width: 70,
        valueGetter: (_value, row) => row.person.birthYear,
      },
      {
        field: 'commune',
        headerName: t('registrations.columns.commune'),
        flex: 1,
        minWidth: 110,
        valueGetter: (_value, row) =>
          communeNames.get(row.person.communeCode) ?? row.person.communeCode,
      },
      {
        field: 'group',
        headerName: t('registrations.columns.group'),
        width: 115,
        valueGetter: (_value, row) => t(`personForm.groups.${row.person.group}`),
      },
      {
        field: 'phone',
        headerName: t('registrations.columns.phone'),
        width: 110,
        valueGetter: (_value, row) => row.person.phone,
      },
      {
        field: 'status',
        headerName: t('registrations.columns.status'),
        // The chip whole: "Đã điểm danh" with its icon.
        width: 150,
        renderCell: ({ row }) => <RegistrationStatusChip status={row.status} />,
      },
      {
        field: 'checkedInAt',
        headerName: t('registrations.columns.checkedInAt'),
        // The day above the time.
        width: 110,
        valueGetter: (_value, row) => formatDateTime(row.checkedInAt),
      },
      { field: 'checkInCode', headerName: t('registrations.columns.checkInCode'), width: 120 },
    ];
    if (rowActions) {
      list.push(
        actionsColumn(
          { field: 'actions', headerName: t('registrations.columns.actions'), width: 70 },
          rowActions,
        ),
      );
    }
    return list;
  }, [t, communeNames, rowActions]);

  const card = useMemo<RowCard<Registration>>(
    () => ({
      title: (row) => personName(row.person, t),
      status: (row) => <RegistrationStatusChip status={row.status} />,
      details: (row) => [
        [
          row.person.birthYear,
          communeNames.get(row.person.communeCode) ?? row.person.communeCode,
          t(`personForm.groups.${row.person.group}`),
        ].join(' · '),
        row.person.phone,
        row.checkedInAt &&
          `${t('registrations.columns.checkedInAt')} ${formatDateTime(row.checkedInAt)}`,
      ],
      action: rowActions && ((row) => <RowActionButtons actions={rowActions(row)} />),
    }),
    [t, communeNames, rowActions],
  );

  return (
    <DataGrid
      aria-label={t('registrations.gridLabel')}
      rows={registrations}
      columns={columns}
      card={card}
      wrapText
      loading={loading}
      initialState={{
        pagination: { paginationModel: { pageSize: 50 } },
        // The code is on the roll-call sheet; the column menu shows it when needed.
        columns: { columnVisibilityModel: { checkInCode: false } },
      }}
      pageSizeOptions={[25, 50, 100]}
      disableColumnFilter
      disableRowSelectionOnClick
      autoHeight
    />
  );
}
