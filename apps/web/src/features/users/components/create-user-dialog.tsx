import { useId, useState } from 'react';
import { createUserBodySchema, type CreateUserBody, type User } from '@canhgiac/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ApiErrorAlert } from '../../../components/api-error-alert';
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
  const titleId = useId();
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
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <DialogTitle id={titleId}>{t('users.form.createTitle')}</DialogTitle>
        <DialogContent sx={{ display: 'grid', gap: 2.5, pt: '8px !important' }}>
          {failure !== null && <ApiErrorAlert error={failure} fieldLabels={labels} />}
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
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? t('common.saving') : t('common.save')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
