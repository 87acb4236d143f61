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
import { useSmallScreen } from '../../../lib/use-small-screen';

const counts = ['eligible', 'issued', 'toIssue', 'revoked'] as const;

/**
 * The held conferences, newest first, one server page at a time, each with its count of
 * certificates; the title opens the conference's certificates tab.
 */
export function CertificateSummaryGrid(props: PagedGridProps<CertificateSummaryRow>) {
  const { page, loading, paging } = props;
  const { t } = useTranslation();
  const formatNumber = useNumberFormat();
  // On a phone the title, what is issued and what is left to issue fit the screen (the totals
  // above say how many are eligible); the rest shows on wider screens.
  const phone = useSmallScreen();
  const columns = useMemo<GridColDef<CertificateSummaryRow>[]>(
    () => [
      {
        field: 'title',
        headerName: t('certificates.overview.columns.title'),
        flex: 2,
        minWidth: phone ? 130 : 220,
        // Titles are long and alike: the whole title shows, on as many lines as it takes.
        renderCell: ({ row }) => (
          <Link
            component={RouterLink}
            to={conferenceTabPath(row.conferenceId, 'certificates')}
            sx={{ display: 'block', py: 1, whiteSpace: 'normal', lineHeight: 1.35 }}
          >
            {row.title}
          </Link>
        ),
      },
      {
        field: 'startsAt',
        headerName: t('certificates.overview.columns.heldOn'),
        width: 110,
        // The conference's day in Vietnam, whatever the browser's time zone.
        valueGetter: (_value, row) => formatDate(vietnamDay(row.startsAt)),
      },
      {
        field: 'communeName',
        headerName: t('certificates.overview.columns.commune'),
        flex: 1,
        minWidth: 130,
        valueGetter: (_value, row) => row.communeName ?? row.communeCode,
      },
      ...counts.map((field): GridColDef<CertificateSummaryRow> => ({
        field,
        headerName: t(`certificates.overview.columns.${field}`),
        type: 'number',
        // "Thu hồi, chưa cấp lại" needs two lines' room.
        width: phone ? 90 : field === 'revoked' ? 124 : 100,
        valueFormatter: (value: number) => formatNumber(value),
        // What is left to issue stands out where there is some.
        cellClassName: ({ value }) => (field === 'toIssue' && Number(value) > 0 ? 'to-issue' : ''),
      })),
    ],
    [t, formatNumber, phone],
  );

  return (
    <ServerPagedGrid
      aria-label={t('certificates.overview.gridLabel')}
      columns={columns}
      getRowId={(row) => row.conferenceId}
      columnVisibilityModel={
        phone ? { startsAt: false, communeName: false, eligible: false, revoked: false } : undefined
      }
      getRowHeight={() => 'auto'}
      columnHeaderHeight={56}
      page={page}
      loading={loading}
      paging={paging}
      sx={{
        // The counts' names are long: headers wrap onto two lines rather than being cut.
        '& .MuiDataGrid-columnHeaderTitle': { whiteSpace: 'normal', lineHeight: 1.25 },
        '& .MuiDataGrid-cell': { display: 'flex', alignItems: 'center' },
        '& .to-issue': { fontWeight: 700, color: 'warning.dark' },
      }}
    />
  );
}
