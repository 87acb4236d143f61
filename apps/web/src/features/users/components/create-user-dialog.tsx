import { createUserBodySchema, type User } from '@canhgiac/contracts';
import { useTranslation } from 'react-i18next';
import { FormSwitchField } from '../../../components/form/form-switch-field';
import { FormTextField } from '../../../components/form/form-text-field';
import { useContractForm } from '../../../components/form/use-contract-form';
import { FormDialog } from '../../../components/form-dialog';
import { useCreateUser } from '../api/create-user';
import { RoleFields } from './role-fields';

const fields = ['username', 'fullName', 'role', 'organizationId', 'password', 'active'] as const;

interface CreateUserDialogProps {
  onClose: () => void;
  onCreated: (user: User) => void;
}

/** "Thêm người dùng": the account with its first password, which the admin hands over. */
export function CreateUserDialog({ onClose, onCreated }: CreateUserDialogProps) {
  const { t } = useTranslation();
  const create = useCreateUser();
  const { control, submit, failure, formState } = useContractForm({
    schema: createUserBodySchema,
    fields,
    codeFields: { USERNAME_TAKEN: 'username' },
    defaultValues: { username: '', fullName: '', password: '', organizationId: null, active: true },
  });
  const labels = {
    username: t('users.form.username'),
    fullName: t('users.form.fullName'),
    role: t('users.form.role'),
    organizationId: t('users.form.organization'),
    password: t('users.form.password'),
  };

  return (
    <FormDialog
      title={t('users.form.createTitle')}
      onClose={onClose}
      onSubmit={submit(async (values) => onCreated(await create.mutateAsync(values)))}
      submitting={formState.isSubmitting}
      error={failure}
      fieldLabels={labels}
    >
      <FormTextField
        control={control}
        name="username"
        label={labels.username}
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        required
        autoFocus
        helperText={t('users.form.usernameHelp')}
      />
      <FormTextField control={control} name="fullName" label={labels.fullName} required />
      <RoleFields control={control} />
      <FormTextField
        control={control}
        name="password"
        password
        label={labels.password}
        autoComplete="new-password"
        required
        helperText={t('users.form.passwordHelp')}
      />
      <FormSwitchField
        control={control}
        name="active"
        label={t('users.form.active')}
        defaultChecked
      />
    </FormDialog>
  );
}
