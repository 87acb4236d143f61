import { useState, type FormEvent } from 'react';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { ConfirmDialog } from '../../../components/confirm-dialog';

interface EarlyCheckInDialogProps {
  /** The conference's day, dd/MM/yyyy. */
  day: string;
  onClose: () => void;
  /** Sends the check-in with the reason; resolves the error, or null when it went through. */
  onConfirm: (reason: string) => Promise<unknown>;
}

/**
 * Staff confirm a check-in before the conference's day and say why; the reason goes to the
 * audit log with the check-in.
 */
export function EarlyCheckInDialog({ day, onClose, onConfirm }: EarlyCheckInDialogProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (reason.trim() === '') {
      setMissing(true);
      return;
    }
    setBusy(true);
    setFailure(null);
    const error = await onConfirm(reason.trim());
    setBusy(false);
    if (error !== null) setFailure(error);
  };

  return (
    <ConfirmDialog
      title={t('checkIn.earlyTitle')}
      body={t('checkIn.earlyBody', { day })}
      onClose={onClose}
      onSubmit={submit}
      busy={busy}
      keepLabel={t('checkIn.earlyKeep')}
      confirmLabel={t('checkIn.earlyConfirm')}
    >
      {failure !== null && <ApiErrorAlert error={failure} />}
      <TextField
        label={t('checkIn.earlyReason')}
        value={reason}
        onChange={(event) => {
          setReason(event.target.value);
          setMissing(false);
        }}
        required
        multiline
        minRows={2}
        autoFocus
        error={missing}
        helperText={missing ? t('checkIn.earlyReasonRequired') : undefined}
        slotProps={{ htmlInput: { maxLength: 500 } }}
      />
    </ConfirmDialog>
  );
}
