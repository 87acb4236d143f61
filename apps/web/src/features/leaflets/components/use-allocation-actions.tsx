import { useCallback, useMemo, useState } from 'react';
import type { LeafletAllocation } from '@canhgiac/contracts';
import Box from '@mui/material/Box';
import Snackbar from '@mui/material/Snackbar';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useNumberFormat } from '../../../lib/format';
import { useHandoverNoteDownload } from '../api/get-handover-note';
import { CancelAllocationDialog } from './cancel-allocation-dialog';
import { DeliverDialog } from './deliver-dialog';

export interface AllocationActionHandlers {
  onDeliver: (allocation: LeafletAllocation) => void;
  onCancel: (allocation: LeafletAllocation) => void;
  onSlip: (allocation: LeafletAllocation) => void;
  /** The allocation whose handover note is being downloaded. */
  slipBusyId: string | null;
}

type Dialog = { kind: 'deliver' | 'cancel'; allocation: LeafletAllocation } | null;

/**
 * What staff do with an allocation (deliver, cancel, download its handover note), with the
 * dialogs, the download's progress and the notices, for any list of allocations.
 */
export function useAllocationActions() {
  const { t } = useTranslation();
  const formatNumber = useNumberFormat();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [slipId, setSlipId] = useState<string | null>(null);
  const note = useHandoverNoteDownload();
  const { downloadNote } = note;

  const onSlip = useCallback(
    (allocation: LeafletAllocation) => {
      setSlipId(allocation.id);
      void downloadNote(allocation.id, allocation.documentNumber).then((result) => {
        setSlipId(null);
        if (result.ok) setNotice(t('leaflets.slip.saved', { number: allocation.documentNumber }));
      });
    },
    [downloadNote, t],
  );
  const handlers = useMemo<AllocationActionHandlers>(
    () => ({
      onDeliver: (allocation) => setDialog({ kind: 'deliver', allocation }),
      onCancel: (allocation) => setDialog({ kind: 'cancel', allocation }),
      onSlip,
      slipBusyId: slipId,
    }),
    [onSlip, slipId],
  );

  const element = (
    <>
      {note.error !== null && (
        <Box sx={{ mb: 2 }}>
          <ApiErrorAlert error={note.error} />
        </Box>
      )}
      {dialog?.kind === 'deliver' && (
        <DeliverDialog
          allocation={dialog.allocation}
          onClose={() => setDialog(null)}
          onSaved={(saved) => {
            setDialog(null);
            setNotice(
              t('leaflets.deliver.saved', {
                count: formatNumber(saved.quantity),
                recipient: saved.recipientName,
              }),
            );
          }}
        />
      )}
      {dialog?.kind === 'cancel' && (
        <CancelAllocationDialog
          allocation={dialog.allocation}
          onClose={() => setDialog(null)}
          onSaved={(saved) => {
            setDialog(null);
            setNotice(t('leaflets.cancel.saved', { count: formatNumber(saved.quantity) }));
          }}
        />
      )}
      <Snackbar
        open={note.busy || notice !== null}
        message={note.busy ? t('leaflets.slip.busy') : notice}
        autoHideDuration={note.busy ? null : 5000}
        onClose={() => setNotice(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      />
    </>
  );
  return { handlers, element, showNotice: setNotice };
}
