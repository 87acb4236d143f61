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
import type { Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import {
  FormCommunePicker,
  FormOrganizationField,
} from '../../../components/form/form-reference-fields';
import { FormTextField } from '../../../components/form/form-text-field';
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
      <FormOrganizationField
        control={control}
        name="parentId"
        label={labels.parentId}
        exceptId={organization?.id}
        helperText={t('organizations.form.parentHelp')}
      />
      <FormCommunePicker
        control={control}
        name="communeCode"
        label={labels.communeCode}
        allowAll
        helperText={t('organizations.form.communeHelp')}
      />
    </FormDialog>
  );
}
