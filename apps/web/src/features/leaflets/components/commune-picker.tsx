import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommuneOptions, useDistrictOptions } from '../../../lib/reference-data';

interface CommunePickerProps {
  districtCode: string;
  onDistrictChange: (code: string) => void;
  communeCode: string | null | undefined;
  onCommuneChange: (code: string | null) => void;
  onBlur?: () => void;
  inputRef?: Ref<HTMLInputElement>;
  error?: boolean;
  helperText?: string;
}

/** The receiving commune: a district, then one of its communes. */
export function CommunePicker(props: CommunePickerProps) {
  const { districtCode, onDistrictChange, communeCode, onCommuneChange } = props;
  const { t } = useTranslation();
  const districts = useDistrictOptions();
  const communes = useCommuneOptions(districtCode || null);
  const communeList = districtCode ? (communes.data ?? []) : [];
  const known = communeList.some((commune) => commune.code === communeCode);
  return (
    <>
      <TextField
        select
        label={t('leaflets.allocate.district')}
        value={districts.data ? districtCode : ''}
        onChange={(event) => onDistrictChange(event.target.value)}
        required
      >
        {(districts.data ?? []).map((district) => (
          <MenuItem key={district.code} value={district.code}>
            {district.name}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        label={t('leaflets.allocate.commune')}
        value={known ? communeCode : ''}
        onChange={(event) => onCommuneChange(event.target.value || null)}
        onBlur={props.onBlur}
        inputRef={props.inputRef}
        required
        disabled={!districtCode}
        error={props.error}
        helperText={
          props.helperText ??
          (districtCode ? undefined : t('leaflets.allocate.chooseDistrictFirst'))
        }
      >
        {communeList.map((commune) => (
          <MenuItem key={commune.code} value={commune.code}>
            {commune.name}
          </MenuItem>
        ))}
      </TextField>
    </>
  );
}
