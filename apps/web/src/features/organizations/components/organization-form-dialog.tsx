import { useState } from 'react';
import {
  createOrganizationBodySchema,
  organizationKinds,
  updateOrganizationBodySchema,
  type AdminUnit,
  type CreateOrganizationBody,
  type Organization,
  type UpdateOrganizationBody,
} from '@canhgiac/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { Controller, useForm, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { FormDialog } from '../../../components/form-dialog';
import { useFieldErrorText } from '../../../components/use-field-error-text';
import { ApiError } from '../../../lib/api-errors';
import { describeError } from '../../../lib/describe-error';
import { applyServerFieldErrors } from '../../../lib/server-form-errors';
import { useCreateOrganization } from '../api/create-organization';
import { useUpdateOrganization } from '../api/update-organization';

type FormValues = z.input<typeof createOrganizationBodySchema>;
const fields = ['name', 'kind', 'districtCode'] as const;

interface OrganizationFormDialogProps {
  /** The organization to edit; `null` to create one. */
  organization: Organization | null;
  districts: AdminUnit[];
  onClose: () => void;
  onSaved: (organization: Organization, created: boolean) => void;
}

/** Both schemas accept the full form; the update one yields a partial body (only changed fields are sent). */
function resolverFor(editing: boolean): Resolver<FormValues, unknown, UpdateOrganizationBody> {
  return (editing
    ? zodResolver(updateOrganizationBodySchema)
    : zodResolver(createOrganizationBodySchema)) as unknown as Resolver<
    FormValues,
    unknown,
    UpdateOrganizationBody
  >;
}

export function OrganizationFormDialog(props: OrganizationFormDialogProps) {
  const { organization, districts, onClose, onSaved } = props;
  const { t } = useTranslation();
  const errorText = useFieldErrorText();
  const editing = organization !== null;
  const create = useCreateOrganization();
  const update = useUpdateOrganization();
  const [submitError, setSubmitError] = useState<unknown>(null);
  const { control, handleSubmit, setError, formState } = useForm<
    FormValues,
    unknown,
    UpdateOrganizationBody
  >({
    resolver: resolverFor(editing),
    defaultValues: organization
      ? {
          name: organization.name,
          kind: organization.kind,
          districtCode: organization.districtCode,
        }
      : { name: '', districtCode: null },
  });
  const labels = {
    name: t('organizations.form.name'),
    kind: t('organizations.form.kind'),
    districtCode: t('organizations.form.district'),
  };

  const onSubmit = handleSubmit(async (values) => {
    setSubmitError(null);
    try {
      if (!organization) {
        const created = await create.mutateAsync(values as CreateOrganizationBody);
        onSaved(created, true);
        return;
      }
      const changed = fields.filter((field) => (values[field] ?? null) !== organization[field]);
      if (changed.length === 0) return onClose();
      const body = Object.fromEntries(changed.map((field) => [field, values[field]]));
      onSaved(await update.mutateAsync({ id: organization.id, body }), false);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'ORGANIZATION_NAME_TAKEN') {
        const message = describeError(error, t).message;
        setError('name', { type: 'server', message }, { shouldFocus: true });
      } else if (!applyServerFieldErrors(error, setError, fields)) {
        setSubmitError(error);
      }
    }
  });

  return (
    <FormDialog
      title={editing ? t('organizations.form.editTitle') : t('organizations.form.createTitle')}
      onClose={onClose}
      onSubmit={onSubmit}
      submitting={formState.isSubmitting}
      error={submitError}
      fieldLabels={labels}
    >
      <Controller
        control={control}
        name="name"
        render={({ field: { ref, ...field }, fieldState }) => (
          <TextField
            {...field}
            inputRef={ref}
            label={labels.name}
            required
            autoFocus
            error={fieldState.invalid}
            helperText={errorText(fieldState.error) ?? t('organizations.form.nameHelp')}
          />
        )}
      />
      <Controller
        control={control}
        name="kind"
        render={({ field: { ref, value, ...field }, fieldState }) => (
          <TextField
            {...field}
            select
            inputRef={ref}
            value={value ?? ''}
            label={labels.kind}
            required
            error={fieldState.invalid}
            helperText={errorText(fieldState.error)}
          >
            {organizationKinds.map((kind) => (
              <MenuItem key={kind} value={kind}>
                {t(`organizations.kinds.${kind}`)}
              </MenuItem>
            ))}
          </TextField>
        )}
      />
      <Controller
        control={control}
        name="districtCode"
        render={({ field: { ref, value, onChange, ...field }, fieldState }) => (
          <TextField
            {...field}
            select
            inputRef={ref}
            value={value ?? ''}
            onChange={(event) => onChange(event.target.value || null)}
            label={labels.districtCode}
            error={fieldState.invalid}
            helperText={errorText(fieldState.error)}
          >
            <MenuItem value="">{t('organizations.form.noDistrict')}</MenuItem>
            {districts.map((district) => (
              <MenuItem key={district.code} value={district.code}>
                {district.name}
              </MenuItem>
            ))}
          </TextField>
        )}
      />
    </FormDialog>
  );
}
