import type { Organization } from '@canhgiac/contracts';
import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';

interface OrganizationPickerProps {
  label: string;
  value: string | null | undefined;
  organizations: Organization[];
  loading: boolean;
  onChange: (organizationId: string | null) => void;
  onBlur?: () => void;
  inputRef?: Ref<HTMLInputElement>;
  required?: boolean;
  error?: boolean;
  helperText?: string;
}

/** One organization, searched by name (a province has dozens to hundreds of them). */
export function OrganizationPicker(props: OrganizationPickerProps) {
  const { label, value, organizations, loading, onChange, onBlur, inputRef } = props;
  const { t } = useTranslation();
  const selected = organizations.find((organization) => organization.id === value) ?? null;
  return (
    <Autocomplete
      options={organizations}
      value={selected}
      loading={loading}
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
          label={label}
          required={props.required}
          error={props.error}
          helperText={props.helperText}
        />
      )}
    />
  );
}
