import { organizationKinds, type OrganizationKind } from '@canhgiac/contracts';
import Add from '@mui/icons-material/Add';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { SearchField } from '../../../components/search-field';
import { useOrganizationOptions } from '../../../lib/reference-data';

export interface OrganizationFilters {
  search: string;
  kind: OrganizationKind | '';
  /** An association: itself and its branches. */
  within: string;
}

interface OrganizationsToolbarProps {
  filters: OrganizationFilters;
  onChange: (filters: OrganizationFilters) => void;
  /** Absent for roles that only read. */
  onAdd?: () => void;
}

export function OrganizationsToolbar({ filters, onChange, onAdd }: OrganizationsToolbarProps) {
  const { t } = useTranslation();
  const options = useOrganizationOptions();
  // Associations that have branches.
  const parents = (options.data ?? []).filter((organization) =>
    (options.data ?? []).some((branch) => branch.parentId === organization.id),
  );
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'flex-start', mb: 2 }}>
      <SearchField
        label={t('organizations.searchLabel')}
        value={filters.search}
        onChange={(search) => onChange({ ...filters, search })}
        width={260}
      />
      <TextField
        select
        label={t('organizations.kindFilterLabel')}
        value={filters.kind}
        onChange={(event) =>
          onChange({ ...filters, kind: event.target.value as OrganizationKind | '' })
        }
        sx={{ flex: '0 1 240px', minWidth: 200 }}
      >
        <MenuItem value="">{t('organizations.allKinds')}</MenuItem>
        {organizationKinds.map((kind) => (
          <MenuItem key={kind} value={kind}>
            {t(`organizations.kinds.${kind}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        label={t('organizations.withinFilterLabel')}
        value={options.data ? filters.within : ''}
        onChange={(event) => onChange({ ...filters, within: event.target.value })}
        sx={{ flex: '0 1 300px', minWidth: 220 }}
      >
        <MenuItem value="">{t('organizations.allOrganizations')}</MenuItem>
        {parents.map((organization) => (
          <MenuItem key={organization.id} value={organization.id}>
            {organization.name}
          </MenuItem>
        ))}
      </TextField>
      {onAdd && (
        <Button variant="contained" startIcon={<Add />} onClick={onAdd} sx={{ ml: { md: 'auto' } }}>
          {t('organizations.add')}
        </Button>
      )}
    </Box>
  );
}
