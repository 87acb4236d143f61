import type { ComponentProps } from 'react';
import type { Control, FieldValues, Path } from 'react-hook-form';
import { DateField } from '../date-field';
import { DateTimeField } from '../date-time-field';
import { NumberField } from '../number-field';
import { type BoundFieldOptions, useBoundField } from './use-bound-field';

type Bound<T extends FieldValues, TOut, P> = Omit<
  P,
  'value' | 'onChange' | 'onBlur' | 'inputRef' | 'error'
> & {
  control: Control<T, unknown, TOut>;
  name: Path<T>;
};

/** A whole number bound to a form field (empty is `null`: "missing" to the schema). */
export function FormNumberField<T extends FieldValues, TOut = T>(
  props: Bound<T, TOut, ComponentProps<typeof NumberField>> & BoundFieldOptions,
) {
  const { control, name, helperText, emptyText, otherError, ...field } = props;
  const bound = useBoundField(control, name, 'number', { emptyText, otherError });
  return (
    <NumberField
      {...field}
      name={name}
      inputRef={bound.inputRef}
      value={bound.value as number | null | undefined}
      onChange={bound.onChange}
      onBlur={bound.onBlur}
      error={bound.error}
      helperText={bound.errorText ?? helperText}
    />
  );
}

type TextPicker = typeof DateField | typeof DateTimeField;

function boundPicker(Picker: TextPicker, kind: 'date' | 'dateTime') {
  return function FormPickerField<T extends FieldValues, TOut = T>(
    props: Bound<T, TOut, ComponentProps<TextPicker>>,
  ) {
    const { control, name, helperText, ...field } = props;
    const bound = useBoundField(control, name, kind);
    return (
      <Picker
        {...field}
        inputRef={bound.inputRef}
        value={(bound.value as string | null | undefined) ?? ''}
        onChange={bound.onChange}
        onBlur={bound.onBlur}
        error={bound.error}
        helperText={bound.errorText ?? helperText}
      />
    );
  };
}

/** A calendar day bound to a form field ("YYYY-MM-DD"). */
export const FormDateField = boundPicker(DateField, 'date');

/** A date and time (Vietnam time) bound to a form field. */
export const FormDateTimeField = boundPicker(DateTimeField, 'dateTime');
