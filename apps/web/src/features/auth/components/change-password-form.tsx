import { useId, useMemo, useState } from 'react';
import { changePasswordBodySchema, type ChangePasswordBody } from '@canhgiac/contracts';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { FormTextField } from '../../../components/form/form-text-field';
import { useContractForm } from '../../../components/form/use-contract-form';
import { useChangePassword } from '../api/change-password';

const fields = ['currentPassword', 'newPassword'] as const;

/** The contract's body plus "nhập lại mật khẩu mới", which never leaves the browser. */
function useFormSchema() {
  const { t } = useTranslation();
  return useMemo(
    () =>
      changePasswordBodySchema
        .extend({ confirmPassword: z.string() })
        .refine((values) => values.newPassword === values.confirmPassword, {
          path: ['confirmPassword'],
          message: t('account.mismatch'),
        }),
    [t],
  );
}

type FormValues = ChangePasswordBody & { confirmPassword: string };
const emptyForm: FormValues = { currentPassword: '', newPassword: '', confirmPassword: '' };

/** Changes the signed-in user's password; the session goes on with the new token. */
export function ChangePasswordForm() {
  const { t } = useTranslation();
  const headingId = useId();
  const schema = useFormSchema();
  const changePassword = useChangePassword();
  const [done, setDone] = useState(false);
  const { control, submit, failure, reset, formState } = useContractForm<FormValues>({
    schema,
    fields,
    defaultValues: emptyForm,
  });

  const onSubmit = submit(async ({ currentPassword, newPassword }) => {
    setDone(false);
    await changePassword.mutateAsync({ currentPassword, newPassword });
    reset(emptyForm);
    setDone(true);
  });

  const passwordInput = (name: keyof FormValues, label: string, autoComplete: string) => (
    <FormTextField
      control={control}
      name={name}
      password
      label={label}
      autoComplete={autoComplete}
      required
      fullWidth
    />
  );

  return (
    <Paper component="section" aria-labelledby={headingId} sx={{ p: { xs: 2, md: 3 } }}>
      <Typography id={headingId} variant="h2" sx={{ mb: 1 }}>
        {t('account.passwordTitle')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t('account.passwordHint')}
      </Typography>
      <Stack
        component="form"
        noValidate
        spacing={2.5}
        sx={{ maxWidth: 420 }}
        onSubmit={(event) => void onSubmit(event)}
      >
        {done && <Alert severity="success">{t('account.changed')}</Alert>}
        {failure !== null && <ApiErrorAlert error={failure} />}
        {passwordInput('currentPassword', t('account.currentPassword'), 'current-password')}
        {passwordInput('newPassword', t('account.newPassword'), 'new-password')}
        {passwordInput('confirmPassword', t('account.confirmPassword'), 'new-password')}
        <div>
          <Button type="submit" variant="contained" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? t('common.saving') : t('account.submit')}
          </Button>
        </div>
      </Stack>
    </Paper>
  );
}
