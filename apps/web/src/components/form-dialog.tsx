import { useId, type FormEvent, type ReactNode } from 'react';
import Button from '@mui/material/Button';
import Dialog, { type DialogProps } from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from './api-error-alert';

interface FormDialogProps {
  /** Open unless told: a form dialog is usually mounted only while it is shown. */
  open?: boolean;
  title: string;
  /** A sentence above the fields (and above a failed save), e.g. whose account is edited. */
  intro?: ReactNode;
  onClose: () => void;
  /** The form's submit handler, typically react-hook-form's `handleSubmit(…)`. */
  onSubmit: (event: FormEvent<HTMLFormElement>) => Promise<void> | void;
  /** While true the submit button is disabled and reads "Đang lưu…". */
  submitting: boolean;
  /** The failed save to show above the fields; `null` for none. */
  error: unknown;
  /** Names the fields a failed save's details mention ("name" → "Tên tổ chức"). */
  fieldLabels?: Record<string, string>;
  /** How to show a failed save, when more than the standard alert (a known conflict, say). */
  renderError?: (error: unknown) => ReactNode;
  /** The submit button's text; "Lưu" unless told. */
  submitLabel?: string;
  /** `error` for a destructive action. */
  submitColor?: 'primary' | 'error';
  /** Disables the submit button while something the form needs is missing. */
  submitDisabled?: boolean;
  /** The cancel button's text; "Hủy" unless told. */
  cancelLabel?: string;
  maxWidth?: DialogProps['maxWidth'];
  children: ReactNode;
}

/** A create or edit form in a dialog: title, a failed save, the fields, then Hủy and Lưu. */
export function FormDialog(props: FormDialogProps) {
  const { open = true, title, intro, onClose, onSubmit, submitting, error, fieldLabels } = props;
  const {
    renderError,
    submitLabel,
    submitColor,
    submitDisabled,
    cancelLabel,
    maxWidth = 'sm',
    children,
  } = props;
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth={maxWidth}>
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <DialogTitle id={titleId}>{title}</DialogTitle>
        <DialogContent sx={{ display: 'grid', gap: 2.5, pt: '8px !important' }}>
          {intro && <DialogContentText>{intro}</DialogContentText>}
          {error !== null &&
            (renderError ? (
              renderError(error)
            ) : (
              <ApiErrorAlert error={error} fieldLabels={fieldLabels} />
            ))}
          {children}
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={onClose}>{cancelLabel ?? t('common.cancel')}</Button>
          <Button
            type="submit"
            variant="contained"
            color={submitColor}
            disabled={submitting || submitDisabled}
          >
            {submitting ? t('common.saving') : (submitLabel ?? t('common.save'))}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
