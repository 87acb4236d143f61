import { useMemo } from 'react';
import type { Registration } from '@canhgiac/contracts';
import PersonRemoveOutlined from '@mui/icons-material/PersonRemoveOutlined';
import { GridActionsCellItem, type GridColDef } from '@mui/x-data-grid';
import { useTranslation } from 'react-i18next';
import { DataGrid } from '../../../components/data-grid';
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

/** The registrants, paged on the device (a conference has at most a few hundred). */
export function RegistrationsGrid({
  registrations,
  loading,
  onUnregister,
}: RegistrationsGridProps) {
  const { t } = useTranslation();
  const communeNames = useCommuneNames();
  const columns = useMemo<GridColDef<Registration>[]>(() => {
    const list: GridColDef<Registration>[] = [
      {
        field: 'fullName',
        headerName: t('registrations.columns.fullName'),
        flex: 2,
        minWidth: 190,
        valueGetter: (_value, row) => personName(row.person, t),
      },
      {
        field: 'birthYear',
        headerName: t('registrations.columns.birthYear'),
        width: 95,
        valueGetter: (_value, row) => row.person.birthYear,
      },
      {
        field: 'commune',
        headerName: t('registrations.columns.commune'),
        flex: 1,
        minWidth: 160,
        valueGetter: (_value, row) =>
          communeNames.get(row.person.communeCode) ?? row.person.communeCode,
      },
      {
        field: 'group',
        headerName: t('registrations.columns.group'),
        width: 150,
        valueGetter: (_value, row) => t(`personForm.groups.${row.person.group}`),
      },
      {
        field: 'phone',
        headerName: t('registrations.columns.phone'),
        width: 120,
        valueGetter: (_value, row) => row.person.phone,
      },
      {
        field: 'status',
        headerName: t('registrations.columns.status'),
        width: 160,
        renderCell: ({ row }) => <RegistrationStatusChip status={row.status} />,
      },
      {
        field: 'checkedInAt',
        headerName: t('registrations.columns.checkedInAt'),
        width: 150,
        valueGetter: (_value, row) => formatDateTime(row.checkedInAt),
      },
      { field: 'checkInCode', headerName: t('registrations.columns.checkInCode'), width: 120 },
    ];
    if (onUnregister) {
      list.push({
        field: 'actions',
        type: 'actions',
        headerName: t('registrations.columns.actions'),
        width: 90,
        getActions: ({ row }) =>
          row.status === 'attended'
            ? []
            : [
                <GridActionsCellItem
                  key="unregister"
                  icon={<PersonRemoveOutlined />}
                  label={t('registrations.actions.unregister', { name: personName(row.person, t) })}
                  onClick={() => onUnregister(row)}
                />,
              ],
      });
    }
    return list;
  }, [t, communeNames, onUnregister]);

  return (
    <DataGrid
      aria-label={t('registrations.gridLabel')}
      rows={registrations}
      columns={columns}
      loading={loading}
      initialState={{ pagination: { paginationModel: { pageSize: 50 } } }}
      pageSizeOptions={[25, 50, 100]}
      disableColumnFilter
      disableRowSelectionOnClick
      autoHeight
    />
  );
}
