import {
  revokeCertificateBodySchema,
  type Certificate,
  type RevokeCertificateBody,
} from '@canhgiac/contracts';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ConfirmDialog } from '../../../components/confirm-dialog';
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
  const revoke = useRevokeCertificate();
  const { control, handleSubmit } = useContractForm<
    z.input<typeof revokeCertificateBodySchema>,
    RevokeCertificateBody
  >({ schema: revokeCertificateBodySchema, fields: [], defaultValues: { reason: '' } });
  const submit = handleSubmit((body) =>
    revoke.mutate({ id: certificate.id, body }, { onSuccess: onDone }),
  );
  return (
    <ConfirmDialog
      title={t('certificates.revokeDialog.title')}
      body={t('certificates.revokeDialog.body', { serial: certificate.serial, name: holderName })}
      onClose={onClose}
      onSubmit={submit}
      busy={revoke.isPending}
      keepLabel={t('certificates.revokeDialog.keep')}
      confirmLabel={t('certificates.revokeDialog.confirm')}
    >
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
    </ConfirmDialog>
  );
}
