import type { CreatePersonBody } from '@canhgiac/contracts';
import Box from '@mui/material/Box';
import type { Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormCheckbox, FormRadioGroup } from '../form/form-choice-fields';
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
  return (
    <Box sx={{ display: 'grid', gap: 1, p: 1.5, borderRadius: 1, bgcolor: 'action.hover' }}>
      <FormCheckbox
        control={control}
        name="consent"
        label={t('personForm.consent')}
        required
        disabled={disabled}
        helperText={t('personForm.consentHelp')}
        errorText={t('personForm.consentRequired')}
      />
      <FormRadioGroup
        control={control}
        name="consentSource"
        label={t('personForm.consentSource')}
        disabled={disabled}
        defaultValue="paper_form"
        options={sources.map((source) => ({
          value: source,
          label: t(`personForm.consentSources.${source}`),
        }))}
      />
    </Box>
  );
}
