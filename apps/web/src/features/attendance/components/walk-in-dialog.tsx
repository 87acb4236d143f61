import { useEffect, useId } from 'react';
import { type CreatePersonBody } from '@canhgiac/contracts';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  applyPersonServerErrors,
  ConsentFields,
  emptyPersonValues,
  PersonFields,
  personResolver,
  type PersonFormValues,
} from '../../../components/person-form';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useCommuneOptionsOn } from '../../../components/commune-picker';
import { todayInVietnam } from '../../../lib/date-time';
import { useFailure } from '../../../lib/use-failure';
import { useCurrentUser } from '../../../lib/use-session';
import { useSmallScreen } from '../../../lib/use-small-screen';

interface WalkInDialogProps {
  /** Registers and checks in at once; resolves the error, or null when it went through. */
  onSubmit: (person: CreatePersonBody) => Promise<unknown>;
  onClose: () => void;
  /** Whether to ask for the organization; by default, everyone but a coordinator is asked. */
  showOrganization?: boolean;
  /** The conference's commune: most walk-ins live there, so the form starts with it. */
  communeCode?: string | null;
}

/**
 * Someone who came without registering: the minimal fields and consent (given in person), then
 * registered and checked in at once. A person already listed is reused, not added twice. The
 * commune starts as the conference's; someone from elsewhere changes it.
 */
export function WalkInDialog({ onSubmit, onClose, communeCode, ...props }: WalkInDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const fullScreen = useSmallScreen();
  const role = useCurrentUser()?.role;
  const showOrganization = props.showOrganization ?? role !== 'coordinator';
  const { failure, setFailure, clear } = useFailure();
  const { control, handleSubmit, setError, formState, getValues, setValue } = useForm<
    PersonFormValues,
    unknown,
    CreatePersonBody
  >({
    resolver: personResolver,
    defaultValues: emptyPersonValues({
      consentSource: 'in_person',
      communeCode: communeCode ?? '',
    }),
  });
  // A person lives in one of today's communes: a conference's commune that no longer exists
  // (entered after the 2025 reorganization) is not offered, rather than kept out of sight.
  const today = useCommuneOptionsOn(todayInVietnam());
  const outdated =
    !!communeCode &&
    !today.isPending &&
    !today.isError &&
    !today.options.some((option) => option.code === communeCode);
  useEffect(() => {
    if (outdated && getValues('communeCode') === communeCode) setValue('communeCode', '');
  }, [outdated, communeCode, getValues, setValue]);
  const submit = handleSubmit(async (person) => {
    clear();
    const error = await onSubmit(person);
    if (error && !applyPersonServerErrors(error, setError)) setFailure(error);
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
      <form noValidate onSubmit={(event) => void submit(event)}>
        <DialogTitle id={titleId}>{t('checkIn.walkInDialog')}</DialogTitle>
        <DialogContent sx={{ display: 'grid', gap: 2.5, pt: '8px !important' }}>
          {failure !== null && <ApiErrorAlert error={failure} />}
          <PersonFields
            control={control}
            showOrganization={showOrganization}
            size="medium"
            autoFocus
          />
          <ConsentFields control={control} />
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2, gap: 1, flexWrap: 'wrap' }}>
          <Button onClick={onClose} size="large">
            {t('common.cancel')}
          </Button>
          <Button
            type="submit"
            variant="contained"
            size="large"
            disabled={formState.isSubmitting}
            sx={{ minHeight: 48 }}
          >
            {t('checkIn.walkInSubmit')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
