import {
  allocationStatuses,
  recipientKinds,
  type AllocationStatus,
  type RecipientKind,
} from '@canhgiac/contracts';
import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { CommunePicker } from '../../../components/commune-picker';

export interface AllocationFilterValues {
  recipientKind: RecipientKind | '';
  /** Today's commune the leaflets went to. */
  placeCode: string;
  status: AllocationStatus | '';
}

interface AllocationFiltersProps {
  filters: AllocationFilterValues;
  onChange: (change: Partial<AllocationFilterValues>) => void;
}

const fieldSx = { flex: '0 1 230px', minWidth: 190 };
/** Filters show their "all" choice rather than an empty box. */
const showAll = { select: { displayEmpty: true }, inputLabel: { shrink: true } };

/** Recipient kind, today's commune and status of the allocations listed. */
export function AllocationFilters({ filters, onChange }: AllocationFiltersProps) {
  const { t } = useTranslation();
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, mb: 2 }}>
      <TextField
        select
        label={t('leaflets.allocations.filters.recipientKind')}
        value={filters.recipientKind}
        onChange={(event) => onChange({ recipientKind: event.target.value as RecipientKind | '' })}
        sx={fieldSx}
        slotProps={showAll}
      >
        <MenuItem value="">{t('leaflets.allocations.filters.allKinds')}</MenuItem>
        {recipientKinds.map((kind) => (
          <MenuItem key={kind} value={kind}>
            {t(`leaflets.recipientKinds.${kind}`)}
          </MenuItem>
        ))}
      </TextField>
      <CommunePicker
        label={t('leaflets.allocations.filters.place')}
        value={filters.placeCode}
        onChange={(code) => onChange({ placeCode: code ?? '' })}
        allowAll
        sx={fieldSx}
      />
      <TextField
        select
        label={t('leaflets.allocations.filters.status')}
        value={filters.status}
        onChange={(event) => onChange({ status: event.target.value as AllocationStatus | '' })}
        sx={fieldSx}
        slotProps={showAll}
      >
        <MenuItem value="">{t('leaflets.allocations.filters.allStatuses')}</MenuItem>
        {allocationStatuses.map((status) => (
          <MenuItem key={status} value={status}>
            {t(`leaflets.statuses.${status}`)}
          </MenuItem>
        ))}
      </TextField>
    </Box>
  );
}
