import type { Ref } from 'react';
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { todayInVietnam } from '../../lib/date-time';
import { filterCommuneOptions, useCommuneOptionsOn } from './commune-options';

export interface CommunePickerProps {
  /** The commune code; '' or null when none is chosen ("all" in a filter). */
  value: string | null | undefined;
  onChange: (communeCode: string | null) => void;
  /** The day the commune must be valid on (YYYY-MM-DD): a conference's date, or today. */
  on?: string;
  label?: string;
  onBlur?: () => void;
  inputRef?: Ref<HTMLInputElement>;
  required?: boolean;
  disabled?: boolean;
  error?: boolean;
  helperText?: string;
  /** In a filter, an empty choice means every commune. */
  allowAll?: boolean;
  size?: 'small' | 'medium';
  sx?: object;
}

/**
 * One commune of the province, searched by name with or without accents. Since 1/7/2025 there is
 * no district step; before it, each commune carries its district in its label.
 */
export function CommunePicker(props: CommunePickerProps) {
  const { value, onChange, size, allowAll } = props;
  const { t } = useTranslation();
  const on = props.on || todayInVietnam();
  const { options, isPending } = useCommuneOptionsOn(on);
  const selected = options.find((option) => option.code === value) ?? null;
  return (
    <Autocomplete
      options={options}
      value={selected}
      size={size}
      disabled={props.disabled}
      loading={isPending}
      loadingText={t('app.loading')}
      noOptionsText={t('common.noOptions')}
      getOptionLabel={(option) => option.label}
      isOptionEqualToValue={(option, current) => option.code === current.code}
      filterOptions={(list, state) => filterCommuneOptions(list, state.inputValue)}
      onChange={(_event, option) => onChange(option?.code ?? null)}
      onBlur={props.onBlur}
      sx={props.sx}
      renderOption={(optionProps, option) => {
        const { key, ...rest } = optionProps as typeof optionProps & { key: string };
        return (
          <Box
            component="li"
            key={key}
            {...rest}
            sx={{ flexDirection: 'column', alignItems: 'flex-start !important' }}
          >
            <span>{option.label}</span>
            {option.formerName && (
              <Typography component="span" variant="caption" color="text.secondary">
                {t('communePicker.formerName', { name: option.formerName })}
              </Typography>
            )}
          </Box>
        );
      }}
      renderInput={(params) => (
        <TextField
          {...params}
          inputRef={props.inputRef}
          label={props.label ?? t('communePicker.label')}
          placeholder={allowAll ? t('communePicker.all') : undefined}
          required={props.required}
          error={props.error}
          helperText={props.helperText ?? (allowAll ? undefined : t('communePicker.help'))}
        />
      )}
    />
  );
}
