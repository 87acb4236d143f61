import { auditActions, auditEntities, type AuditAction, type User } from '@canhgiac/contracts';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/date-field';
import { useAuditLabels } from './audit-labels';

export interface AuditFilters {
  entity: string;
  action: AuditAction | '';
  userId: string;
  /** YYYY-MM-DD, '' or 'invalid' while typing. */
  from: string;
  to: string;
}

export const noAuditFilters: AuditFilters = {
  entity: '',
  action: '',
  userId: '',
  from: '',
  to: '',
};

interface AuditFiltersBarProps {
  filters: AuditFilters;
  users: User[];
  onChange: (filters: AuditFilters) => void;
}

/** What, which action, who, and between which days (Vietnamese days, dd/MM/yyyy). */
export function AuditFiltersBar({ filters, users, onChange }: AuditFiltersBarProps) {
  const { t } = useTranslation();
  const { entityLabel, actionLabel } = useAuditLabels();
  const set = (change: Partial<AuditFilters>) => onChange({ ...filters, ...change });
  const active = Object.values(filters).some((value) => value !== '');
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'flex-start', mb: 2 }}>
      <TextField
        select
        label={t('audit.filters.entity')}
        value={filters.entity}
        onChange={(event) => set({ entity: event.target.value })}
        sx={{ flex: '0 1 200px', minWidth: 170 }}
      >
        <MenuItem value="">{t('audit.filters.allEntities')}</MenuItem>
        {auditEntities.map((entity) => (
          <MenuItem key={entity} value={entity}>
            {entityLabel(entity)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        label={t('audit.filters.action')}
        value={filters.action}
        onChange={(event) => set({ action: event.target.value as AuditAction | '' })}
        sx={{ flex: '0 1 210px', minWidth: 180 }}
      >
        <MenuItem value="">{t('audit.filters.allActions')}</MenuItem>
        {auditActions.map((action) => (
          <MenuItem key={action} value={action}>
            {actionLabel(action)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        label={t('audit.filters.user')}
        value={filters.userId}
        onChange={(event) => set({ userId: event.target.value })}
        sx={{ flex: '0 1 240px', minWidth: 200 }}
      >
        <MenuItem value="">{t('audit.filters.allUsers')}</MenuItem>
        {users.map((user) => (
          <MenuItem key={user.id} value={user.id}>
            {user.fullName} ({user.username})
          </MenuItem>
        ))}
      </TextField>
      <Box sx={{ flex: '0 1 180px', minWidth: 170 }}>
        <DateField
          label={t('audit.filters.from')}
          value={filters.from}
          onChange={(from) => set({ from })}
          error={filters.from === 'invalid'}
        />
      </Box>
      <Box sx={{ flex: '0 1 180px', minWidth: 170 }}>
        <DateField
          label={t('audit.filters.to')}
          value={filters.to}
          onChange={(to) => set({ to })}
          error={filters.to === 'invalid'}
        />
      </Box>
      {active && (
        <Button onClick={() => onChange(noAuditFilters)} sx={{ alignSelf: 'center' }}>
          {t('audit.filters.clear')}
        </Button>
      )}
    </Box>
  );
}
