import { roles } from '@canhgiac/contracts';
import MenuItem from '@mui/material/MenuItem';
import { useWatch, type Control, type FieldValues, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormTextField } from '../../../components/form/form-text-field';
import { useBoundField } from '../../../components/form/use-bound-field';
import { OrganizationField } from '../../../components/organization-field';

interface RoleFieldsProps<T extends FieldValues, TOut> {
  control: Control<T, unknown, TOut>;
}

/** Role, and the organization a coordinator belongs to (required for coordinators only). */
export function RoleFields<
  T extends FieldValues & { role?: unknown; organizationId?: unknown },
  TOut = T,
>({ control }: RoleFieldsProps<T, TOut>) {
  const { t } = useTranslation();
  const role = useWatch({ control, name: 'role' as Path<T> }) as string | undefined;
  const isCoordinator = role === 'coordinator';
  const organization = useBoundField(control, 'organizationId' as Path<T>);
  return (
    <>
      <FormTextField
        control={control}
        name={'role' as Path<T>}
        select
        label={t('users.form.role')}
        required
      >
        {roles.map((option) => (
          <MenuItem key={option} value={option}>
            {t(`roles.${option}`)}
          </MenuItem>
        ))}
      </FormTextField>
      <OrganizationField
        inputRef={organization.inputRef}
        label={t('users.form.organization')}
        value={organization.value as string | null | undefined}
        onChange={organization.onChange}
        onBlur={organization.onBlur}
        required={isCoordinator}
        error={organization.error}
        helperText={
          organization.errorText ??
          (isCoordinator ? t('users.form.organizationHelp') : t('users.form.organizationOptional'))
        }
      />
    </>
  );
}
