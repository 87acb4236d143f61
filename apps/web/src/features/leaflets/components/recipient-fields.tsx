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
import { Controller, type Control, type FieldErrors } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { useFieldErrorText } from '../../../components/use-field-error-text';
import { CommunePicker } from '../../../components/commune-picker';
import { ConferencePicker } from './conference-picker';
import { OrganizationField } from '../../../components/organization-field';

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
  const errorText = useFieldErrorText();
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
        <Controller
          control={control}
          name="organizationId"
          render={({ field, fieldState }) => (
            <OrganizationField
              label={t('leaflets.allocate.organization')}
              required
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              inputRef={field.ref}
              error={fieldState.invalid}
              helperText={errorText(fieldState.error)}
            />
          )}
        />
      )}
      {kind === 'commune' && (
        <Controller
          control={control}
          name="communeCode"
          render={({ field, fieldState }) => (
            <CommunePicker
              label={t('leaflets.allocate.commune')}
              required
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              inputRef={field.ref}
              error={fieldState.invalid || Boolean(recipientError)}
              helperText={errorText(fieldState.error ?? recipientError)}
            />
          )}
        />
      )}
      {kind === 'conference' && (
        <Controller
          control={control}
          name="conferenceId"
          render={({ field, fieldState }) => (
            <ConferencePicker
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              inputRef={field.ref}
              error={fieldState.invalid || Boolean(recipientError)}
              helperText={errorText(fieldState.error ?? recipientError)}
            />
          )}
        />
      )}
    </>
  );
}
