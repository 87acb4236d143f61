import { useMemo, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { StoredRegistration } from './offline-db';
import { parseRowNumbers } from './roster-store';

interface PaperSheetEntryProps {
  registrations: StoredRegistration[];
  /** Checks the rows in; resolves how many were new. */
  onCheckIn: (registrationIds: string[]) => Promise<number>;
}

/**
 * A roll-call sheet signed on paper, entered fast in the sheet's order: type the numbers of the
 * signed rows ("1-25, 27 30"), or tick them in a list that reads like the sheet.
 */
export function PaperSheetEntry({ registrations, onCheckIn }: PaperSheetEntryProps) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'numbers' | 'list'>('numbers');
  const [text, setText] = useState('');
  const [ticked, setTicked] = useState<Set<string>>(new Set());
  const [done, setDone] = useState<number | null>(null);
  const rows = useMemo(() => registrations.filter((r) => r.row !== null), [registrations]);
  const byRow = useMemo(() => new Map(rows.map((r) => [r.row as number, r])), [rows]);
  const parsed = useMemo(() => parseRowNumbers(text, rows.length), [text, rows.length]);
  const typed = parsed.rows.map((row) => byRow.get(row)).filter((r) => r !== undefined);
  const toCheckIn = (mode === 'numbers' ? typed : rows.filter((r) => ticked.has(r.id))).filter(
    (r) => r.checkedInAt === null,
  );

  const submit = async () => {
    const added = await onCheckIn(toCheckIn.map((r) => r.id));
    setDone(added);
    setText('');
    setTicked(new Set());
  };

  return (
    <Box sx={{ display: 'grid', gap: 1.5 }}>
      <Tabs
        value={mode}
        onChange={(_event, value: 'numbers' | 'list') => setMode(value)}
        variant="fullWidth"
      >
        <Tab value="numbers" label={t('offline.paperNumbers')} />
        <Tab value="list" label={t('offline.paperList')} />
      </Tabs>
      {done !== null && (
        <Alert severity="success" onClose={() => setDone(null)}>
          {t('offline.paperDone', { count: done })}
        </Alert>
      )}
      {mode === 'numbers' ? (
        <>
          <TextField
            label={t('offline.paperNumbersLabel')}
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setDone(null);
            }}
            autoComplete="off"
            error={parsed.invalid.length > 0}
            helperText={
              parsed.invalid.length > 0
                ? t('offline.paperInvalid', { parts: parsed.invalid.join(', '), last: rows.length })
                : t('offline.paperNumbersHelp', { last: rows.length })
            }
            slotProps={{ htmlInput: { inputMode: 'numeric', style: { fontSize: '1.2rem' } } }}
          />
          {typed.length > 0 && (
            <Typography color="text.secondary" aria-live="polite">
              {typed
                .slice(0, 6)
                .map((r) => `${r.row}. ${r.fullName}`)
                .join('; ')}
              {typed.length > 6 ? ` … (${typed.length})` : ''}
            </Typography>
          )}
        </>
      ) : (
        <Box
          component="ul"
          aria-label={t('offline.paperList')}
          sx={{ listStyle: 'none', m: 0, p: 0, maxHeight: 420, overflowY: 'auto' }}
        >
          {rows.map((r) => (
            <li key={r.id}>
              <FormControlLabel
                sx={{ minHeight: 44, width: '100%', m: 0 }}
                control={
                  <Checkbox
                    checked={r.checkedInAt !== null || ticked.has(r.id)}
                    disabled={r.checkedInAt !== null}
                    onChange={(event) => {
                      const next = new Set(ticked);
                      if (event.target.checked) next.add(r.id);
                      else next.delete(r.id);
                      setTicked(next);
                      setDone(null);
                    }}
                  />
                }
                label={`${r.row}. ${r.fullName}${r.birthYear ? ` (${r.birthYear})` : ''}`}
              />
            </li>
          ))}
        </Box>
      )}
      <Button
        variant="contained"
        size="large"
        disabled={toCheckIn.length === 0}
        onClick={() => void submit()}
        sx={{ minHeight: 56, fontSize: '1.1rem' }}
      >
        {t('offline.paperSubmit', { count: toCheckIn.length })}
      </Button>
    </Box>
  );
}
