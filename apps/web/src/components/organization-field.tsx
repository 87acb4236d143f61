import type { Ref } from 'react';
import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { useOrganizationOptions } from '../lib/reference-data';

export interface OrganizationFieldProps {
  label: string;
  value: string | null | undefined;
  onChange: (organizationId: string | null) => void;
  onBlur?: () => void;
  inputRef?: Ref<HTMLInputElement>;
  required?: boolean;
  disabled?: boolean;
  error?: boolean;
  helperText?: string;
  size?: 'small' | 'medium';
  /** An organization left out of the choices (itself, when choosing its parent). */
  exceptId?: string;
}

/** One organization, searched by name (a province has dozens to hundreds of them). */
export function OrganizationField(props: OrganizationFieldProps) {
  const { label, value, onChange, onBlur, inputRef, required, disabled, size } = props;
  const { t } = useTranslation();
  const organizations = useOrganizationOptions();
  const list = (organizations.data ?? []).filter(
    (organization) => organization.id !== props.exceptId,
  );
  const selected = list.find((organization) => organization.id === value) ?? null;
  return (
    <Autocomplete
      options={list}
      value={selected}
      size={size}
      disabled={disabled}
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
          label={label}
          required={required}
          error={props.error}
          helperText={props.helperText}
        />
      )}
    />
  );
}
