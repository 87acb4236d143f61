import {
  createPersonBodySchema,
  type CreatePersonBody,
  type Registration,
} from '@canhgiac/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import Button from '@mui/material/Button';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import { useForm, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ConsentFields } from '../../../components/person-form/consent-fields';
import { PersonFields } from '../../../components/person-form/person-fields';
import {
  emptyPersonValues,
  type PersonFormValues,
} from '../../../components/person-form/person-form-values';
import { applyPersonServerErrors } from '../../../components/person-form/person-server-errors';
import { useCurrentUser } from '../../../lib/use-session';
import { useFailure } from '../../../lib/use-failure';
import { useCreateRegistration } from '../api/create-registration';
import { RegistrationErrorAlert } from './registration-error-alert';

interface RegisterNewFormProps {
  conferenceId: string;
  capacity: number;
  onClose: () => void;
  onRegistered: (registration: Registration) => void;
}

const resolver = zodResolver(createPersonBodySchema) as unknown as Resolver<
  PersonFormValues,
  unknown,
  CreatePersonBody
>;

/**
 * A new person registered in one step (`{person:{…}}`); someone already in the registry under
 * the duplicate rule is reused rather than added twice.
 */
export function RegisterNewForm({
  conferenceId,
  capacity,
  onClose,
  onRegistered,
}: RegisterNewFormProps) {
  const { t } = useTranslation();
  const showOrganization = useCurrentUser()?.role !== 'coordinator';
  const register = useCreateRegistration();
  const { failure, setFailure } = useFailure();
  const { control, handleSubmit, setError, formState } = useForm<
    PersonFormValues,
    unknown,
    CreatePersonBody
  >({
    resolver,
    defaultValues: emptyPersonValues(),
  });
  const onSubmit = handleSubmit(async (person) => {
    setFailure(null);
    try {
      onRegistered(await register.mutateAsync({ conferenceId, body: { person } }));
    } catch (error) {
      if (!applyPersonServerErrors(error, setError)) setFailure(error);
    }
  });
  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)}>
      <DialogContent sx={{ display: 'grid', gap: 2.5 }}>
        <PersonFields control={control} showOrganization={showOrganization} autoFocus />
        <ConsentFields control={control} />
        {failure !== null && <RegistrationErrorAlert error={failure} capacity={capacity} />}
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="submit" variant="contained" disabled={formState.isSubmitting}>
          {formState.isSubmitting
            ? t('registrations.register.submitting')
            : t('registrations.register.submit')}
        </Button>
      </DialogActions>
    </form>
  );
}
