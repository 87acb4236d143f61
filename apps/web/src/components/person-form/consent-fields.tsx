import { useId } from 'react';
import type { CreatePersonBody } from '@canhgiac/contracts';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import { Controller, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { PersonFormValues } from './person-form-values';

const sources = ['paper_form', 'in_person'] as const;

interface ConsentFieldsProps {
  control: Control<PersonFormValues, unknown, CreatePersonBody>;
  disabled?: boolean;
}

/**
 * The person's consent to keep their data (Decree 13/2023/NĐ-CP), required, and how it was
 * given: a signed paper form or in person.
 */
export function ConsentFields({ control, disabled }: ConsentFieldsProps) {
  const { t } = useTranslation();
  const sourceLabelId = useId();
  const helpId = useId();
  return (
    <Box sx={{ display: 'grid', gap: 1, p: 1.5, borderRadius: 1, bgcolor: 'action.hover' }}>
      <Controller
        control={control}
        name="consent"
        render={({ field: { ref, value, onChange, onBlur }, fieldState }) => (
          <FormControl error={fieldState.invalid} required disabled={disabled}>
            <FormControlLabel
              control={
                <Checkbox
                  checked={value === true}
                  onChange={(event) => onChange(event.target.checked)}
                  onBlur={onBlur}
                  slotProps={{ input: { ref, 'aria-describedby': helpId } }}
                />
              }
              label={t('personForm.consent')}
            />
            <FormHelperText id={helpId}>
              {fieldState.invalid ? t('personForm.consentRequired') : t('personForm.consentHelp')}
            </FormHelperText>
          </FormControl>
        )}
      />
      <Controller
        control={control}
        name="consentSource"
        render={({ field: { ref, value, ...field } }) => (
          <FormControl disabled={disabled}>
            <FormLabel id={sourceLabelId}>{t('personForm.consentSource')}</FormLabel>
            <RadioGroup
              {...field}
              row
              value={value ?? 'paper_form'}
              aria-labelledby={sourceLabelId}
            >
              {sources.map((source, index) => (
                <FormControlLabel
                  key={source}
                  value={source}
                  control={<Radio slotProps={{ input: { ref: index === 0 ? ref : undefined } }} />}
                  label={t(`personForm.consentSources.${source}`)}
                />
              ))}
            </RadioGroup>
          </FormControl>
        )}
      />
    </Box>
  );
}
