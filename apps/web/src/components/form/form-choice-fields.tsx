import { useId, type ReactNode } from 'react';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import type { Control, FieldValues, Path } from 'react-hook-form';
import { useBoundField } from './use-bound-field';

interface Bound<T extends FieldValues, TOut> {
  control: Control<T, unknown, TOut>;
  name: Path<T>;
  label: string;
  required?: boolean;
  disabled?: boolean;
}

/**
 * One of a few choices, as radio buttons in a row, named by its label for screen readers; the
 * first button takes the focus when the form points at the field.
 */
export function FormRadioGroup<T extends FieldValues, TOut = T>(
  props: Bound<T, TOut> & {
    options: ReadonlyArray<{ value: string; label: string }>;
    /** Shown while the form holds no value yet. */
    defaultValue?: string;
  },
) {
  const { control, name, label, required, disabled, options, defaultValue = '' } = props;
  const labelId = useId();
  const bound = useBoundField(control, name, 'select');
  return (
    <FormControl error={bound.error} required={required} disabled={disabled}>
      <FormLabel id={labelId}>{label}</FormLabel>
      <RadioGroup
        row
        name={name}
        value={(bound.value as string | null | undefined) ?? defaultValue}
        onChange={(event) => bound.onChange(event.target.value)}
        onBlur={bound.onBlur}
        aria-labelledby={labelId}
      >
        {options.map((option, index) => (
          <FormControlLabel
            key={option.value}
            value={option.value}
            control={
              <Radio slotProps={{ input: { ref: index === 0 ? bound.inputRef : undefined } }} />
            }
            label={option.label}
          />
        ))}
      </RadioGroup>
      {bound.errorText && <FormHelperText>{bound.errorText}</FormHelperText>}
    </FormControl>
  );
}

/**
 * A box to tick (a consent), with its help under it; when the form refuses the value,
 * `errorText` (or the contract's message) takes the help's place.
 */
export function FormCheckbox<T extends FieldValues, TOut = T>(
  props: Bound<T, TOut> & { helperText?: ReactNode; errorText?: string },
) {
  const { control, name, label, required, disabled, helperText } = props;
  const helpId = useId();
  const bound = useBoundField(control, name);
  return (
    <FormControl error={bound.error} required={required} disabled={disabled}>
      <FormControlLabel
        control={
          <Checkbox
            checked={bound.value === true}
            onChange={(event) => bound.onChange(event.target.checked)}
            onBlur={bound.onBlur}
            slotProps={{ input: { ref: bound.inputRef, 'aria-describedby': helpId } }}
          />
        }
        label={label}
      />
      <FormHelperText id={helpId}>
        {bound.error ? (props.errorText ?? bound.errorText) : helperText}
      </FormHelperText>
    </FormControl>
  );
}
