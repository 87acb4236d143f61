import TextField, { type TextFieldProps } from '@mui/material/TextField';
import type { Control, FieldValues, Path } from 'react-hook-form';
import { PasswordField } from '../password-field';
import type { FieldKind } from '../use-field-error-text';
import { type BoundFieldOptions, useBoundField } from './use-bound-field';

export type FormTextFieldProps<T extends FieldValues, TOut = T> = Omit<
  TextFieldProps,
  'name' | 'value' | 'defaultValue' | 'error' | 'inputRef' | 'onChange'
> & {
  control: Control<T, unknown, TOut>;
  name: Path<T>;
  /** What the field holds, for the message when the value is not of the right kind. */
  kind?: FieldKind;
  /** A choice left empty ("—") is sent as `null`. */
  emptyAsNull?: boolean;
  /** Turns the text typed into the form's value (upper-case, a number …). */
  parse?: (text: string) => unknown;
  /** A password, with its show/hide button. */
  password?: boolean;
} & BoundFieldOptions;

/**
 * A text field (or `select`) bound to a form field: its value, its error under it (the
 * contract's message, or the server's), else the help text given.
 */
export function FormTextField<T extends FieldValues, TOut = T>(props: FormTextFieldProps<T, TOut>) {
  const { control, name, kind, emptyAsNull, parse, password, helperText, ...rest } = props;
  const { emptyText, otherError, ...textField } = rest;
  const bound = useBoundField(control, name, kind, { emptyText, otherError });
  const Field = password ? PasswordField : TextField;
  return (
    <Field
      {...textField}
      name={name}
      inputRef={bound.inputRef}
      value={bound.value ?? ''}
      onBlur={bound.onBlur}
      onChange={(event) => {
        const text = event.target.value;
        bound.onChange(parse ? parse(text) : emptyAsNull && text === '' ? null : text);
      }}
      error={bound.error}
      helperText={bound.errorText ?? helperText}
    />
  );
}
