import type { LeafletPlaceSummary } from '@canhgiac/contracts';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useTranslation } from 'react-i18next';
import { useNumberFormat } from '../../../lib/format';

const columns = ['allocations', 'allocated', 'delivered'] as const;

/** The summary's figures per commune of today, with the totals row. */
export function LeafletSummaryTable({ summary }: { summary: LeafletPlaceSummary }) {
  const { t } = useTranslation();
  const formatNumber = useNumberFormat();
  const totals = {
    allocations: summary.rows.reduce((sum, row) => sum + row.allocations, 0),
    allocated: summary.totals.allocated,
    delivered: summary.totals.delivered,
  };
  return (
    <TableContainer>
      <Table size="small" aria-label={t('leaflets.summary.tableLabel')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('leaflets.summary.columns.place')}</TableCell>
            {columns.map((column) => (
              <TableCell key={column} align="right">
                {t(`leaflets.summary.columns.${column}`)}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {summary.rows.map((row) => (
            <TableRow key={row.placeCode ?? 'none'}>
              <TableCell component="th" scope="row">
                {row.placeName}
              </TableCell>
              {columns.map((column) => (
                <TableCell key={column} align="right">
                  {formatNumber(row[column])}
                </TableCell>
              ))}
            </TableRow>
          ))}
          <TableRow sx={{ '& > *': { fontWeight: 700 } }}>
            <TableCell component="th" scope="row">
              {t('leaflets.summary.totals')}
            </TableCell>
            {columns.map((column) => (
              <TableCell key={column} align="right">
                {formatNumber(totals[column])}
              </TableCell>
            ))}
          </TableRow>
        </TableBody>
      </Table>
    </TableContainer>
  );
}
