import { useId, useState } from 'react';
import { updateUserBodySchema, type UpdateUserBody, type User } from '@canhgiac/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useFieldErrorText } from '../../../components/use-field-error-text';
import { applyServerFieldErrors } from '../../../lib/server-form-errors';
import { useUpdateUser } from '../api/update-user';
import { RoleFields } from './role-fields';

type FormValues = z.input<typeof updateUserBodySchema>;
const fields = ['fullName', 'role', 'organizationId', 'active'] as const;

interface EditUserDialogProps {
  user: User;
  onClose: () => void;
  onSaved: (user: User) => void;
}

/** Name, role, organization and whether the account may sign in; only changes are sent. */
export function EditUserDialog({ user, onClose, onSaved }: EditUserDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const errorText = useFieldErrorText();
  const update = useUpdateUser();
  const [failure, setFailure] = useState<unknown>(null);
  const { control, handleSubmit, setError, formState } = useForm<
    FormValues,
    unknown,
    UpdateUserBody
  >({
    resolver: zodResolver(updateUserBodySchema),
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

  const onSubmit = handleSubmit(async (values) => {
    setFailure(null);
    const changed = fields.filter((field) => (values[field] ?? null) !== user[field]);
    if (changed.length === 0) return onClose();
    const body = Object.fromEntries(changed.map((field) => [field, values[field] ?? null]));
    try {
      onSaved(await update.mutateAsync({ id: user.id, body }));
    } catch (error) {
      if (!applyServerFieldErrors(error, setError, fields)) setFailure(error);
    }
  });

  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <DialogTitle id={titleId}>{t('users.form.editTitle')}</DialogTitle>
        <DialogContent sx={{ display: 'grid', gap: 2.5, pt: '8px !important' }}>
          <DialogContentText>
            {t('users.form.editingUsername', { username: user.username })}
          </DialogContentText>
          {failure !== null && <ApiErrorAlert error={failure} fieldLabels={labels} />}
          <Controller
            control={control}
            name="fullName"
            render={({ field: { ref, ...field }, fieldState }) => (
              <TextField
                {...field}
                inputRef={ref}
                label={labels.fullName}
                required
                autoFocus
                error={fieldState.invalid}
                helperText={errorText(fieldState.error)}
              />
            )}
          />
          <RoleFields control={control} />
          <Controller
            control={control}
            name="active"
            render={({ field: { ref: _ref, value, onChange, ...field } }) => (
              <FormControlLabel
                label={t('users.form.active')}
                control={
                  <Switch
                    {...field}
                    checked={value ?? false}
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
