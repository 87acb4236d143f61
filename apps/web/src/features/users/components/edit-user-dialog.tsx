import { useState } from 'react';
import { updateUserBodySchema, type UpdateUserBody, type User } from '@canhgiac/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { FormDialog } from '../../../components/form-dialog';
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
    <FormDialog
      title={t('users.form.editTitle')}
      intro={t('users.form.editingUsername', { username: user.username })}
      onClose={onClose}
      onSubmit={onSubmit}
      submitting={formState.isSubmitting}
      error={failure}
      fieldLabels={labels}
    >
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
    </FormDialog>
  );
}
