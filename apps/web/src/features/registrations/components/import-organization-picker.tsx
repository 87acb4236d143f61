import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { useOrganizationOptions } from '../../../lib/reference-data';

interface ImportOrganizationPickerProps {
  value: string | null;
  onChange: (organizationId: string) => void;
  /** The API asked for it: the file names no organization for its rows. */
  required: boolean;
  disabled: boolean;
}

/**
 * The department's choice of the organization a list's people belong to, for the rows that name
 * none (a coordinator's rows are always their own organization's, so they never see it).
 */
export function ImportOrganizationPicker({
  value,
  onChange,
  required,
  disabled,
}: ImportOrganizationPickerProps) {
  const { t } = useTranslation();
  const organizations = useOrganizationOptions();
  return (
    <TextField
      select
      label={t('registrations.import.organization')}
      value={value ?? ''}
      onChange={(event) => onChange(event.target.value)}
      required={required}
      error={required && !value}
      helperText={
        required && !value
          ? t('registrations.import.organizationRequired')
          : t('registrations.import.organizationHint')
      }
      disabled={disabled}
      fullWidth
    >
      {(organizations.data ?? []).map((organization) => (
        <MenuItem key={organization.id} value={organization.id}>
          {organization.name}
        </MenuItem>
      ))}
    </TextField>
  );
}
