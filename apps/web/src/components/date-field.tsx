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

interface DateFieldProps extends PickerFieldProps {
  /** "YYYY-MM-DD"; '' when empty, 'invalid' while the typed text is not a date. */
  value: string;
  fullWidth?: boolean;
}

/** A calendar day typed or picked as dd/MM/yyyy. Use inside DatePickersProvider. */
export function DateField(props: DateFieldProps) {
  const { label, value, onChange, onBlur, inputRef, required, disabled, error, helperText } = props;
  // The picker's own value while the text typed is incomplete, so re-rendering keeps it.
  const [typed, setTyped] = useState<Dayjs | null>(null);
  // A half-typed date may be kept out of the value ('' instead of 'invalid', e.g. in a filter).
  const keepTyped = typed && (pickerToDate(typed) === value || (value === '' && !typed.isValid()));
  const shown = keepTyped ? typed : dateToPicker(value === 'invalid' ? null : value);
  return (
    <DatePicker
      label={label}
      value={shown}
      onChange={(next) => {
        setTyped(next);
        onChange(pickerToDate(next));
      }}
      format={DATE_FORMAT}
      disabled={disabled}
      inputRef={inputRef}
      slotProps={{
        textField: { required, error, helperText, onBlur, fullWidth: props.fullWidth ?? true },
        field: { clearable: true },
      }}
    />
  );
}
