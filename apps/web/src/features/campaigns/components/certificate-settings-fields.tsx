import { useId } from 'react';
import type { CreateCampaignBody } from '@canhgiac/contracts';
import ExpandMore from '@mui/icons-material/ExpandMore';
import Accordion from '@mui/material/Accordion';
import AccordionDetails from '@mui/material/AccordionDetails';
import AccordionSummary from '@mui/material/AccordionSummary';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { Controller, useWatch, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useFieldErrorText } from '../../../components/use-field-error-text';
import { certificateFields, sampleSerial, type CampaignFormValues } from './campaign-form-values';

interface CertificateSettingsFieldsProps {
  control: Control<CampaignFormValues, unknown, CreateCampaignBody>;
  /** Editing a campaign: every setting but the signer's name is required. */
  editing: boolean;
  expanded: boolean;
  onExpandedChange: (expanded: boolean) => void;
}

/**
 * "Giấy chứng nhận", folded away: what the campaign's certificates print (issuing body, serial
 * suffix, signer, place of issue), with a sample serial under the suffix.
 */
export function CertificateSettingsFields(props: CertificateSettingsFieldsProps) {
  const { control, editing, expanded, onExpandedChange } = props;
  const { t } = useTranslation();
  const errorText = useFieldErrorText();
  const summaryId = useId();
  const detailsId = useId();
  const [year, suffix] = useWatch({ control, name: ['year', 'certificate.serialSuffix'] });
  const serial = sampleSerial(suffix, year);

  const helpFor = (field: (typeof certificateFields)[number]) => {
    if (field === 'serialSuffix' && serial) {
      return t('campaigns.form.certificate.serialPreview', { serial });
    }
    return t(`campaigns.form.certificate.${field}Help`);
  };

  return (
    <Accordion
      variant="outlined"
      disableGutters
      expanded={expanded}
      onChange={(_event, open) => onExpandedChange(open)}
    >
      <AccordionSummary expandIcon={<ExpandMore />} id={summaryId} aria-controls={detailsId}>
        <Typography component="span">{t('campaigns.form.certificate.title')}</Typography>
      </AccordionSummary>
      <AccordionDetails sx={{ display: 'grid', gap: 2.5 }}>
        <Typography variant="body2" color="text.secondary">
          {editing
            ? t('campaigns.form.certificate.editNote')
            : t('campaigns.form.certificate.newNote')}
        </Typography>
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { sm: '1fr 1fr' } }}>
          {certificateFields.map((field) => (
            <Controller
              key={field}
              control={control}
              name={`certificate.${field}`}
              render={({ field: { ref, value, onChange, ...input }, fieldState }) => (
                <TextField
                  {...input}
                  inputRef={ref}
                  value={value ?? ''}
                  onChange={(event) =>
                    onChange(
                      field === 'serialSuffix'
                        ? event.target.value.toUpperCase()
                        : event.target.value,
                    )
                  }
                  label={t(`campaigns.form.certificate.${field}`)}
                  required={editing && field !== 'signerName'}
                  error={fieldState.invalid}
                  helperText={errorText(fieldState.error) ?? helpFor(field)}
                  slotProps={
                    field === 'serialSuffix'
                      ? { htmlInput: { autoCapitalize: 'characters', spellCheck: false } }
                      : undefined
                  }
                />
              )}
            />
          ))}
        </Box>
      </AccordionDetails>
    </Accordion>
  );
}
