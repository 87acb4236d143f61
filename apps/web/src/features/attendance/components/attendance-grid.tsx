import { useMemo } from 'react';
import type { Registration } from '@canhgiac/contracts';
import CheckCircleOutline from '@mui/icons-material/CheckCircleOutlineOutlined';
import Chip from '@mui/material/Chip';
import type { GridColDef } from '@mui/x-data-grid';
import { useTranslation } from 'react-i18next';
import { DataGrid } from '../../../components/data-grid';
import type { RowCard } from '../../../components/row-cards';
import { personName } from '../../../components/person-form/person-form-values';
import { useCommuneNames } from '../../../lib/communes';
import { formatDateTime } from '../../../lib/date-time';

interface AttendanceGridProps {
  registrations: Registration[];
  loading: boolean;
}

/** Who checked in, when and how, latest first; on a phone one card per person. */
export function AttendanceGrid({ registrations, loading }: AttendanceGridProps) {
  const { t } = useTranslation();
  const communeNames = useCommuneNames();
  const rows = useMemo(
    () =>
      [...registrations].sort((a, b) => (b.checkedInAt ?? '').localeCompare(a.checkedInAt ?? '')),
    [registrations],
  );
  const columns = useMemo<GridColDef<Registration>[]>(
    () => [
      {
        field: 'fullName',
        headerName: t('attendance.columns.fullName'),
        flex: 2,
        minWidth: 190,
        valueGetter: (_value, row) => personName(row.person, t),
      },
      {
        field: 'birthYear',
        headerName: t('attendance.columns.birthYear'),
        width: 95,
        valueGetter: (_value, row) => row.person.birthYear,
      },
      {
        field: 'commune',
        headerName: t('attendance.columns.commune'),
        flex: 1,
        minWidth: 160,
        valueGetter: (_value, row) =>
          communeNames.get(row.person.communeCode) ?? row.person.communeCode,
      },
      {
        field: 'checkedInAt',
        headerName: t('attendance.columns.checkedInAt'),
        width: 150,
        valueGetter: (_value, row) => formatDateTime(row.checkedInAt),
      },
      {
        field: 'checkInMethod',
        headerName: t('attendance.columns.method'),
        flex: 1,
        minWidth: 170,
        valueGetter: (_value, row) =>
          row.checkInMethod ? t(`attendance.methods.${row.checkInMethod}`) : '',
      },
    ],
    [t, communeNames],
  );
  const card = useMemo<RowCard<Registration>>(
    () => ({
      title: (row) => personName(row.person, t),
      status: () => (
        <Chip
          size="small"
          color="success"
          icon={<CheckCircleOutline />}
          label={t('attendance.checkedIn')}
        />
      ),
      details: (row) => [
        [
          formatDateTime(row.checkedInAt),
          row.checkInMethod && t(`attendance.methods.${row.checkInMethod}`),
        ]
          .filter(Boolean)
          .join(' · '),
        [row.person.birthYear, communeNames.get(row.person.communeCode) ?? row.person.communeCode]
          .filter(Boolean)
          .join(' · '),
      ],
    }),
    [t, communeNames],
  );
  return (
    <DataGrid
      aria-label={t('attendance.gridLabel')}
      rows={rows}
      columns={columns}
      card={card}
      loading={loading}
      initialState={{ pagination: { paginationModel: { pageSize: 50 } } }}
      pageSizeOptions={[25, 50, 100]}
      disableColumnFilter
      disableRowSelectionOnClick
      autoHeight
    />
  );
}
