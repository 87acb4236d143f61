import { conferenceStatuses, type ConferenceStatus } from '@canhgiac/contracts';
import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/date-field';
import { SearchField } from '../../../components/search-field';
import { useCampaignOptions } from '../../../lib/campaign-options';
import { CommunePicker } from '../../../components/commune-picker';
import type { ConferenceFilters } from './use-conference-filters';

interface ConferenceFiltersBarProps {
  filters: ConferenceFilters;
  onChange: (change: Partial<ConferenceFilters>) => void;
}

const fieldSx = { flex: '0 1 220px', minWidth: 180 };

/** Campaign, place and status for every view; the lists have a search box, the list a period. */
export function ConferenceFiltersBar({ filters, onChange }: ConferenceFiltersBarProps) {
  const { t } = useTranslation();
  const campaigns = useCampaignOptions();
  const campaignList = campaigns.data ?? [];
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'flex-start' }}>
      <TextField
        select
        label={t('conferences.filters.campaign')}
        value={campaignList.some((c) => c.id === filters.campaignId) ? filters.campaignId : ''}
        onChange={(event) => onChange({ campaignId: event.target.value })}
        sx={{ flex: '0 1 300px', minWidth: 200 }}
      >
        <MenuItem value="">{t('conferences.filters.allCampaigns')}</MenuItem>
        {campaignList.map((campaign) => (
          <MenuItem key={campaign.id} value={campaign.id}>
            {campaign.name}
          </MenuItem>
        ))}
      </TextField>
      <CommunePicker
        allowAll
        label={t('conferenceForm.commune')}
        value={filters.communeCode}
        onChange={(communeCode) => onChange({ districtCode: '', communeCode: communeCode ?? '' })}
        sx={fieldSx}
      />
      <TextField
        select
        label={t('conferences.filters.status')}
        value={filters.status}
        onChange={(event) => onChange({ status: event.target.value as ConferenceStatus | '' })}
        sx={{ flex: '0 1 190px', minWidth: 170 }}
      >
        <MenuItem value="">{t('conferences.filters.allStatuses')}</MenuItem>
        {conferenceStatuses.map((status) => (
          <MenuItem key={status} value={status}>
            {t(`conferences.status.${status}`)}
          </MenuItem>
        ))}
      </TextField>
      {filters.view === 'list' && (
        <>
          <Box sx={{ flex: '0 1 170px', minWidth: 160 }}>
            <DateField
              label={t('conferences.filters.from')}
              value={filters.from}
              onChange={(from) => onChange({ from: from === 'invalid' ? '' : from })}
            />
          </Box>
          <Box sx={{ flex: '0 1 170px', minWidth: 160 }}>
            <DateField
              label={t('conferences.filters.to')}
              value={filters.to}
              onChange={(to) => onChange({ to: to === 'invalid' ? '' : to })}
            />
          </Box>
        </>
      )}
      {filters.view !== 'calendar' && (
        <SearchField
          label={t('conferences.filters.search')}
          value={filters.q}
          onChange={(q) => onChange({ q })}
          width={240}
        />
      )}
    </Box>
  );
}
