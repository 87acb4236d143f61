import { useState } from 'react';
import { loginBodySchema, type LoginBody } from '@canhgiac/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { PasswordField } from '../../../components/password-field';
import { useFieldErrorText } from '../../../components/use-field-error-text';
import { toLanguage } from '../../../i18n/languages';
import { ApiError } from '../../../lib/api-errors';
import { useLogin } from '../api/login';

type FormValues = z.input<typeof loginBodySchema>;

/** Wrong credentials and a temporary lock-out are answered in words, next to the form. */
function useLoginErrorText() {
  const { t, i18n } = useTranslation();
  return (error: unknown): string | null => {
    if (!(error instanceof ApiError)) return null;
    if (error.statusCode === 401) return t('errors.codes.INVALID_CREDENTIALS');
    if (error.code === 'LOGIN_LOCKED') {
      if (toLanguage(i18n.resolvedLanguage) === 'vi' && error.message) return error.message;
      const retryAfter = Number(error.body.retryAfter);
      const minutes = Number.isFinite(retryAfter) ? Math.max(1, Math.ceil(retryAfter / 60)) : 15;
      return t('login.locked', { minutes });
    }
    return null;
  };
}

/** Username and password; a successful login starts the session (the route then moves on). */
export function LoginForm() {
  const { t } = useTranslation();
  const errorText = useFieldErrorText();
  const loginErrorText = useLoginErrorText();
  const login = useLogin();
  const [failure, setFailure] = useState<unknown>(null);
  const { control, handleSubmit, formState } = useForm<FormValues, unknown, LoginBody>({
    resolver: zodResolver(loginBodySchema),
    defaultValues: { username: '', password: '' },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFailure(null);
    try {
      await login.mutateAsync(values);
    } catch (error) {
      setFailure(error);
    }
  });
  const known = failure === null ? null : loginErrorText(failure);

  return (
    <Stack component="form" noValidate spacing={2.5} onSubmit={(event) => void onSubmit(event)}>
      {known !== null && <Alert severity="error">{known}</Alert>}
      {failure !== null && known === null && <ApiErrorAlert error={failure} />}
      <Controller
        control={control}
        name="username"
        render={({ field: { ref, ...field }, fieldState }) => (
          <TextField
            {...field}
            inputRef={ref}
            label={t('login.username')}
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            autoFocus
            required
            fullWidth
            size="medium"
            error={fieldState.invalid}
            helperText={errorText(fieldState.error)}
          />
        )}
      />
      <Controller
        control={control}
        name="password"
        render={({ field: { ref, ...field }, fieldState }) => (
          <PasswordField
            {...field}
            inputRef={ref}
            label={t('login.password')}
            autoComplete="current-password"
            required
            fullWidth
            size="medium"
            error={fieldState.invalid}
            helperText={errorText(fieldState.error)}
          />
        )}
      />
      <Button type="submit" variant="contained" size="large" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? t('login.submitting') : t('login.submit')}
      </Button>
    </Stack>
  );
}
