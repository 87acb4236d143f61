import {
  changeConferenceStatusBodySchema,
  type ChangeConferenceStatusBody,
} from '@canhgiac/contracts';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { FormTextField } from '../../../components/form/form-text-field';
import { useContractForm } from '../../../components/form/use-contract-form';

type FormValues = z.input<typeof changeConferenceStatusBodySchema>;

interface CancelConferenceDialogProps {
  title: string;
  busy: boolean;
  onClose: () => void;
  onConfirm: (body: ChangeConferenceStatusBody) => void;
}

/** "Hủy hội nghị" needs a reason ("Lý do hủy"), kept for the reports. */
export function CancelConferenceDialog({
  title,
  busy,
  onClose,
  onConfirm,
}: CancelConferenceDialogProps) {
  const { t } = useTranslation();
  const { control, handleSubmit } = useContractForm<FormValues, ChangeConferenceStatusBody>({
    schema: changeConferenceStatusBodySchema,
    fields: [],
    defaultValues: { status: 'cancelled', reason: '' },
  });
  return (
    <ConfirmDialog
      title={t('conference.cancelDialog.title')}
      body={t('conference.cancelDialog.body', { title })}
      onClose={onClose}
      onSubmit={handleSubmit(onConfirm)}
      busy={busy}
      keepLabel={t('conference.cancelDialog.keep')}
      confirmLabel={t('conference.cancelDialog.confirm')}
    >
      <FormTextField
        control={control}
        name="reason"
        label={t('conference.cancelDialog.reason')}
        required
        autoFocus
        multiline
        minRows={2}
      />
    </ConfirmDialog>
  );
}
