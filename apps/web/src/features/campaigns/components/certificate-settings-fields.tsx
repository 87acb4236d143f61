import { useId } from 'react';
import type { CreateCampaignBody } from '@canhgiac/contracts';
import ExpandMore from '@mui/icons-material/ExpandMore';
import Accordion from '@mui/material/Accordion';
import AccordionDetails from '@mui/material/AccordionDetails';
import AccordionSummary from '@mui/material/AccordionSummary';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useWatch, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormTextField } from '../../../components/form/form-text-field';
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
            <FormTextField
              key={field}
              control={control}
              name={`certificate.${field}`}
              parse={field === 'serialSuffix' ? (text) => text.toUpperCase() : undefined}
              label={t(`campaigns.form.certificate.${field}`)}
              required={editing && field !== 'signerName'}
              helperText={helpFor(field)}
              slotProps={
                field === 'serialSuffix'
                  ? { htmlInput: { autoCapitalize: 'characters', spellCheck: false } }
                  : undefined
              }
            />
          ))}
        </Box>
      </AccordionDetails>
    </Accordion>
  );
}
