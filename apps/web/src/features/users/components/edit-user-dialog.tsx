import { updateUserBodySchema, type User } from '@canhgiac/contracts';
import { useTranslation } from 'react-i18next';
import { FormSwitchField } from '../../../components/form/form-switch-field';
import { FormTextField } from '../../../components/form/form-text-field';
import { useContractForm } from '../../../components/form/use-contract-form';
import { FormDialog } from '../../../components/form-dialog';
import { useUpdateUser } from '../api/update-user';
import { RoleFields } from './role-fields';

const fields = ['fullName', 'role', 'organizationId', 'active'] as const;

interface EditUserDialogProps {
  user: User;
  onClose: () => void;
  onSaved: (user: User) => void;
}

/** Name, role, organization and whether the account may sign in; only changes are sent. */
export function EditUserDialog({ user, onClose, onSaved }: EditUserDialogProps) {
  const { t } = useTranslation();
  const update = useUpdateUser();
  const { control, submit, failure, formState } = useContractForm({
    schema: updateUserBodySchema,
    fields,
    defaultValues: {
      fullName: user.fullName,
      role: user.role,
      organizationId: user.organizationId,
      active: user.active,
    },
  });
  const labels = {
    fullName: t('users.form.fullName'),
    role: t('users.form.role'),
    organizationId: t('users.form.organization'),
  };

  const onSubmit = submit(async (values) => {
    const changed = fields.filter((field) => (values[field] ?? null) !== user[field]);
    if (changed.length === 0) return onClose();
    const body = Object.fromEntries(changed.map((field) => [field, values[field] ?? null]));
    onSaved(await update.mutateAsync({ id: user.id, body }));
  });

  return (
    <FormDialog
      title={t('users.form.editTitle')}
      intro={t('users.form.editingUsername', { username: user.username })}
      onClose={onClose}
      onSubmit={onSubmit}
      submitting={formState.isSubmitting}
      error={failure}
      fieldLabels={labels}
    >
      <FormTextField control={control} name="fullName" label={labels.fullName} required autoFocus />
      <RoleFields control={control} />
      <FormSwitchField control={control} name="active" label={t('users.form.active')} />
    </FormDialog>
  );
}
