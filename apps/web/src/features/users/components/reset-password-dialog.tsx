import { useMemo } from 'react';
import { passwordSchema, type User } from '@canhgiac/contracts';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormTextField } from '../../../components/form/form-text-field';
import { useContractForm } from '../../../components/form/use-contract-form';
import { FormDialog } from '../../../components/form-dialog';
import { useUpdateUser } from '../api/update-user';

interface ResetPasswordDialogProps {
  user: User;
  onClose: () => void;
  onDone: (user: User) => void;
}

/** "Đặt lại mật khẩu": PATCH {password}; the person is signed out everywhere. */
export function ResetPasswordDialog({ user, onClose, onDone }: ResetPasswordDialogProps) {
  const { t } = useTranslation();
  const update = useUpdateUser();
  const schema = useMemo(
    () =>
      z
        .object({ password: passwordSchema, confirmPassword: z.string() })
        .refine((values) => values.password === values.confirmPassword, {
          path: ['confirmPassword'],
          message: t('account.mismatch'),
        }),
    [t],
  );
  const { control, submit, failure, formState } = useContractForm({
    schema,
    fields: ['password'],
    defaultValues: { password: '', confirmPassword: '' },
  });
  const onSubmit = submit(async ({ password }) =>
    onDone(await update.mutateAsync({ id: user.id, body: { password } })),
  );
  const input = (name: 'password' | 'confirmPassword', label: string) => (
    <FormTextField
      control={control}
      name={name}
      password
      label={label}
      autoComplete="new-password"
      required
      autoFocus={name === 'password'}
    />
  );

  return (
    <FormDialog
      title={t('users.resetPassword.title')}
      intro={t('users.resetPassword.intro', { name: user.fullName, username: user.username })}
      onClose={onClose}
      onSubmit={onSubmit}
      submitting={formState.isSubmitting}
      error={failure}
      submitLabel={t('users.resetPassword.submit')}
      maxWidth="xs"
    >
      {input('password', t('users.resetPassword.password'))}
      {input('confirmPassword', t('users.resetPassword.confirm'))}
    </FormDialog>
  );
}
