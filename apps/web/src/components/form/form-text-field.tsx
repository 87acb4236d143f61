import TextField, { type TextFieldProps } from '@mui/material/TextField';
import { useController, type Control, type FieldValues, type Path } from 'react-hook-form';
import { PasswordField } from '../password-field';
import { useFieldErrorText, type FieldKind } from '../use-field-error-text';

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
};

/**
 * A text field (or `select`) bound to a form field: its value, its error under it (the
 * contract's message, or the server's), else the help text given.
 */
export function FormTextField<T extends FieldValues, TOut = T>(props: FormTextFieldProps<T, TOut>) {
  const { control, name, kind, emptyAsNull, parse, password, helperText, ...textField } = props;
  const errorText = useFieldErrorText();
  const { field, fieldState } = useController({ control, name });
  const { ref, value, onChange, ...bound } = field;
  const Field = password ? PasswordField : TextField;
  return (
    <Field
      {...bound}
      {...textField}
      inputRef={ref}
      value={value ?? ''}
      onChange={(event) => {
        const text = event.target.value;
        onChange(parse ? parse(text) : emptyAsNull && text === '' ? null : text);
      }}
      error={fieldState.invalid}
      helperText={errorText(fieldState.error, kind) ?? helperText}
    />
  );
}
