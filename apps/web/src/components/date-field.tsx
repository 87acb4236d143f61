import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import { type Ref, useState } from 'react';
import type { Dayjs } from 'dayjs';
import { dateToPicker, pickerToDate } from '../lib/date-time';
import { DATE_FORMAT } from '../lib/format';

/** What the date and date-time fields take (their value is text: see each field). */
export interface PickerFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  inputRef?: Ref<HTMLInputElement>;
  required?: boolean;
  disabled?: boolean;
  error?: boolean;
  helperText?: string;
}

/**
 * The text field of a date (or date-time) picker: its label raised, so that empty it shows the
 * format to type, "dd/mm/yyyy", in the grey of secondary text (MUI's faint placeholder would not
 * reach 4.5:1).
 */
export function formatShown(empty: boolean) {
  return {
    slotProps: { inputLabel: { shrink: true } },
    sx: empty
      ? {
          '& .MuiPickersInputBase-root:not(.Mui-focused) .MuiPickersInputBase-sectionsContainer': {
            opacity: 1,
            color: 'text.secondary',
          },
        }
      : undefined,
  };
}

interface DateFieldProps extends PickerFieldProps {
  /** "YYYY-MM-DD"; '' when empty, 'invalid' while the typed text is not a date. */
  value: string;
  fullWidth?: boolean;
}

/** A calendar day typed or picked as dd/MM/yyyy. Use inside DatePickersProvider. */
export function DateField(props: DateFieldProps) {
  const { label, value, onChange, onBlur, inputRef, required, disabled, error, helperText } = props;
  // The picker's own value while the text typed is incomplete, so re-rendering keeps it; with
  // the value it replaced and the one it gave. A filter kept in the address takes the new value a
  // moment later: until then the value is still the one it replaced, and the typing goes on
  // undisturbed. Any other value comes from outside (a reset).
  const [typed, setTyped] = useState<{ picker: Dayjs | null; before: string; given: string }>();
  const keepTyped =
    typed &&
    (value === typed.given ||
      value === typed.before ||
      // A filter keeps a half-typed date out of its value: ''.
      (value === '' && typed.given === 'invalid'));
  // Once the value has taken what was typed, a return to the old value is a reset from outside.
  if (typed && value === typed.given && typed.before !== typed.given)
    setTyped({ ...typed, before: typed.given });
  const shown = keepTyped ? typed.picker : dateToPicker(value === 'invalid' ? null : value);
  return (
    <DatePicker
      label={label}
      value={shown}
      onChange={(next) => {
        const given = pickerToDate(next);
        setTyped({ picker: next, before: value, given });
        onChange(given);
      }}
      format={DATE_FORMAT}
      disabled={disabled}
      inputRef={inputRef}
      slotProps={{
        textField: {
          required,
          error,
          helperText,
          onBlur,
          fullWidth: props.fullWidth ?? true,
          ...formatShown(!shown),
        },
        field: { clearable: true },
      }}
    />
  );
}
