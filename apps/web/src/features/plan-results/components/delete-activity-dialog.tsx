import type { Activity } from '@canhgiac/contracts';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { useFailure } from '../../../lib/use-failure';
import { useDeleteActivity } from '../api/activities';

interface DeleteActivityDialogProps {
  activity: Activity;
  onClose: () => void;
  onDeleted: () => void;
}

/** Deletes an activity entered by mistake, with the history of its figures, once confirmed. */
export function DeleteActivityDialog({ activity, onClose, onDeleted }: DeleteActivityDialogProps) {
  const { t } = useTranslation();
  const remove = useDeleteActivity();
  const { failure, run } = useFailure();
  return (
    <ConfirmDialog
      title={t('planResults.activities.deleteTitle')}
      body={t('planResults.activities.deleteBody', { title: activity.title })}
      onClose={onClose}
      onSubmit={async (event) => {
        event.preventDefault();
        const done = await run(async () => {
          await remove.mutateAsync(activity.id);
          return true;
        });
        if (done) onDeleted();
      }}
      busy={remove.isPending}
      keepLabel={t('planResults.activities.keep')}
      confirmLabel={t('planResults.activities.delete')}
    >
      {failure !== null && <ApiErrorAlert error={failure} />}
    </ConfirmDialog>
  );
}
