import { useId, useState } from 'react';
import type { Registration } from '@canhgiac/contracts';
import Dialog from '@mui/material/Dialog';
import DialogTitle from '@mui/material/DialogTitle';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { useTranslation } from 'react-i18next';
import { RegisterExistingForm } from './register-existing-form';
import { RegisterNewForm } from './register-new-form';
import { useSmallScreen } from '../../../lib/use-small-screen';

interface RegisterDialogProps {
  conferenceId: string;
  capacity: number;
  onClose: () => void;
  onRegistered: (registration: Registration) => void;
}

type Mode = 'existing' | 'new';

/** Registers someone already listed (searched), or a new person in one step. */
export function RegisterDialog({
  conferenceId,
  capacity,
  onClose,
  onRegistered,
}: RegisterDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const fullScreen = useSmallScreen();
  const [mode, setMode] = useState<Mode>('existing');
  const form = { conferenceId, capacity, onClose, onRegistered };
  return (
    <Dialog
      open
      onClose={onClose}
      aria-labelledby={titleId}
      fullWidth
      maxWidth="sm"
      fullScreen={fullScreen}
    >
      <DialogTitle id={titleId}>{t('registrations.register.title')}</DialogTitle>
      <Tabs
        value={mode}
        onChange={(_event, next: Mode) => setMode(next)}
        aria-label={t('registrations.register.modeLabel')}
        variant="fullWidth"
        sx={{ borderBottom: 1, borderColor: 'divider' }}
      >
        <Tab value="existing" label={t('registrations.register.existing')} />
        <Tab value="new" label={t('registrations.register.new')} />
      </Tabs>
      {mode === 'existing' ? <RegisterExistingForm {...form} /> : <RegisterNewForm {...form} />}
    </Dialog>
  );
}
