import { useMemo } from 'react';
import type { CertificateSummaryRow } from '@canhgiac/contracts';
import Link from '@mui/material/Link';
import type { SxProps, Theme } from '@mui/material/styles';
import type { GridColDef } from '@mui/x-data-grid';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { RowCard } from '../../../components/row-cards';
import { ServerPagedGrid, type PagedGridProps } from '../../../components/server-paged-grid';
import { vietnamDay } from '../../../lib/date-time';
import { formatDate, useNumberFormat } from '../../../lib/format';
import { conferenceTabPath } from '../../../lib/paths';
import { CertificateSummaryChip } from './certificate-summary-card';

const counts = ['eligible', 'issued', 'toIssue', 'revoked'] as const;

/** The conference's title, opening its certificates tab. */
function TitleLink({ row, sx }: { row: CertificateSummaryRow; sx?: SxProps<Theme> }) {
  return (
    <Link component={RouterLink} to={conferenceTabPath(row.conferenceId, 'certificates')} sx={sx}>
      {row.title}
    </Link>
  );
}

/**
 * The held conferences, newest first, one server page at a time, each with its count of
 * certificates; the title opens the conference's certificates tab. On a phone each conference is
 * a card: its title, whether certificates are left to issue, its day, commune and counts.
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
        minWidth: 220,
        // Titles are long and alike: the whole title shows, on as many lines as it takes.
        renderCell: ({ row }) => (
          <TitleLink
            row={row}
            sx={{ display: 'block', py: 1, whiteSpace: 'normal', lineHeight: 1.35 }}
          />
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
        width: field === 'revoked' ? 124 : 100,
        valueFormatter: (value: number) => formatNumber(value),
        // What is left to issue stands out where there is some.
        cellClassName: ({ value }) => (field === 'toIssue' && Number(value) > 0 ? 'to-issue' : ''),
      })),
    ],
    [t, formatNumber],
  );
  const card = useMemo<RowCard<CertificateSummaryRow>>(
    () => ({
      title: (row) => <TitleLink row={row} />,
      status: (row) => <CertificateSummaryChip row={row} />,
      details: (row) => [
        [formatDate(vietnamDay(row.startsAt)), row.communeName ?? row.communeCode].join(' · '),
        t('certificates.overview.card.counts', {
          issued: formatNumber(row.issued),
          eligible: formatNumber(row.eligible),
        }),
        row.revoked > 0 &&
          `${t('certificates.overview.columns.revoked')}: ${formatNumber(row.revoked)}`,
      ],
    }),
    [t, formatNumber],
  );

  return (
    <ServerPagedGrid
      aria-label={t('certificates.overview.gridLabel')}
      columns={columns}
      getRowId={(row) => row.conferenceId}
      card={card}
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
