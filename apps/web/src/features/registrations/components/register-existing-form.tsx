import { useState } from 'react';
import type { Person, Registration } from '@canhgiac/contracts';
import Autocomplete from '@mui/material/Autocomplete';
import Button from '@mui/material/Button';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { personName } from '../../../components/person-form/person-form-values';
import { useCommuneNames } from '../../../lib/communes';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { useCreateRegistration } from '../api/create-registration';
import { useSearchPeople } from '../api/search-people';
import { RegistrationErrorAlert } from './registration-error-alert';

interface RegisterExistingFormProps {
  conferenceId: string;
  capacity: number;
  onClose: () => void;
  onRegistered: (registration: Registration) => void;
}

/** Finds a person in the registry (accents ignored, digits for phones) and registers them. */
export function RegisterExistingForm(props: RegisterExistingFormProps) {
  const { conferenceId, capacity, onClose, onRegistered } = props;
  const { t } = useTranslation();
  const communeNames = useCommuneNames();
  const [input, setInput] = useState('');
  const [person, setPerson] = useState<Person | null>(null);
  const [missing, setMissing] = useState(false);
  const q = useDebouncedValue(input.trim());
  const people = useSearchPeople(q);
  const register = useCreateRegistration();
  const label = (option: Person) => {
    const name = personName(option, t);
    const commune = communeNames.get(option.communeCode) ?? option.communeCode;
    return `${t('registrations.register.option', { name, year: option.birthYear ?? '' })} – ${commune}`;
  };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!person) return setMissing(true);
    register.mutate({ conferenceId, body: { personId: person.id } }, { onSuccess: onRegistered });
  };

  return (
    <form noValidate onSubmit={submit}>
      <DialogContent sx={{ display: 'grid', gap: 2.5 }}>
        <Autocomplete
          options={q.length >= 2 ? (people.data ?? []) : []}
          value={person}
          filterOptions={(options) => options}
          getOptionLabel={label}
          isOptionEqualToValue={(option, current) => option.id === current.id}
          onChange={(_event, next) => {
            setPerson(next);
            setMissing(false);
          }}
          inputValue={input}
          onInputChange={(_event, next) => setInput(next)}
          loading={people.isFetching}
          loadingText={t('app.loading')}
          noOptionsText={
            q.length >= 2
              ? t('registrations.register.noResults')
              : t('registrations.register.searchHelp')
          }
          renderInput={(params) => (
            <TextField
              {...params}
              autoFocus
              label={t('registrations.register.search')}
              required
              error={missing}
              helperText={
                missing
                  ? t('registrations.register.choosePerson')
                  : t('registrations.register.searchHelp')
              }
            />
          )}
        />
        {register.isError && <RegistrationErrorAlert error={register.error} capacity={capacity} />}
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="submit" variant="contained" disabled={register.isPending}>
          {register.isPending
            ? t('registrations.register.submitting')
            : t('registrations.register.submit')}
        </Button>
      </DialogActions>
    </form>
  );
}
