import TextField, { type TextFieldProps } from '@mui/material/TextField';

type NumberFieldProps = Omit<TextFieldProps, 'type' | 'value' | 'onChange'> & {
  value: number | null | undefined;
  /**
   * `null` when the box is empty, so the schema says the number is missing (`undefined` would
   * make react-hook-form show the default value again).
   */
  onChange: (value: number | null) => void;
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
        onChange(text === '' ? null : Number(text));
      }}
      slotProps={{ ...slotProps, htmlInput: { min, step: 1, inputMode: 'numeric' } }}
    />
  );
}
