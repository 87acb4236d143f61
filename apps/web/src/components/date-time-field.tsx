import { DateTimePicker } from '@mui/x-date-pickers/DateTimePicker';
import { useState } from 'react';
import type { Dayjs } from 'dayjs';
import { formatShown, type PickerFieldProps } from './date-field';
import { DATE_TIME_FORMAT, instantToPicker, pickerToInstant, TIME_ZONE } from '../lib/date-time';

interface DateTimeFieldProps extends PickerFieldProps {
  /** ISO instant (any offset); '' when empty, 'invalid' while the typed text is not a time. */
  value: string;
}

/**
 * A date and time typed or picked as dd/MM/yyyy HH:mm in Vietnam time, whatever the device's
 * time zone; the value is the instant with +07:00. Use inside DatePickersProvider.
 */
export function DateTimeField(props: DateTimeFieldProps) {
  const { label, value, onChange, onBlur, inputRef, required, disabled, error, helperText } = props;
  // The picker's own value while the text typed is incomplete, so re-rendering keeps it.
  const [typed, setTyped] = useState<Dayjs | null>(null);
  const shown =
    typed && pickerToInstant(typed) === value
      ? typed
      : instantToPicker(value === 'invalid' ? null : value);
  return (
    <DateTimePicker
      label={label}
      value={shown}
      onChange={(next) => {
        setTyped(next);
        onChange(pickerToInstant(next));
      }}
      timezone={TIME_ZONE}
      format={DATE_TIME_FORMAT}
      ampm={false}
      disabled={disabled}
      inputRef={inputRef}
      slotProps={{
        textField: { required, error, helperText, onBlur, fullWidth: true, ...formatShown(!shown) },
      }}
    />
  );
}
