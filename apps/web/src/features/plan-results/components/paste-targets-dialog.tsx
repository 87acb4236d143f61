import { useId, useMemo, useState } from 'react';
import { foldText } from '@canhgiac/contracts';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { CommuneOption } from '../../../components/commune-picker';

export interface PastedTarget {
  communeCode: string | null;
  organizationId: string | null;
  conferences: number | null;
  participants: number | null;
  leaflets: number | null;
}

interface Named {
  id: string;
  name: string;
}

/** A count typed in Excel ("1.200", "1 200", "") → 1200 or null; anything else is an error. */
function count(text: string | undefined): number | null | 'bad' {
  const digits = (text ?? '').replace(/[.\s\u00a0]/gu, '');
  if (digits === '') return null;
  return /^\d+$/u.test(digits) ? Number(digits) : 'bad';
}

/**
 * Reads rows copied from Excel (tab-separated; a header row is skipped): commune (code or name),
 * organization (name), then the three targets. Answers the rows read and the lines refused.
 */
export function readPastedTargets(
  text: string,
  communes: CommuneOption[],
  organizations: Named[],
): { rows: PastedTarget[]; refused: number[] } {
  const byCode = new Map(communes.map((c) => [c.code, c.code]));
  // "Xã Hải Hưng", "xa hai hung" and "Hải Hưng" all name the same commune.
  const bare = (name: string) => foldText(name).replace(/^(xa|phuong|thi tran|dac khu)\s+/u, '');
  const byName = new Map(communes.map((c) => [bare(c.label), c.code]));
  const organizationByName = new Map(organizations.map((o) => [foldText(o.name), o.id]));
  const rows: PastedTarget[] = [];
  const refused: number[] = [];
  text.split(/\r?\n/u).forEach((line, index) => {
    if (!line.trim()) return;
    const cells = line.split('\t').map((cell) => cell.trim());
    const [commune = '', organization = ''] = cells;
    const communeCode = commune ? (byCode.get(commune) ?? byName.get(bare(commune))) : null;
    const organizationId = organization ? organizationByName.get(foldText(organization)) : null;
    const counts = cells.slice(2, 5).map(count);
    if (index === 0 && counts.includes('bad') && communeCode === undefined) return; // a header
    if (
      communeCode === undefined ||
      organizationId === undefined ||
      (!communeCode && !organizationId) ||
      counts.includes('bad')
    ) {
      refused.push(index + 1);
      return;
    }
    const [conferences = null, participants = null, leaflets = null] = counts as Array<
      number | null
    >;
    rows.push({ communeCode, organizationId, conferences, participants, leaflets });
  });
  return { rows, refused };
}

interface PasteTargetsDialogProps {
  communes: CommuneOption[];
  organizations: Named[];
  onPaste: (rows: PastedTarget[]) => void;
  onClose: () => void;
}

/** "Dán từ Excel": paste the plan's table, see what will be added, then add it to the grid. */
export function PasteTargetsDialog({
  communes,
  organizations,
  onPaste,
  onClose,
}: PasteTargetsDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const [text, setText] = useState('');
  const read = useMemo(
    () => readPastedTargets(text, communes, organizations),
    [text, communes, organizations],
  );
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="md">
      <DialogTitle id={titleId}>{t('planResults.targets.pasteTitle')}</DialogTitle>
      <DialogContent sx={{ display: 'grid', gap: 2 }}>
        <Typography>{t('planResults.targets.pasteHelp')}</Typography>
        <TextField
          label={t('planResults.targets.pasteLabel')}
          value={text}
          onChange={(event) => setText(event.target.value)}
          multiline
          minRows={8}
          autoFocus
          slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: 'monospace' } } }}
        />
        <Typography role="status">
          {text.trim() ? t('planResults.targets.pasteRead', { count: read.rows.length }) : ''}
        </Typography>
        {read.refused.length > 0 && (
          <Alert severity="warning">
            {t('planResults.targets.pasteRefused', { lines: read.refused.join(', ') })}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button
          variant="contained"
          disabled={read.rows.length === 0}
          onClick={() => onPaste(read.rows)}
        >
          {t('planResults.targets.pasteAdd', { count: read.rows.length })}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
