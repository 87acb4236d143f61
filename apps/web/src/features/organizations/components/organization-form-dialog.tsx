import {
  createOrganizationBodySchema,
  organizationKinds,
  updateOrganizationBodySchema,
  type CreateOrganizationBody,
  type Organization,
  type UpdateOrganizationBody,
} from '@canhgiac/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import MenuItem from '@mui/material/MenuItem';
import { Controller, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { CommunePicker } from '../../../components/commune-picker';
import { FormTextField } from '../../../components/form/form-text-field';
import { OrganizationField } from '../../../components/organization-field';
import { useFieldErrorText } from '../../../components/use-field-error-text';
import { useContractForm } from '../../../components/form/use-contract-form';
import { FormDialog } from '../../../components/form-dialog';
import { useCreateOrganization } from '../api/create-organization';
import { useUpdateOrganization } from '../api/update-organization';

type FormValues = z.input<typeof createOrganizationBodySchema>;
const fields = ['name', 'kind', 'parentId', 'communeCode'] as const;

interface OrganizationFormDialogProps {
  /** The organization to edit; `null` to create one. */
  organization: Organization | null;
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
  const { organization, onClose, onSaved } = props;
  const { t } = useTranslation();
  const errorText = useFieldErrorText();
  const editing = organization !== null;
  const create = useCreateOrganization();
  const update = useUpdateOrganization();
  const { control, submit, failure, formState } = useContractForm({
    resolver: resolverFor(editing),
    fields,
    codeFields: { ORGANIZATION_NAME_TAKEN: 'name' },
    defaultValues: organization
      ? {
          name: organization.name,
          kind: organization.kind,
          parentId: organization.parentId,
          communeCode: organization.communeCode,
        }
      : { name: '', parentId: null, communeCode: null },
  });
  const labels = {
    name: t('organizations.form.name'),
    kind: t('organizations.form.kind'),
    parentId: t('organizations.form.parent'),
    communeCode: t('organizations.form.commune'),
  };

  const onSubmit = submit(async (values) => {
    if (!organization) {
      const created = await create.mutateAsync(values as CreateOrganizationBody);
      onSaved(created, true);
      return;
    }
    const changed = fields.filter((field) => (values[field] ?? null) !== organization[field]);
    if (changed.length === 0) return onClose();
    const body = Object.fromEntries(changed.map((field) => [field, values[field]]));
    onSaved(await update.mutateAsync({ id: organization.id, body }), false);
  });

  return (
    <FormDialog
      title={editing ? t('organizations.form.editTitle') : t('organizations.form.createTitle')}
      onClose={onClose}
      onSubmit={onSubmit}
      submitting={formState.isSubmitting}
      error={failure}
      fieldLabels={labels}
    >
      <FormTextField
        control={control}
        name="name"
        label={labels.name}
        required
        autoFocus
        helperText={t('organizations.form.nameHelp')}
      />
      <FormTextField control={control} name="kind" select label={labels.kind} required>
        {organizationKinds.map((kind) => (
          <MenuItem key={kind} value={kind}>
            {t(`organizations.kinds.${kind}`)}
          </MenuItem>
        ))}
      </FormTextField>
      <Controller
        control={control}
        name="parentId"
        render={({ field: { ref, value, onChange, onBlur }, fieldState }) => (
          <OrganizationField
            label={labels.parentId}
            value={value}
            onChange={onChange}
            onBlur={onBlur}
            inputRef={ref}
            exceptId={organization?.id}
            error={fieldState.invalid}
            helperText={errorText(fieldState.error, 'select') ?? t('organizations.form.parentHelp')}
          />
        )}
      />
      <Controller
        control={control}
        name="communeCode"
        render={({ field: { ref, value, onChange, onBlur }, fieldState }) => (
          <CommunePicker
            label={labels.communeCode}
            value={value}
            onChange={onChange}
            onBlur={onBlur}
            inputRef={ref}
            allowAll
            error={fieldState.invalid}
            helperText={
              errorText(fieldState.error, 'select') ?? t('organizations.form.communeHelp')
            }
          />
        )}
      />
    </FormDialog>
  );
}
