import { useController, type Control, type FieldValues, type Path } from 'react-hook-form';
import { useFieldErrorText, type FieldKind } from '../use-field-error-text';

/**
 * Binds any input to a form field (a picker, a date field): what it shows, what it changes,
 * and the text under it when the value is refused.
 */
export function useBoundField<T extends FieldValues, TOut = T>(
  control: Control<T, unknown, TOut>,
  name: Path<T>,
  kind?: FieldKind,
) {
  const errorText = useFieldErrorText();
  const { field, fieldState } = useController({ control, name });
  return {
    inputRef: field.ref,
    value: field.value as unknown,
    onChange: field.onChange as (value: unknown) => void,
    onBlur: field.onBlur,
    error: fieldState.invalid,
    errorText: errorText(fieldState.error, kind),
  };
}
