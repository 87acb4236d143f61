import TextField, { type TextFieldProps } from '@mui/material/TextField';

type NumberFieldProps = Omit<TextFieldProps, 'type' | 'value' | 'onChange'> & {
  value: number | null | undefined;
  /** `undefined` when the box is empty, so the schema says the number is missing. */
  onChange: (value: number | undefined) => void;
  min?: number;
};

/** A whole number typed in a text box (digits only, with the numeric keyboard on phones). */
export function NumberField({ value, onChange, min = 0, slotProps, ...props }: NumberFieldProps) {
  return (
    <TextField
      {...props}
      type="number"
      value={value ?? ''}
      onChange={(event) => {
        const text = event.target.value.trim();
        onChange(text === '' ? undefined : Number(text));
      }}
      slotProps={{ ...slotProps, htmlInput: { min, step: 1, inputMode: 'numeric' } }}
    />
  );
}
