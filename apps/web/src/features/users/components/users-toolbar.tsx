import { roles, type Organization, type Role } from '@canhgiac/contracts';
import Add from '@mui/icons-material/Add';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { SearchField } from '../../../components/search-field';

export interface UserFilters {
  search: string;
  role: Role | '';
  active: 'true' | 'false' | '';
  organizationId: string;
}

interface UsersToolbarProps {
  filters: UserFilters;
  organizations: Organization[];
  onChange: (filters: UserFilters) => void;
  onAdd: () => void;
}

export function UsersToolbar({ filters, organizations, onChange, onAdd }: UsersToolbarProps) {
  const { t } = useTranslation();
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'flex-start', mb: 2 }}>
      <SearchField
        label={t('users.searchLabel')}
        value={filters.search}
        onChange={(search) => onChange({ ...filters, search })}
        width={240}
      />
      <TextField
        select
        label={t('users.roleFilter')}
        value={filters.role}
        onChange={(event) => onChange({ ...filters, role: event.target.value as Role | '' })}
        sx={{ flex: '0 1 200px', minWidth: 170 }}
      >
        <MenuItem value="">{t('users.allRoles')}</MenuItem>
        {roles.map((role) => (
          <MenuItem key={role} value={role}>
            {t(`roles.${role}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        label={t('users.activeFilter')}
        value={filters.active}
        onChange={(event) =>
          onChange({ ...filters, active: event.target.value as UserFilters['active'] })
        }
        sx={{ flex: '0 1 180px', minWidth: 160 }}
      >
        <MenuItem value="">{t('users.allStates')}</MenuItem>
        <MenuItem value="true">{t('users.active')}</MenuItem>
        <MenuItem value="false">{t('users.inactive')}</MenuItem>
      </TextField>
      <TextField
        select
        label={t('users.organizationFilter')}
        value={filters.organizationId}
        onChange={(event) => onChange({ ...filters, organizationId: event.target.value })}
        sx={{ flex: '0 1 260px', minWidth: 200 }}
      >
        <MenuItem value="">{t('users.allOrganizations')}</MenuItem>
        {organizations.map((organization) => (
          <MenuItem key={organization.id} value={organization.id}>
            {organization.name}
          </MenuItem>
        ))}
      </TextField>
      <Button variant="contained" startIcon={<Add />} onClick={onAdd} sx={{ ml: { md: 'auto' } }}>
        {t('users.add')}
      </Button>
    </Box>
  );
}
