import { loginBodySchema, type LoginBody } from '@canhgiac/contracts';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { FormTextField } from '../../../components/form/form-text-field';
import { useContractForm } from '../../../components/form/use-contract-form';
import { ApiError } from '../../../lib/api-errors';
import { useLogin } from '../api/login';
import { errorExtra } from '../../../lib/error-extra';

type FormValues = z.input<typeof loginBodySchema>;

/** Wrong credentials and a temporary lock-out are answered in words, next to the form. */
function useLoginErrorText() {
  const { t } = useTranslation();
  return (error: unknown): string | null => {
    if (!(error instanceof ApiError)) return null;
    if (error.statusCode === 401) return t('errors.codes.INVALID_CREDENTIALS');
    const locked = errorExtra(error, 'LOGIN_LOCKED');
    if (locked)
      return t('login.locked', { minutes: Math.max(1, Math.ceil(locked.retryAfter / 60)) });
    return null;
  };
}

/** Username and password; a successful login starts the session (the route then moves on). */
export function LoginForm() {
  const { t } = useTranslation();
  const loginErrorText = useLoginErrorText();
  const login = useLogin();
  const { control, submit, failure, formState } = useContractForm<FormValues, LoginBody>({
    schema: loginBodySchema,
    fields: [],
    defaultValues: { username: '', password: '' },
  });
  const onSubmit = submit((values) => login.mutateAsync(values));
  const known = failure === null ? null : loginErrorText(failure);

  return (
    <Stack component="form" noValidate spacing={2.5} onSubmit={(event) => void onSubmit(event)}>
      {known !== null && <Alert severity="error">{known}</Alert>}
      {failure !== null && known === null && <ApiErrorAlert error={failure} />}
      <FormTextField
        control={control}
        name="username"
        label={t('login.username')}
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        autoFocus
        required
        fullWidth
        size="medium"
      />
      <FormTextField
        control={control}
        name="password"
        password
        label={t('login.password')}
        autoComplete="current-password"
        required
        fullWidth
        size="medium"
      />
      <Button type="submit" variant="contained" size="large" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? t('login.submitting') : t('login.submit')}
      </Button>
    </Stack>
  );
}
