import { useId } from 'react';
import {
  recipientKinds,
  type createLeafletAllocationBodySchema,
  type RecipientKind,
} from '@canhgiac/contracts';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import type { Control, FieldErrors } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import {
  FormCommunePicker,
  FormOrganizationField,
} from '../../../components/form/form-reference-fields';
import { FormConferencePicker } from './conference-picker';

export type AllocationFormValues = z.input<typeof createLeafletAllocationBodySchema>;

interface RecipientFieldsProps {
  kind: RecipientKind;
  onKindChange: (kind: RecipientKind) => void;
  control: Control<AllocationFormValues>;
  errors: FieldErrors<AllocationFormValues>;
}

/**
 * "Phân bổ cho": an organization, a commune or a conference. The contract's
 * "exactly one recipient" message is reported on organizationId; it is shown on the picker in view.
 */
export function RecipientFields(props: RecipientFieldsProps) {
  const { kind, onKindChange, control, errors } = props;
  const { t } = useTranslation();
  const labelId = useId();
  const recipientError = errors.organizationId;

  return (
    <>
      <FormControl>
        <FormLabel id={labelId}>{t('leaflets.allocate.recipientKind')}</FormLabel>
        <RadioGroup
          row
          aria-labelledby={labelId}
          value={kind}
          onChange={(event) => onKindChange(event.target.value as RecipientKind)}
        >
          {recipientKinds.map((value) => (
            <FormControlLabel
              key={value}
              value={value}
              control={<Radio />}
              label={t(`leaflets.recipientKinds.${value}`)}
            />
          ))}
        </RadioGroup>
      </FormControl>
      {kind === 'organization' && (
        <FormOrganizationField
          control={control}
          name="organizationId"
          label={t('leaflets.allocate.organization')}
          required
          kind="choice"
        />
      )}
      {kind === 'commune' && (
        <FormCommunePicker
          control={control}
          name="communeCode"
          label={t('leaflets.allocate.commune')}
          required
          kind="choice"
          otherError={recipientError}
        />
      )}
      {kind === 'conference' && (
        <FormConferencePicker control={control} otherError={recipientError} />
      )}
    </>
  );
}
