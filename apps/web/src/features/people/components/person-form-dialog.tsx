import { useId, useState } from 'react';
import { type CreatePersonBody, type Person, type UpdatePersonBody } from '@canhgiac/contracts';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import {
  applyPersonServerErrors,
  ConsentFields,
  emptyPersonValues,
  PersonFields,
  personResolver,
  type PersonFormValues,
  personValues,
} from '../../../components/person-form';
import { useSmallScreen } from '../../../lib/use-small-screen';
import { useFailure } from '../../../lib/use-failure';
import { useCreatePerson } from '../api/create-person';
import { useUpdatePerson } from '../api/update-person';
import { DuplicateWarning } from './duplicate-warning';
import { errorExtra } from '../../../lib/error-extra';

interface PersonFormDialogProps {
  /** The person to edit; `null` to add one. */
  person: Person | null;
  /** Staff and admins choose the organization; a coordinator's people are theirs. */
  showOrganization: boolean;
  onClose: () => void;
  onSaved: (person: Person, created: boolean) => void;
}

const editable = [
  'fullName',
  'gender',
  'birthYear',
  'phone',
  'communeCode',
  'organizationId',
  'group',
] as const;

/** What the form changes on an existing person (the values as the contract normalizes them). */
function changes(values: CreatePersonBody, person: Person): UpdatePersonBody {
  return Object.fromEntries(
    editable.filter((field) => values[field] !== person[field]).map((f) => [f, values[f]]),
  ) as UpdatePersonBody;
}

/** Adds a person (with consent) or edits one; a duplicate (409) links to the person listed. */
export function PersonFormDialog({
  person,
  showOrganization,
  onClose,
  onSaved,
}: PersonFormDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const fullScreen = useSmallScreen();
  const create = useCreatePerson();
  const update = useUpdatePerson();
  const { failure, setFailure } = useFailure();
  const [duplicateOf, setDuplicateOf] = useState<string | null>(null);
  const { control, handleSubmit, setError, formState } = useForm<
    PersonFormValues,
    unknown,
    CreatePersonBody
  >({
    resolver: personResolver,
    defaultValues: person ? personValues(person) : emptyPersonValues(),
  });
  const erased = person?.erased ?? false;

  const onSubmit = handleSubmit(async (values) => {
    setFailure(null);
    setDuplicateOf(null);
    try {
      if (!person) {
        onSaved(await create.mutateAsync(values), true);
        return;
      }
      const body = changes(values, person);
      if (Object.keys(body).length === 0) return onClose();
      onSaved(await update.mutateAsync({ id: person.id, body }), false);
    } catch (error) {
      const duplicate = errorExtra(error, 'PERSON_DUPLICATE');
      if (duplicate) {
        setDuplicateOf(duplicate.existingId);
      } else if (!applyPersonServerErrors(error, setError)) {
        setFailure(error);
      }
    }
  });

  return (
    <Dialog
      open
      onClose={onClose}
      aria-labelledby={titleId}
      fullWidth
      maxWidth="sm"
      fullScreen={fullScreen}
    >
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <DialogTitle id={titleId}>
          {person ? t('people.form.editTitle') : t('people.form.createTitle')}
        </DialogTitle>
        <DialogContent sx={{ display: 'grid', gap: 2.5, pt: '8px !important' }}>
          {erased && <Alert severity="info">{t('people.form.erased')}</Alert>}
          {failure !== null && <ApiErrorAlert error={failure} />}
          <PersonFields
            control={control}
            showOrganization={showOrganization}
            disabled={erased}
            autoFocus={!erased}
          />
          {!person && <ConsentFields control={control} />}
          {duplicateOf && <DuplicateWarning existingId={duplicateOf} />}
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={formState.isSubmitting || erased}>
            {formState.isSubmitting ? t('common.saving') : t('common.save')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
