import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrganizationOptions } from '../../../lib/reference-data';

interface OrganizationPickerProps {
  value: string | null | undefined;
  onChange: (organizationId: string | null) => void;
  onBlur?: () => void;
  inputRef?: Ref<HTMLInputElement>;
  error?: boolean;
  helperText?: string;
}

/** The receiving organization, searched by name. */
export function OrganizationPicker({
  value,
  onChange,
  onBlur,
  inputRef,
  ...props
}: OrganizationPickerProps) {
  const { t } = useTranslation();
  const organizations = useOrganizationOptions();
  const list = organizations.data ?? [];
  const selected = list.find((organization) => organization.id === value) ?? null;
  return (
    <Autocomplete
      options={list}
      value={selected}
      loading={organizations.isPending}
      loadingText={t('app.loading')}
      noOptionsText={t('common.noOptions')}
      getOptionLabel={(organization) => organization.name}
      isOptionEqualToValue={(option, current) => option.id === current.id}
      onChange={(_event, organization) => onChange(organization?.id ?? null)}
      onBlur={onBlur}
      renderInput={(params) => (
        <TextField
          {...params}
          inputRef={inputRef}
          label={t('leaflets.allocate.organization')}
          required
          error={props.error}
          helperText={props.helperText}
        />
      )}
    />
  );
}
