import { useId } from 'react';
import { importColumns, type ImportField, type ImportHeader } from '@canhgiac/contracts';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import MenuItem from '@mui/material/MenuItem';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { type ColumnNumbers, columnLetter, isComplete } from '../utils/column-choice';

interface ImportColumnMappingProps {
  header: ImportHeader;
  /** What the importer said of the header (missing columns, how a CSV was read). */
  problems: string[];
  value: ColumnNumbers;
  onChange: (columns: ColumnNumbers) => void;
  /** The choice was filled in from the last file with the same header. */
  remembered: boolean;
  disabled: boolean;
  onApply: () => void;
}

/**
 * A header the importer does not recognize: for each field of the import, a select of the file's
 * columns, and the first rows of the file under its own header, each column marked with the field
 * it was chosen for.
 */
export function ImportColumnMapping({
  header,
  problems,
  value,
  onChange,
  remembered,
  disabled,
  onApply,
}: ImportColumnMappingProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const fieldName = (field: ImportField) => t(`registrations.import.mapping.fields.${field}`);
  const fieldOf = new Map(Object.entries(value).map(([field, n]) => [n, field as ImportField]));
  const columnName = (n: number) =>
    t('registrations.import.mapping.option', {
      letter: columnLetter(n),
      header: header.cells[n - 1]?.trim() || t('registrations.import.mapping.noHeader'),
    });
  const choose = (field: ImportField, n: number | undefined) => {
    const next = { ...value };
    if (n === undefined) delete next[field];
    else next[field] = n;
    onChange(next);
  };
  const width = Math.max(header.cells.length, ...header.sample.map((row) => row.length));
  const numbers = Array.from({ length: width }, (_, i) => i + 1);

  return (
    <Box component="section" aria-labelledby={titleId} sx={{ display: 'grid', gap: 2 }}>
      <Typography id={titleId} variant="h6" component="h3">
        {t('registrations.import.mapping.title')}
      </Typography>
      <Alert severity="info">
        {t('registrations.import.mapping.hint', { row: header.row })}
        {problems.length > 0 && (
          <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        )}
        {remembered && <div>{t('registrations.import.mapping.remembered')}</div>}
      </Alert>
      <Box
        role="group"
        aria-label={t('registrations.import.mapping.fieldsLabel')}
        sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' } }}
      >
        {importColumns.map((column) => {
          const chosen = value[column.field];
          const takenBy = Object.entries(value).find(
            ([field, n]) => field !== column.field && n === chosen,
          )?.[0] as ImportField | undefined;
          return (
            <TextField
              key={column.field}
              select
              size="small"
              label={fieldName(column.field)}
              required={column.required}
              value={chosen ?? ''}
              disabled={disabled}
              // An optional field left out shows "(Không có)".
              slotProps={
                column.required
                  ? undefined
                  : { select: { displayEmpty: true }, inputLabel: { shrink: true } }
              }
              error={(column.required && chosen === undefined) || takenBy !== undefined}
              helperText={
                takenBy
                  ? t('registrations.import.mapping.taken', { field: fieldName(takenBy) })
                  : column.required
                    ? t('registrations.import.mapping.required')
                    : t('registrations.import.mapping.optional')
              }
              onChange={(event) =>
                choose(
                  column.field,
                  event.target.value === '' ? undefined : Number(event.target.value),
                )
              }
            >
              {!column.required && (
                <MenuItem value="">
                  <em>{t('registrations.import.mapping.none')}</em>
                </MenuItem>
              )}
              {numbers.map((n) => (
                <MenuItem key={n} value={n}>
                  {columnName(n)}
                </MenuItem>
              ))}
            </TextField>
          );
        })}
      </Box>
      <TableContainer sx={{ border: 1, borderColor: 'divider', borderRadius: 1, maxHeight: 320 }}>
        <Table size="small" stickyHeader aria-label={t('registrations.import.mapping.preview')}>
          <TableHead>
            <TableRow>
              {numbers.map((n) => {
                const field = fieldOf.get(n);
                return (
                  <TableCell key={n} sx={{ verticalAlign: 'top', minWidth: 120 }}>
                    <Typography variant="caption" color="text.secondary" component="div">
                      {columnLetter(n)}
                    </Typography>
                    <div>{header.cells[n - 1] ?? ''}</div>
                    {field && (
                      <Chip
                        size="small"
                        color="primary"
                        sx={{ mt: 0.5 }}
                        label={fieldName(field)}
                      />
                    )}
                  </TableCell>
                );
              })}
            </TableRow>
          </TableHead>
          <TableBody>
            {header.sample.map((row, index) => (
              <TableRow key={index}>
                {numbers.map((n) => (
                  <TableCell key={n} sx={fieldOf.has(n) ? undefined : { color: 'text.disabled' }}>
                    {row[n - 1] ?? ''}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      {header.sample.length === 0 && (
        <Typography color="text.secondary">
          {t('registrations.import.mapping.previewEmpty')}
        </Typography>
      )}
      <div>
        <Button variant="outlined" onClick={onApply} disabled={disabled || !isComplete(value)}>
          {t('registrations.import.mapping.apply')}
        </Button>
      </div>
    </Box>
  );
}
