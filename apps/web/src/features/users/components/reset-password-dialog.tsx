import { useId, useMemo, useState } from 'react';
import { passwordSchema, type User } from '@canhgiac/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { PasswordField } from '../../../components/password-field';
import { useFieldErrorText } from '../../../components/use-field-error-text';
import { applyServerFieldErrors } from '../../../lib/server-form-errors';
import { useUpdateUser } from '../api/update-user';

interface FormValues {
  password: string;
  confirmPassword: string;
}

interface ResetPasswordDialogProps {
  user: User;
  onClose: () => void;
  onDone: (user: User) => void;
}

/** "Đặt lại mật khẩu": PATCH {password}; the person is signed out everywhere. */
export function ResetPasswordDialog({ user, onClose, onDone }: ResetPasswordDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const errorText = useFieldErrorText();
  const update = useUpdateUser();
  const [failure, setFailure] = useState<unknown>(null);
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
  const { control, handleSubmit, setError, formState } = useForm<FormValues>({
    resolver: zodResolver(schema),
    defaultValues: { password: '', confirmPassword: '' },
  });

  const onSubmit = handleSubmit(async ({ password }) => {
    setFailure(null);
    try {
      onDone(await update.mutateAsync({ id: user.id, body: { password } }));
    } catch (error) {
      if (!applyServerFieldErrors(error, setError, ['password'])) setFailure(error);
    }
  });

  const input = (name: keyof FormValues, label: string) => (
    <Controller
      control={control}
      name={name}
      render={({ field: { ref, ...field }, fieldState }) => (
        <PasswordField
          {...field}
          inputRef={ref}
          label={label}
          autoComplete="new-password"
          required
          autoFocus={name === 'password'}
          error={fieldState.invalid}
          helperText={errorText(fieldState.error)}
        />
      )}
    />
  );

  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="xs">
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <DialogTitle id={titleId}>{t('users.resetPassword.title')}</DialogTitle>
        <DialogContent sx={{ display: 'grid', gap: 2.5 }}>
          <DialogContentText>
            {t('users.resetPassword.intro', { name: user.fullName, username: user.username })}
          </DialogContentText>
          {failure !== null && <ApiErrorAlert error={failure} />}
          {input('password', t('users.resetPassword.password'))}
          {input('confirmPassword', t('users.resetPassword.confirm'))}
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? t('common.saving') : t('users.resetPassword.submit')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
