import {
  useController,
  type Control,
  type FieldError,
  type FieldValues,
  type Path,
} from 'react-hook-form';
import { useFieldErrorText, type FieldKind } from '../use-field-error-text';

/**
 * Binds any input to a form field (a picker, a date field): what it shows, what it changes,
 * and the text under it when the value is refused.
 */
export function useBoundField<T extends FieldValues, TOut = T>(
  control: Control<T, unknown, TOut>,
  name: Path<T>,
  kind?: FieldKind,
  options: BoundFieldOptions = {},
) {
  const errorText = useFieldErrorText();
  const { field, fieldState } = useController({ control, name });
  const error = fieldState.error ?? options.otherError;
  const empty =
    field.value === null ||
    field.value === undefined ||
    (typeof field.value === 'string' && field.value.trim() === '');
  return {
    inputRef: field.ref,
    value: field.value as unknown,
    onChange: field.onChange as (value: unknown) => void,
    onBlur: field.onBlur,
    error: error !== undefined,
    errorText:
      error !== undefined && empty && options.emptyText !== undefined
        ? options.emptyText
        : errorText(error, kind),
  };
}

export interface BoundFieldOptions {
  /** Shown instead of the contract's message when the field is refused while empty ("Bắt buộc"). */
  emptyText?: string;
  /** An error of the form that belongs under this field too (e.g. "choose a recipient"). */
  otherError?: FieldError;
}
