import type { Control, FieldValues, Path } from 'react-hook-form';
import { CampaignSelect } from '../campaign-select';
import { CommunePicker, type CommunePickerProps } from '../commune-picker';
import { OrganizationField, type OrganizationFieldProps } from '../organization-field';
import type { FieldKind } from '../use-field-error-text';
import { type BoundFieldOptions, useBoundField } from './use-bound-field';

type Bound<T extends FieldValues, TOut> = {
  control: Control<T, unknown, TOut>;
  name: Path<T>;
};

type Unbound = 'value' | 'onChange' | 'onBlur' | 'inputRef' | 'error';

/**
 * The commune picker bound to a form field: its error under it, else the help text. A commune
 * left empty is `null`, or `''` with `emptyAs=""` (a required field the contract checks).
 */
export function FormCommunePicker<T extends FieldValues, TOut = T>(
  props: Bound<T, TOut> &
    Omit<CommunePickerProps, Unbound> & { emptyAs?: null | ''; kind?: FieldKind } & Pick<
      BoundFieldOptions,
      'otherError'
    >,
) {
  const { control, name, emptyAs = null, helperText, otherError, kind, ...picker } = props;
  const bound = useBoundField(control, name, kind ?? 'select', { otherError });
  return (
    <CommunePicker
      {...picker}
      value={bound.value as string | null | undefined}
      onChange={(code) => bound.onChange(code ?? emptyAs)}
      onBlur={bound.onBlur}
      inputRef={bound.inputRef}
      error={bound.error}
      helperText={bound.errorText ?? helperText}
    />
  );
}

/** The organization picker bound to a form field; none chosen is `null`. */
export function FormOrganizationField<T extends FieldValues, TOut = T>(
  props: Bound<T, TOut> &
    Omit<OrganizationFieldProps, Unbound> &
    Pick<BoundFieldOptions, 'otherError'> & { kind?: FieldKind },
) {
  const { control, name, helperText, otherError, kind, ...field } = props;
  const bound = useBoundField(control, name, kind ?? 'select', { otherError });
  return (
    <OrganizationField
      {...field}
      value={bound.value as string | null | undefined}
      onChange={bound.onChange}
      onBlur={bound.onBlur}
      inputRef={bound.inputRef}
      error={bound.error}
      helperText={bound.errorText ?? helperText}
    />
  );
}

/** The campaign select bound to a form field; "no campaign" is `null`. */
export function FormCampaignSelect<T extends FieldValues, TOut = T>(
  props: Bound<T, TOut> & { label: string; emptyLabel?: string },
) {
  const { control, name, ...select } = props;
  const bound = useBoundField(control, name, 'select');
  return (
    <CampaignSelect
      {...select}
      value={(bound.value as string | null | undefined) ?? ''}
      onChange={(campaignId) => bound.onChange(campaignId || null)}
    />
  );
}
