import type { Control, FieldValues, Path } from 'react-hook-form';
import { CommunePicker, type CommunePickerProps } from '../commune-picker';
import { OrganizationField, type OrganizationFieldProps } from '../organization-field';
import { useBoundField } from './use-bound-field';

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
  props: Bound<T, TOut> & Omit<CommunePickerProps, Unbound> & { emptyAs?: null | '' },
) {
  const { control, name, emptyAs = null, helperText, ...picker } = props;
  const bound = useBoundField(control, name, 'select');
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
  props: Bound<T, TOut> & Omit<OrganizationFieldProps, Unbound>,
) {
  const { control, name, helperText, ...field } = props;
  const bound = useBoundField(control, name, 'select');
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
