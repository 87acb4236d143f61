import { useMemo } from 'react';
import type { Conference } from '@canhgiac/contracts';
import Link from '@mui/material/Link';
import type { GridColDef } from '@mui/x-data-grid';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { ServerPagedGrid, type PagedGridProps } from '../../../components/server-paged-grid';
import { formatDateTime } from '../../../lib/date-time';
import { useNumberFormat } from '../../../lib/format';
import { conferencePath } from '../../../lib/paths';
import { ConferenceStatusChip } from './conference-status-chip';

interface ConferencesGridProps extends PagedGridProps<Conference> {
  /** The campaign page leaves out what it already says. */
  compact?: boolean;
}

/** Conferences by start time, one server page at a time; the title opens the conference. */
export function ConferencesGrid(props: ConferencesGridProps) {
  const { page, loading, paging, compact = false } = props;
  const { t } = useTranslation();
  const formatNumber = useNumberFormat();
  const columns = useMemo<GridColDef<Conference>[]>(() => {
    const all: GridColDef<Conference>[] = [
      {
        field: 'startsAt',
        headerName: t('conferences.columns.startsAt'),
        width: 150,
        valueGetter: (_value, row) => formatDateTime(row.startsAt),
      },
      {
        field: 'title',
        headerName: t('conferences.columns.title'),
        flex: 2,
        minWidth: 260,
        renderCell: ({ row }) => (
          <Link component={RouterLink} to={conferencePath(row.id)}>
            {row.title}
          </Link>
        ),
      },
      {
        field: 'communeName',
        headerName: t('conferences.columns.commune'),
        flex: 1,
        minWidth: 150,
      },
      {
        field: 'districtName',
        headerName: t('conferences.columns.district'),
        flex: 1,
        minWidth: 150,
      },
      { field: 'venue', headerName: t('conferences.columns.venue'), flex: 1.4, minWidth: 180 },
      {
        field: 'status',
        headerName: t('conferences.columns.status'),
        width: 140,
        renderCell: ({ row }) => <ConferenceStatusChip status={row.status} />,
      },
      {
        field: 'capacity',
        headerName: t('conferences.columns.capacity'),
        type: 'number',
        width: 100,
        valueFormatter: (value: number) => formatNumber(value),
      },
    ];
    return compact ? all.filter((column) => column.field !== 'venue') : all;
  }, [t, formatNumber, compact]);

  return (
    <ServerPagedGrid
      aria-label={t('conferences.gridLabel')}
      columns={columns}
      page={page}
      loading={loading}
      paging={paging}
    />
  );
}
