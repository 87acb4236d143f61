import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommuneOptions, useDistrictOptions } from '../../../lib/reference-data';

interface DistrictCommuneFieldsProps {
  districtCode: string;
  communeCode: string;
  onDistrictChange: (code: string) => void;
  onCommuneChange: (code: string) => void;
  /** In a filter, "all" is a choice; in a form, a commune is required. */
  allowAll?: boolean;
  required?: boolean;
  disabled?: boolean;
  communeRef?: Ref<HTMLInputElement>;
  communeError?: boolean;
  communeHelperText?: string;
  onCommuneBlur?: () => void;
  size?: 'small' | 'medium';
  fieldSx?: object;
}

/** District, then one of its communes ("Huyện, thành phố" → "Xã, phường, thị trấn"). */
export function DistrictCommuneFields(props: DistrictCommuneFieldsProps) {
  const { districtCode, communeCode, onDistrictChange, onCommuneChange, allowAll } = props;
  const { t } = useTranslation();
  const districts = useDistrictOptions();
  const communes = useCommuneOptions(districtCode || null);
  const communeList = districtCode ? (communes.data ?? []) : [];
  return (
    <>
      <TextField
        select
        label={t('conferenceForm.district')}
        value={districts.data ? districtCode : ''}
        onChange={(event) => onDistrictChange(event.target.value)}
        required={props.required}
        disabled={props.disabled}
        sx={props.fieldSx}
      >
        {allowAll && <MenuItem value="">{t('conferences.filters.all')}</MenuItem>}
        {(districts.data ?? []).map((district) => (
          <MenuItem key={district.code} value={district.code}>
            {district.name}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        label={t('conferenceForm.commune')}
        value={communeList.some((commune) => commune.code === communeCode) ? communeCode : ''}
        onChange={(event) => onCommuneChange(event.target.value)}
        onBlur={props.onCommuneBlur}
        inputRef={props.communeRef}
        required={props.required}
        disabled={props.disabled || !districtCode}
        error={props.communeError}
        helperText={
          props.communeHelperText ??
          (!districtCode && !allowAll ? t('conferenceForm.chooseDistrictFirst') : undefined)
        }
        sx={props.fieldSx}
      >
        {allowAll && <MenuItem value="">{t('conferences.filters.all')}</MenuItem>}
        {communeList.map((commune) => (
          <MenuItem key={commune.code} value={commune.code}>
            {commune.name}
          </MenuItem>
        ))}
      </TextField>
    </>
  );
}
