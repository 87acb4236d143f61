import { useId, type FormEvent, type ReactNode } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';

interface ConfirmDialogProps {
  title: string;
  /** What the action does, above the fields. */
  body: ReactNode;
  onClose: () => void;
  onSubmit: (event: FormEvent<HTMLFormElement>) => Promise<void> | void;
  /** Disables the confirm button while the request runs. */
  busy: boolean;
  /** The button that closes without acting ("Giữ lại"). */
  keepLabel: string;
  /** The red button that acts. */
  confirmLabel: string;
  /** The failed request's alert and the fields (a reason, say). */
  children: ReactNode;
}

/** A destructive action confirmed in a small form: title, what it does, the fields, then keep or act. */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { title, body, onClose, onSubmit, busy, keepLabel, confirmLabel, children } = props;
  const titleId = useId();
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <DialogTitle id={titleId}>{title}</DialogTitle>
        <DialogContent sx={{ display: 'grid', gap: 2 }}>
          <DialogContentText>{body}</DialogContentText>
          {children}
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={onClose}>{keepLabel}</Button>
          <Button type="submit" variant="contained" color="error" disabled={busy}>
            {confirmLabel}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
