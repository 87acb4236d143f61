import type { Registration } from '@canhgiac/contracts';
import CheckCircle from '@mui/icons-material/CheckCircle';
import HowToReg from '@mui/icons-material/HowToReg';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { personName } from '../../../components/person-form/person-form-values';
import { useCommuneNames } from '../../../lib/communes';
import { formatTime } from '../../../lib/date-time';

interface RegistrantCardProps {
  registration: Registration;
  disabled: boolean;
  onCheckIn: (registration: Registration) => void;
}

/** One registrant: name, birth year, commune; a big "Điểm danh", or when they checked in. */
export function RegistrantCard({ registration, disabled, onCheckIn }: RegistrantCardProps) {
  const { t } = useTranslation();
  const communeNames = useCommuneNames();
  const { person } = registration;
  const name = personName(person, t);
  const commune = communeNames.get(person.communeCode) ?? person.communeCode;
  const attended = registration.checkedInAt !== null;
  return (
    <Paper
      variant="outlined"
      sx={{ p: 1.5, display: 'flex', gap: 1.5, alignItems: 'center', flexWrap: 'wrap' }}
    >
      <Box sx={{ flex: '1 1 160px', minWidth: 0 }}>
        <Typography component="p" sx={{ fontSize: '1.15rem', fontWeight: 700 }}>
          {name}
        </Typography>
        <Typography component="p" color="text.secondary">
          {t('checkIn.personLine', { year: person.birthYear ?? '', commune })}
        </Typography>
        {attended && registration.checkedInAt && (
          <Typography
            component="p"
            sx={{
              color: 'success.dark',
              fontWeight: 600,
              display: 'flex',
              gap: 0.5,
              alignItems: 'center',
            }}
          >
            <CheckCircle fontSize="small" aria-hidden />
            {t('checkIn.attendedAt', { time: formatTime(registration.checkedInAt) })}
          </Typography>
        )}
      </Box>
      <Button
        variant={attended ? 'outlined' : 'contained'}
        size="large"
        startIcon={<HowToReg />}
        disabled={disabled}
        onClick={() => onCheckIn(registration)}
        aria-label={t('checkIn.checkInAria', { name })}
        sx={{
          minHeight: 56,
          minWidth: 140,
          fontSize: '1.1rem',
          flex: { xs: '1 1 100%', sm: '0 0 auto' },
        }}
      >
        {t('checkIn.checkIn')}
      </Button>
    </Paper>
  );
}
