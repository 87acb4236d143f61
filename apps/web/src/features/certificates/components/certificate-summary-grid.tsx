import { useMemo } from 'react';
import type { CertificateSummaryRow } from '@canhgiac/contracts';
import Link from '@mui/material/Link';
import type { GridColDef } from '@mui/x-data-grid';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { ServerPagedGrid, type PagedGridProps } from '../../../components/server-paged-grid';
import { vietnamDay } from '../../../lib/date-time';
import { formatDate, useNumberFormat } from '../../../lib/format';
import { conferenceTabPath } from '../../../lib/paths';

const counts = ['eligible', 'issued', 'toIssue', 'revoked'] as const;

/**
 * The held conferences, newest first, one server page at a time, each with its count of
 * certificates; the title opens the conference's certificates tab.
 */
export function CertificateSummaryGrid(props: PagedGridProps<CertificateSummaryRow>) {
  const { page, loading, paging } = props;
  const { t } = useTranslation();
  const formatNumber = useNumberFormat();
  const columns = useMemo<GridColDef<CertificateSummaryRow>[]>(
    () => [
      {
        field: 'title',
        headerName: t('certificates.overview.columns.title'),
        flex: 2,
        minWidth: 260,
        renderCell: ({ row }) => (
          <Link component={RouterLink} to={conferenceTabPath(row.conferenceId, 'certificates')}>
            {row.title}
          </Link>
        ),
      },
      {
        field: 'startsAt',
        headerName: t('certificates.overview.columns.heldOn'),
        width: 120,
        // The conference's day in Vietnam, whatever the browser's time zone.
        valueGetter: (_value, row) => formatDate(vietnamDay(row.startsAt)),
      },
      {
        field: 'communeName',
        headerName: t('certificates.overview.columns.commune'),
        flex: 1,
        minWidth: 150,
        valueGetter: (_value, row) => row.communeName ?? row.communeCode,
      },
      ...counts.map((field): GridColDef<CertificateSummaryRow> => ({
        field,
        headerName: t(`certificates.overview.columns.${field}`),
        type: 'number',
        width: field === 'eligible' ? 130 : 115,
        valueFormatter: (value: number) => formatNumber(value),
        // What is left to issue stands out where there is some.
        cellClassName: ({ value }) => (field === 'toIssue' && Number(value) > 0 ? 'to-issue' : ''),
      })),
    ],
    [t, formatNumber],
  );

  return (
    <ServerPagedGrid
      aria-label={t('certificates.overview.gridLabel')}
      columns={columns}
      getRowId={(row) => row.conferenceId}
      page={page}
      loading={loading}
      paging={paging}
      sx={{ '& .to-issue': { fontWeight: 700, color: 'warning.dark' } }}
    />
  );
}
