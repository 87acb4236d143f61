import { useId } from 'react';
import {
  revokeCertificateBodySchema,
  type Certificate,
  type RevokeCertificateBody,
} from '@canhgiac/contracts';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { FormTextField } from '../../../components/form/form-text-field';
import { useContractForm } from '../../../components/form/use-contract-form';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useRevokeCertificate } from '../api/revoke-certificate';

interface RevokeCertificateDialogProps {
  certificate: Certificate;
  holderName: string;
  onClose: () => void;
  onDone: (certificate: Certificate) => void;
}

/** Revokes a certificate, with the reason (required) that the verification page will show. */
export function RevokeCertificateDialog(props: RevokeCertificateDialogProps) {
  const { certificate, holderName, onClose, onDone } = props;
  const { t } = useTranslation();
  const titleId = useId();
  const revoke = useRevokeCertificate();
  const { control, handleSubmit } = useContractForm<
    z.input<typeof revokeCertificateBodySchema>,
    RevokeCertificateBody
  >({ schema: revokeCertificateBodySchema, fields: [], defaultValues: { reason: '' } });
  const submit = handleSubmit((body) =>
    revoke.mutate({ id: certificate.id, body }, { onSuccess: onDone }),
  );
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} maxWidth="sm" fullWidth>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <DialogTitle id={titleId}>{t('certificates.revokeDialog.title')}</DialogTitle>
        <DialogContent sx={{ display: 'grid', gap: 2 }}>
          <DialogContentText>
            {t('certificates.revokeDialog.body', { serial: certificate.serial, name: holderName })}
          </DialogContentText>
          {revoke.isError && <ApiErrorAlert error={revoke.error} />}
          <FormTextField
            control={control}
            name="reason"
            label={t('certificates.revokeDialog.reason')}
            required
            multiline
            minRows={2}
            autoFocus
          />
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={onClose}>{t('certificates.revokeDialog.keep')}</Button>
          <Button type="submit" variant="contained" color="error" disabled={revoke.isPending}>
            {t('certificates.revokeDialog.confirm')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
