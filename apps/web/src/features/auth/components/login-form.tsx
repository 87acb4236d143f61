import { type FormEvent, useRef, useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { PasswordField } from '../../../components/password-field';
import { bootLoginValues } from '../../../lib/boot-login';
import { startSession } from '../../../lib/session';

type Field = 'username' | 'password';
const requiredText = {
  username: 'login.usernameRequired',
  password: 'login.passwordRequired',
} as const;

/** The request and its error texts: the api client and the contracts, loaded on demand. */
export const loadLoginRequest = () => import('../api/login');

interface Failure {
  error: unknown;
  /** Wrong credentials or a lock-out, in words; null for the general error alert. */
  known: string | null;
}

/**
 * Username and password; a successful login starts the session (the route then moves on).
 * The form is part of the app's first load, without zod or the api client: the only checks
 * before sending are that both fields are filled in, and the server does the rest.
 */
export function LoginForm() {
  const { t } = useTranslation();
  // What was typed in index.html's form before this one took its place, and where the cursor was.
  const [typed] = useState(bootLoginValues);
  const [values, setValues] = useState<Record<Field, string>>(() => ({
    username: typed?.username ?? '',
    password: typed?.password ?? '',
  }));
  const [checked, setChecked] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const usernameInput = useRef<HTMLInputElement>(null);
  const passwordInput = useRef<HTMLInputElement>(null);
  const missing = (field: Field) => checked && values[field].trim() === '';
  const change = (field: Field) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    const empty = (['username', 'password'] as const).find((field) => values[field].trim() === '');
    if (empty) {
      (empty === 'username' ? usernameInput : passwordInput).current?.focus();
      return;
    }
    setSubmitting(true);
    setFailure(null);
    let request: Awaited<ReturnType<typeof loadLoginRequest>> | undefined;
    try {
      request = await loadLoginRequest();
      startSession(await request.login(values));
    } catch (error) {
      setFailure({ error, known: request?.loginFailureText(error, t) ?? null });
      setSubmitting(false);
    }
  };

  return (
    <Stack component="form" noValidate spacing={2.5} onSubmit={(event) => void onSubmit(event)}>
      {failure?.known && <Alert severity="error">{failure.known}</Alert>}
      {failure && !failure.known && <ApiErrorAlert error={failure.error} />}
      <TextField
        name="username"
        value={values.username}
        onChange={change('username')}
        inputRef={usernameInput}
        error={missing('username')}
        helperText={missing('username') ? t(requiredText.username) : undefined}
        required
        fullWidth
        size="medium"
        label={t('login.username')}
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        autoFocus={typed?.focused !== 'password'}
      />
      <PasswordField
        name="password"
        value={values.password}
        onChange={change('password')}
        inputRef={passwordInput}
        error={missing('password')}
        helperText={missing('password') ? t(requiredText.password) : undefined}
        required
        fullWidth
        size="medium"
        label={t('login.password')}
        autoComplete="current-password"
        autoFocus={typed?.focused === 'password'}
      />
      <Button type="submit" variant="contained" size="large" disabled={submitting}>
        {submitting ? t('login.submitting') : t('login.submit')}
      </Button>
    </Stack>
  );
}
