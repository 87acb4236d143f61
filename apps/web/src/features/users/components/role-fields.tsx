import { roles } from '@canhgiac/contracts';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { Controller, type Control, type FieldValues, type Path, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useFieldErrorText } from '../../../components/use-field-error-text';
import { OrganizationField } from '../../../components/organization-field';

interface RoleFieldsProps<T extends FieldValues> {
  control: Control<T>;
}

/** Role, and the organization a coordinator belongs to (required for coordinators only). */
export function RoleFields<T extends FieldValues & { role?: unknown; organizationId?: unknown }>({
  control,
}: RoleFieldsProps<T>) {
  const { t } = useTranslation();
  const errorText = useFieldErrorText();
  const role = useWatch({ control, name: 'role' as Path<T> }) as string | undefined;
  const isCoordinator = role === 'coordinator';
  return (
    <>
      <Controller
        control={control}
        name={'role' as Path<T>}
        render={({ field: { ref, value, ...field }, fieldState }) => (
          <TextField
            {...field}
            select
            inputRef={ref}
            value={value ?? ''}
            label={t('users.form.role')}
            required
            error={fieldState.invalid}
            helperText={errorText(fieldState.error)}
          >
            {roles.map((option) => (
              <MenuItem key={option} value={option}>
                {t(`roles.${option}`)}
              </MenuItem>
            ))}
          </TextField>
        )}
      />
      <Controller
        control={control}
        name={'organizationId' as Path<T>}
        render={({ field: { ref, value, onChange, onBlur }, fieldState }) => (
          <OrganizationField
            inputRef={ref}
            label={t('users.form.organization')}
            value={value as string | null | undefined}
            onChange={onChange}
            onBlur={onBlur}
            required={isCoordinator}
            error={fieldState.invalid}
            helperText={
              errorText(fieldState.error) ??
              (isCoordinator
                ? t('users.form.organizationHelp')
                : t('users.form.organizationOptional'))
            }
          />
        )}
      />
    </>
  );
}
