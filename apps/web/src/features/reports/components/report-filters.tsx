import { useId } from 'react';
import { coverageGroupings, type CoverageGrouping, type CoverageUnits } from '@canhgiac/contracts';
import Box from '@mui/material/Box';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { CampaignSelect } from '../../../components/campaign-select';
import { DateField } from '../../../components/date-field';
import { DatePickersProvider } from '../../../components/date-pickers-provider';
import { useFormerDistrictOptions } from '../../../lib/reference-data';
import type { ReportFilters as Filters } from './use-report-filters';

/** A date field wide enough for dd/mm/yyyy beside its clear and calendar buttons; a line each on a phone. */
const dateBox = { flex: { xs: '1 1 100%', sm: '0 1 210px' }, minWidth: 200 } as const;

interface ReportFiltersProps {
  filters: Filters;
  onChange: (change: Partial<Filters>) => void;
}

/** Campaign, units, grouping, period, and (as held) the former district whose communes to list. */
export function ReportFilters({ filters, onChange }: ReportFiltersProps) {
  const { t } = useTranslation();
  const labelId = useId();
  const unitsLabelId = useId();
  const districts = useFormerDistrictOptions();
  return (
    <DatePickersProvider>
      <Box
        role="group"
        aria-labelledby={labelId}
        sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'flex-start' }}
      >
        <Box id={labelId} sx={{ display: 'none' }}>
          {t('reports.filters.label')}
        </Box>
        <CampaignSelect
          label={t('reports.filters.campaign')}
          emptyLabel={t('reports.filters.allCampaigns')}
          value={filters.campaignId}
          onChange={(campaignId) => onChange({ campaignId })}
          sx={{ flex: '1 1 300px', maxWidth: 420 }}
        />
        <FormControl sx={{ flex: '1 1 100%' }}>
          <FormLabel id={unitsLabelId}>{t('reports.filters.units')}</FormLabel>
          <RadioGroup
            row
            aria-labelledby={unitsLabelId}
            value={filters.units}
            onChange={(event) => onChange({ units: event.target.value as CoverageUnits })}
          >
            <FormControlLabel
              value="current"
              control={<Radio />}
              label={t('reports.filters.unitsCurrent')}
            />
            <FormControlLabel
              value="as-held"
              control={<Radio />}
              label={t('reports.filters.unitsAsHeld')}
            />
          </RadioGroup>
        </FormControl>
        <TextField
          select
          label={t('reports.filters.groupBy')}
          value={filters.groupBy}
          onChange={(event) => onChange({ groupBy: event.target.value as CoverageGrouping })}
          sx={{ flex: { xs: '1 1 100%', sm: '0 1 300px' }, minWidth: 200 }}
        >
          {coverageGroupings
            .filter((grouping) => grouping !== 'district' || filters.units === 'as-held')
            .map((grouping) => (
              <MenuItem key={grouping} value={grouping}>
                {t(`reports.groupings.${grouping}`)}
              </MenuItem>
            ))}
        </TextField>
        {filters.groupBy === 'commune' && filters.units === 'as-held' && (
          <TextField
            select
            label={t('reports.filters.district')}
            value={districts.data ? filters.districtCode : ''}
            onChange={(event) => onChange({ districtCode: event.target.value })}
            sx={{ flex: '0 1 220px', minWidth: 200 }}
          >
            <MenuItem value="">{t('reports.filters.allDistricts')}</MenuItem>
            {(districts.data ?? []).map((district) => (
              <MenuItem key={district.code} value={district.code}>
                {district.name}
              </MenuItem>
            ))}
          </TextField>
        )}
        <Box sx={dateBox}>
          <DateField
            label={t('reports.filters.from')}
            value={filters.from}
            onChange={(from) => onChange({ from: from === 'invalid' ? '' : from })}
          />
        </Box>
        <Box sx={dateBox}>
          <DateField
            label={t('reports.filters.to')}
            value={filters.to}
            onChange={(to) => onChange({ to: to === 'invalid' ? '' : to })}
          />
        </Box>
      </Box>
    </DatePickersProvider>
  );
}
