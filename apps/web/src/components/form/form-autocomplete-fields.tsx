import Autocomplete, { type AutocompleteRenderInputParams } from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import type { Control, FieldValues, Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useBoundField } from './use-bound-field';

type Bound<T extends FieldValues, TOut> = {
  control: Control<T, unknown, TOut>;
  name: Path<T>;
  label: string;
  disabled?: boolean;
  helperText?: string;
};

/** The text box of a bound autocomplete: its label, and its error or help under it. */
function boundInput(
  params: AutocompleteRenderInputParams,
  bound: ReturnType<typeof useBoundField>,
  label: string,
  helperText: string | undefined,
) {
  return (
    <TextField
      {...params}
      inputRef={bound.inputRef}
      label={label}
      error={bound.error}
      helperText={bound.errorText ?? helperText}
    />
  );
}

/** Several records chosen by name from a list, bound to a field that holds their ids. */
export function FormChooseMany<T extends FieldValues, TOut = T>(
  props: Bound<T, TOut> & { options: Array<{ id: string; name: string }>; loading?: boolean },
) {
  const { control, name, label, disabled, helperText, options, loading } = props;
  const { t } = useTranslation();
  const bound = useBoundField(control, name);
  const ids = (bound.value as string[] | null | undefined) ?? [];
  return (
    <Autocomplete
      multiple
      disabled={disabled}
      options={options}
      value={ids.flatMap((id) => options.filter((option) => option.id === id))}
      loading={loading}
      loadingText={t('app.loading')}
      noOptionsText={t('common.noOptions')}
      getOptionLabel={(option) => option.name}
      isOptionEqualToValue={(option, current) => option.id === current.id}
      onChange={(_event, chosen) => bound.onChange(chosen.map((option) => option.id))}
      onBlur={bound.onBlur}
      renderInput={(params) => boundInput(params, bound, label, helperText)}
    />
  );
}

/** Free-text entries (names typed one after another), bound to a field that holds the list. */
export function FormTextList<T extends FieldValues, TOut = T>(props: Bound<T, TOut>) {
  const { control, name, label, disabled, helperText } = props;
  const bound = useBoundField(control, name);
  return (
    <Autocomplete
      multiple
      freeSolo
      autoSelect
      disabled={disabled}
      options={[] as string[]}
      value={(bound.value as string[] | null | undefined) ?? []}
      onChange={(_event, entries) =>
        bound.onChange(entries.map((entry) => entry.trim()).filter((entry) => entry.length > 0))
      }
      onBlur={bound.onBlur}
      renderInput={(params) => boundInput(params, bound, label, helperText)}
    />
  );
}
