import { useEffect, useState } from 'react';
import { checkInCodeSchema } from '@canhgiac/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import QrCodeScanner from '@mui/icons-material/QrCodeScanner';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormTextField } from '../../../components/form/form-text-field';
import { canScanQr } from '../utils/qr-code';
import { QrScanDialog } from './qr-scan-dialog';

const codeFormSchema = z.object({ code: checkInCodeSchema });
type CodeForm = z.input<typeof codeFormSchema>;

interface CodeCheckInProps {
  pending: boolean;
  /** Resolves true when the check-in went through (the box is then emptied). */
  onCode: (code: string) => Promise<boolean>;
}

/** The 8-character code printed on the roll-call sheet, typed or read from its QR code. */
export function CodeCheckIn({ pending, onCode }: CodeCheckInProps) {
  const { t } = useTranslation();
  const [scannable, setScannable] = useState(false);
  const [scanning, setScanning] = useState(false);
  const { control, handleSubmit, reset, getValues } = useForm<
    CodeForm,
    unknown,
    z.output<typeof codeFormSchema>
  >({
    resolver: zodResolver(codeFormSchema),
    defaultValues: { code: '' },
  });
  useEffect(() => {
    let active = true;
    void canScanQr().then((can) => active && setScannable(can));
    return () => {
      active = false;
    };
  }, []);

  const submit = handleSubmit(async ({ code }) => {
    if (!(await onCode(code))) return;
    // Emptied only if it still holds this code: the next one may have been typed meanwhile.
    if (codeFormSchema.shape.code.safeParse(getValues('code')).data === code) reset({ code: '' });
  });

  return (
    <Box
      component="form"
      noValidate
      onSubmit={(event) => void submit(event)}
      sx={{ display: 'grid', gap: 1.5 }}
    >
      <FormTextField
        control={control}
        name="code"
        parse={(text) => text.toUpperCase()}
        size="medium"
        label={t('checkIn.codeLabel')}
        autoComplete="off"
        helperText={t('checkIn.codeHelp')}
        slotProps={{
          htmlInput: {
            maxLength: 12,
            autoCapitalize: 'characters',
            spellCheck: false,
            style: { fontSize: '1.4rem', letterSpacing: '0.15em', fontFamily: 'monospace' },
          },
        }}
      />
      <Box
        sx={{
          display: 'grid',
          gap: 1,
          gridTemplateColumns: scannable ? { xs: '1fr', sm: '1fr 1fr' } : '1fr',
        }}
      >
        <Button
          type="submit"
          variant="contained"
          size="large"
          disabled={pending}
          sx={{ minHeight: 56, fontSize: '1.1rem' }}
        >
          {t('checkIn.codeSubmit')}
        </Button>
        {scannable && (
          <Button
            variant="outlined"
            size="large"
            startIcon={<QrCodeScanner />}
            onClick={() => setScanning(true)}
            sx={{ minHeight: 56, fontSize: '1.1rem' }}
          >
            {t('checkIn.scan')}
          </Button>
        )}
      </Box>
      {scanning && (
        <QrScanDialog
          onClose={() => setScanning(false)}
          onCode={(code) => {
            setScanning(false);
            void onCode(code);
          }}
        />
      )}
    </Box>
  );
}
