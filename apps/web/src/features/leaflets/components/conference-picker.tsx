import { useState, type Ref } from 'react';
import type { Conference } from '@canhgiac/contracts';
import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import type { Control, FieldError, FieldValues, Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useBoundField } from '../../../components/form/use-bound-field';
import { vietnamDay } from '../../../lib/date-time';
import { formatDate } from '../../../lib/format';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { useConferenceOptions } from '../api/get-conference-options';

interface ConferencePickerProps {
  value: string | null | undefined;
  onChange: (conferenceId: string | null) => void;
  onBlur?: () => void;
  inputRef?: Ref<HTMLInputElement>;
  error?: boolean;
  helperText?: string;
}

const describe = (conference: Conference) =>
  `${conference.title} – ${conference.communeName}, ${formatDate(vietnamDay(conference.startsAt))}`;

/** The receiving conference, searched on the server by title or place (cancelled ones left out). */
export function ConferencePicker({
  value,
  onChange,
  onBlur,
  inputRef,
  ...props
}: ConferencePickerProps) {
  const { t } = useTranslation();
  const [input, setInput] = useState('');
  const [selected, setSelected] = useState<Conference | null>(null);
  const q = useDebouncedValue(input.trim());
  const conferences = useConferenceOptions(selected && input === describe(selected) ? '' : q);
  const options = conferences.data ?? [];
  const current = value && selected?.id === value ? selected : null;
  return (
    <Autocomplete
      options={
        current && !options.some((o) => o.id === current.id) ? [current, ...options] : options
      }
      value={current}
      filterOptions={(list) => list}
      loading={conferences.isFetching}
      loadingText={t('app.loading')}
      noOptionsText={t('common.noOptions')}
      getOptionLabel={describe}
      isOptionEqualToValue={(option, chosen) => option.id === chosen.id}
      inputValue={input}
      onInputChange={(_event, text) => setInput(text)}
      onChange={(_event, conference) => {
        setSelected(conference);
        onChange(conference?.id ?? null);
      }}
      onBlur={onBlur}
      renderInput={(params) => (
        <TextField
          {...params}
          inputRef={inputRef}
          label={t('leaflets.allocate.conference')}
          required
          error={props.error}
          helperText={props.helperText ?? t('leaflets.allocate.conferenceHelp')}
        />
      )}
    />
  );
}

/** The conference picker bound to the allocation form's `conferenceId`. */
export function FormConferencePicker<T extends FieldValues, TOut = T>({
  control,
  otherError,
}: {
  control: Control<T, unknown, TOut>;
  otherError?: FieldError;
}) {
  const bound = useBoundField(control, 'conferenceId' as Path<T>, 'choice', { otherError });
  return (
    <ConferencePicker
      value={bound.value as string | null | undefined}
      onChange={bound.onChange}
      onBlur={bound.onBlur}
      inputRef={bound.inputRef}
      error={bound.error}
      helperText={bound.errorText}
    />
  );
}
