import { useState, type Ref } from 'react';
import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { useAllCommunes } from '../../lib/communes';
import { useDistrictOptions } from '../../lib/reference-data';

interface CommunePickerProps {
  communeCode: string;
  onChange: (communeCode: string) => void;
  onBlur?: () => void;
  /** In a filter, "all" is a choice (of the district, or of the province). */
  allowAll?: boolean;
  /** A filter may keep the district alone ("every commune of Hải Hậu"). */
  onDistrictChange?: (districtCode: string) => void;
  required?: boolean;
  disabled?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  error?: boolean;
  helperText?: string;
  size?: 'small' | 'medium';
}

/**
 * "Huyện, thành phố" → "Xã, phường, thị trấn". The district of a chosen commune is known from
 * the commune, so only the commune code is the value.
 */
export function CommunePicker(props: CommunePickerProps) {
  const { communeCode, onChange, allowAll, size } = props;
  const { t } = useTranslation();
  const districts = useDistrictOptions();
  const communes = useAllCommunes();
  const [chosenDistrict, setChosenDistrict] = useState<string | null>(null);
  const parent = communes.data?.find((commune) => commune.code === communeCode)?.parentCode;
  const districtCode = chosenDistrict ?? parent ?? '';
  const list = (communes.data ?? []).filter((commune) => commune.parentCode === districtCode);
  const known = list.some((commune) => commune.code === communeCode);

  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { sm: '1fr 1fr' } }}>
      <TextField
        select
        size={size}
        label={t('personForm.district')}
        value={districts.data ? districtCode : ''}
        onChange={(event) => {
          setChosenDistrict(event.target.value);
          props.onDistrictChange?.(event.target.value);
          onChange('');
        }}
        required={props.required}
        disabled={props.disabled}
      >
        {allowAll && <MenuItem value="">{t('personForm.all')}</MenuItem>}
        {(districts.data ?? []).map((district) => (
          <MenuItem key={district.code} value={district.code}>
            {district.name}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        size={size}
        label={t('personForm.commune')}
        value={known ? communeCode : ''}
        onChange={(event) => onChange(event.target.value)}
        onBlur={props.onBlur}
        inputRef={props.inputRef}
        required={props.required}
        disabled={props.disabled || !districtCode}
        error={props.error}
        helperText={
          props.helperText ??
          (!districtCode && !allowAll ? t('personForm.chooseDistrictFirst') : undefined)
        }
      >
        {allowAll && <MenuItem value="">{t('personForm.all')}</MenuItem>}
        {list.map((commune) => (
          <MenuItem key={commune.code} value={commune.code}>
            {commune.name}
          </MenuItem>
        ))}
      </TextField>
    </Box>
  );
}
