import { useEffect, useId, useRef, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { codeFromQr, createQrDetector } from '../utils/qr-code';

interface QrScanDialogProps {
  onCode: (code: string) => void;
  onClose: () => void;
}

const SCAN_EVERY_MS = 250;

/** The back camera, full screen, until a check-in code's QR is seen. */
export function QrScanDialog({ onCode, onClose }: QrScanDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const video = useRef<HTMLVideoElement>(null);
  const [failed, setFailed] = useState(false);
  const found = useRef(onCode);
  useEffect(() => {
    found.current = onCode;
  }, [onCode]);

  useEffect(() => {
    let stream: MediaStream | null = null;
    let timer: ReturnType<typeof setInterval> | undefined;
    let stopped = false;
    const detector = createQrDetector();
    const start = async () => {
      try {
        stream = await navigator.mediaDevices.getUserMedia({
          video: { facingMode: 'environment' },
          audio: false,
        });
        if (stopped || !video.current || !detector) return;
        video.current.srcObject = stream;
        await video.current.play();
        timer = setInterval(() => {
          if (!video.current || video.current.readyState < 2) return;
          void detector.detect(video.current).then((codes) => {
            const code = codes.map((item) => codeFromQr(item.rawValue)).find(Boolean);
            if (code && !stopped) {
              stopped = true;
              found.current(code);
            }
          });
        }, SCAN_EVERY_MS);
      } catch {
        setFailed(true);
      }
    };
    void start();
    return () => {
      stopped = true;
      clearInterval(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, []);

  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullScreen>
      <DialogTitle id={titleId}>{t('checkIn.scanTitle')}</DialogTitle>
      <DialogContent sx={{ display: 'grid', gap: 2, alignContent: 'start' }}>
        <Typography sx={{ fontSize: '1.1rem' }}>{t('checkIn.scanHint')}</Typography>
        {failed ? (
          <Alert severity="error">{t('checkIn.cameraError')}</Alert>
        ) : (
          <Box
            component="video"
            ref={video}
            muted
            playsInline
            aria-label={t('checkIn.scanTitle')}
            sx={{
              width: '100%',
              maxHeight: '60vh',
              bgcolor: 'black',
              borderRadius: 1,
              objectFit: 'cover',
            }}
          />
        )}
      </DialogContent>
      <DialogActions sx={{ p: 2 }}>
        <Button variant="contained" size="large" onClick={onClose} fullWidth sx={{ minHeight: 56 }}>
          {t('common.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
