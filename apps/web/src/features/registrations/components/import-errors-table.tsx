import { useMemo, useState } from 'react';
import DownloadIcon from '@mui/icons-material/Download';
import Button from '@mui/material/Button';
import type { ImportRowError } from '@canhgiac/contracts';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Chip from '@mui/material/Chip';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useTranslation } from 'react-i18next';
import { RowCards, type RowCard } from '../../../components/row-cards';
import { useSmallScreen } from '../../../lib/use-small-screen';
import type { ImportErrors } from '../api/import-registrations';

/** The errors of one row of the file, in the order the server listed them. */
function byRow(errors: ImportRowError[]): Array<[number, ImportRowError[]]> {
  const rows = new Map<number, ImportRowError[]>();
  for (const error of errors) rows.set(error.row, [...(rows.get(error.row) ?? []), error]);
  return [...rows.entries()].sort(([a], [b]) => a - b);
}

function ColumnChip({ column }: { column: string }) {
  return <Chip size="small" color="error" variant="outlined" label={column} />;
}

/**
 * A 422: every row at fault with its columns and the Vietnamese message, grouped by row, so the
 * coordinator can fix the file and choose it again. Nothing was written. On a phone the rows are
 * cards, read without scrolling sideways.
 */
export function ImportErrorsTable({
  errors,
  total,
  annotated,
  onDownloadAnnotated,
}: ImportErrors & { onDownloadAnnotated?: () => Promise<void> }) {
  const { t } = useTranslation();
  const rows = useMemo(() => byRow(errors), [errors]);
  const offered = annotated && onDownloadAnnotated !== undefined;
  const [downloading, setDownloading] = useState(false);
  const [downloadFailed, setDownloadFailed] = useState(false);
  const small = useSmallScreen();
  // On a phone, a card per row of the file: each column at fault with its message, one per line.
  const errorCard = useMemo<RowCard<[number, ImportRowError[]]>>(
    () => ({
      title: ([row]) => t('registrations.import.rowValue', { row }),
      details: ([, rowErrors]) =>
        rowErrors.map((error) => (
          <>
            <ColumnChip column={error.column} /> {error.message}
          </>
        )),
    }),
    [t],
  );
  const download = async () => {
    setDownloading(true);
    setDownloadFailed(false);
    try {
      await onDownloadAnnotated!();
    } catch {
      setDownloadFailed(true);
    } finally {
      setDownloading(false);
    }
  };
  const downloadButton = offered ? (
    <Button
      color="inherit"
      size="small"
      variant={small ? 'outlined' : 'text'}
      startIcon={<DownloadIcon />}
      disabled={downloading}
      onClick={() => void download()}
      sx={small ? { mt: 1 } : undefined}
    >
      {t('registrations.import.downloadAnnotated')}
    </Button>
  ) : undefined;
  return (
    <>
      {/* On a phone the button goes under the hint: beside it, it would be a column of words. */}
      <Alert severity="error" action={small ? undefined : downloadButton}>
        <AlertTitle>{t('registrations.import.errorsTitle', { count: total })}</AlertTitle>
        {offered
          ? t('registrations.import.errorsHintMarked')
          : t('registrations.import.errorsHint')}
        {small && downloadButton && <div>{downloadButton}</div>}
        {downloadFailed && <div>{t('registrations.import.downloadAnnotatedFailed')}</div>}
        {errors.length < total && (
          <div>{t('registrations.import.errorsShown', { shown: errors.length, total })}</div>
        )}
      </Alert>
      {small ? (
        <RowCards
          aria-label={t('registrations.import.errorsTable')}
          rows={rows}
          rowKey={([row]) => row}
          card={errorCard}
          noRowsLabel=""
        />
      ) : (
        <ErrorsByRowTable rows={rows} />
      )}
    </>
  );
}

/** On a wider screen, a table: the row, then each of its columns with the message. */
function ErrorsByRowTable({ rows }: { rows: Array<[number, ImportRowError[]]> }) {
  const { t } = useTranslation();
  return (
    <TableContainer sx={{ maxHeight: 360, border: 1, borderColor: 'divider', borderRadius: 1 }}>
      <Table size="small" stickyHeader aria-label={t('registrations.import.errorsTable')}>
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: 90 }}>{t('registrations.import.row')}</TableCell>
            <TableCell sx={{ width: 160 }}>{t('registrations.import.column')}</TableCell>
            <TableCell>{t('registrations.import.message')}</TableCell>
          </TableRow>
        </TableHead>
        {rows.map(([row, rowErrors]) => (
          <TableBody
            key={row}
            data-row={row}
            sx={{
              '& td, & th': { bgcolor: 'rgba(211, 47, 47, 0.06)' },
              borderTop: 2,
              borderColor: 'divider',
            }}
          >
            {rowErrors.map((error, index) => (
              <TableRow key={`${error.column}-${index}`}>
                {index === 0 && (
                  <TableCell
                    component="th"
                    scope="rowgroup"
                    rowSpan={rowErrors.length}
                    sx={{ fontWeight: 700, verticalAlign: 'top' }}
                  >
                    {t('registrations.import.rowValue', { row })}
                  </TableCell>
                )}
                <TableCell>
                  <ColumnChip column={error.column} />
                </TableCell>
                <TableCell>{error.message}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        ))}
      </Table>
    </TableContainer>
  );
}
