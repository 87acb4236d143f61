import { useState } from 'react';
import { createUserBodySchema, type CreateUserBody, type User } from '@canhgiac/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { FormDialog } from '../../../components/form-dialog';
import { PasswordField } from '../../../components/password-field';
import { useFieldErrorText } from '../../../components/use-field-error-text';
import { ApiError } from '../../../lib/api-errors';
import { describeError } from '../../../lib/describe-error';
import { applyServerFieldErrors } from '../../../lib/server-form-errors';
import { useCreateUser } from '../api/create-user';
import { RoleFields } from './role-fields';

type FormValues = z.input<typeof createUserBodySchema>;
const fields = ['username', 'fullName', 'role', 'organizationId', 'password', 'active'] as const;

interface CreateUserDialogProps {
  onClose: () => void;
  onCreated: (user: User) => void;
}

/** "Thêm người dùng": the account with its first password, which the admin hands over. */
export function CreateUserDialog({ onClose, onCreated }: CreateUserDialogProps) {
  const { t } = useTranslation();
  const errorText = useFieldErrorText();
  const create = useCreateUser();
  const [failure, setFailure] = useState<unknown>(null);
  const { control, handleSubmit, setError, formState } = useForm<
    FormValues,
    unknown,
    CreateUserBody
  >({
    resolver: zodResolver(createUserBodySchema),
    defaultValues: { username: '', fullName: '', password: '', organizationId: null, active: true },
  });
  const labels = {
    username: t('users.form.username'),
    fullName: t('users.form.fullName'),
    role: t('users.form.role'),
    organizationId: t('users.form.organization'),
    password: t('users.form.password'),
  };

  const onSubmit = handleSubmit(async (values) => {
    setFailure(null);
    try {
      onCreated(await create.mutateAsync(values));
    } catch (error) {
      if (error instanceof ApiError && error.code === 'USERNAME_TAKEN') {
        const message = describeError(error, t).message;
        setError('username', { type: 'server', message }, { shouldFocus: true });
      } else if (!applyServerFieldErrors(error, setError, fields)) {
        setFailure(error);
      }
    }
  });

  return (
    <FormDialog
      title={t('users.form.createTitle')}
      onClose={onClose}
      onSubmit={onSubmit}
      submitting={formState.isSubmitting}
      error={failure}
      fieldLabels={labels}
    >
      <Controller
        control={control}
        name="username"
        render={({ field: { ref, ...field }, fieldState }) => (
          <TextField
            {...field}
            inputRef={ref}
            label={labels.username}
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            required
            autoFocus
            error={fieldState.invalid}
            helperText={errorText(fieldState.error) ?? t('users.form.usernameHelp')}
          />
        )}
      />
      <Controller
        control={control}
        name="fullName"
        render={({ field: { ref, ...field }, fieldState }) => (
          <TextField
            {...field}
            inputRef={ref}
            label={labels.fullName}
            required
            error={fieldState.invalid}
            helperText={errorText(fieldState.error)}
          />
        )}
      />
      <RoleFields control={control} />
      <Controller
        control={control}
        name="password"
        render={({ field: { ref, ...field }, fieldState }) => (
          <PasswordField
            {...field}
            inputRef={ref}
            label={labels.password}
            autoComplete="new-password"
            required
            error={fieldState.invalid}
            helperText={errorText(fieldState.error) ?? t('users.form.passwordHelp')}
          />
        )}
      />
      <Controller
        control={control}
        name="active"
        render={({ field: { ref: _ref, value, onChange, ...field } }) => (
          <FormControlLabel
            label={t('users.form.active')}
            control={
              <Switch
                {...field}
                checked={value ?? true}
                onChange={(event) => onChange(event.target.checked)}
              />
            }
          />
        )}
      />
    </FormDialog>
  );
}
