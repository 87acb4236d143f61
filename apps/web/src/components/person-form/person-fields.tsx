import { genders, participantGroups, type CreatePersonBody } from '@canhgiac/contracts';
import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import type { Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormRadioGroup } from '../form/form-choice-fields';
import { FormCommunePicker, FormOrganizationField } from '../form/form-reference-fields';
import { FormTextField } from '../form/form-text-field';
import { FormNumberField } from '../form/form-picker-fields';
import type { PersonFormValues } from './person-form-values';

interface PersonFieldsProps {
  control: Control<PersonFormValues, unknown, CreatePersonBody>;
  /** Staff and admins choose the organization; a coordinator's people are theirs. */
  showOrganization: boolean;
  disabled?: boolean;
  autoFocus?: boolean;
  size?: 'small' | 'medium';
}

/** Who the person is: name, gender, birth year, phone, commune, group (and organization). */
export function PersonFields({
  control,
  showOrganization,
  disabled,
  autoFocus,
  size,
}: PersonFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <FormTextField
        control={control}
        name="fullName"
        size={size}
        label={t('personForm.fullName')}
        required
        disabled={disabled}
        autoFocus={autoFocus}
        autoComplete="off"
        emptyText={t('validation.required')}
      />
      <FormRadioGroup
        control={control}
        name="gender"
        label={t('personForm.gender')}
        required
        disabled={disabled}
        options={genders.map((gender) => ({
          value: gender,
          label: t(`personForm.genders.${gender}`),
        }))}
      />
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { sm: '1fr 2fr' } }}>
        <FormNumberField
          control={control}
          name="birthYear"
          size={size}
          min={1900}
          label={t('personForm.birthYear')}
          required
          disabled={disabled}
          emptyText={t('validation.required')}
          helperText={t('personForm.birthYearHelp')}
        />
        <FormTextField
          control={control}
          name="phone"
          size={size}
          type="tel"
          autoComplete="off"
          label={t('personForm.phone')}
          disabled={disabled}
          helperText={t('personForm.phoneHelp')}
        />
      </Box>
      <FormCommunePicker
        control={control}
        name="communeCode"
        emptyAs=""
        required
        size={size}
        disabled={disabled}
        label={t('personForm.commune')}
      />
      <FormTextField
        control={control}
        name="group"
        select
        size={size}
        label={t('personForm.group')}
        required
        disabled={disabled}
        kind="select"
      >
        {participantGroups.map((group) => (
          <MenuItem key={group} value={group}>
            {t(`personForm.groups.${group}`)}
          </MenuItem>
        ))}
      </FormTextField>
      {showOrganization && (
        <FormOrganizationField
          control={control}
          name="organizationId"
          label={t('personForm.organization')}
          disabled={disabled}
          size={size}
          helperText={t('personForm.organizationHelp')}
        />
      )}
    </>
  );
}
