import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import { useController, type Control, type FieldValues, type Path } from 'react-hook-form';

interface FormSwitchFieldProps<T extends FieldValues, TOut = T> {
  control: Control<T, unknown, TOut>;
  name: Path<T>;
  label: string;
  /** Shown while the form holds no value yet. */
  defaultChecked?: boolean;
}

/** An on/off form field ("Đang hoạt động"). */
export function FormSwitchField<T extends FieldValues, TOut = T>(
  props: FormSwitchFieldProps<T, TOut>,
) {
  const { control, name, label, defaultChecked = false } = props;
  const { field } = useController({ control, name });
  const { ref: _ref, value, onChange, ...bound } = field;
  return (
    <FormControlLabel
      label={label}
      control={
        <Switch
          {...bound}
          checked={(value as boolean | null | undefined) ?? defaultChecked}
          onChange={(event) => onChange(event.target.checked)}
        />
      }
    />
  );
}
