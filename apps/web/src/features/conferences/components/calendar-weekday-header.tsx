import Box from '@mui/material/Box';
import { parseDay } from '../../../lib/date-time';
import { formatDate } from '../../../lib/format';

interface WeekdayHeaderProps {
  days: string[];
  /** The week view also writes each column's date. */
  withDates?: boolean;
}

/** Thứ Hai … Chủ Nhật (in the UI language), Monday first. */
export function WeekdayHeader({ days, withDates = false }: WeekdayHeaderProps) {
  return (
    <Box role="row" sx={{ display: 'grid', gridTemplateColumns: 'repeat(7, minmax(0, 1fr))' }}>
      {days.map((day) => {
        const date = parseDay(day);
        return (
          <Box
            role="columnheader"
            key={day}
            aria-label={
              withDates ? `${date.format('dddd')} ${formatDate(day)}` : date.format('dddd')
            }
            sx={{
              px: 1,
              py: 0.75,
              borderRight: 1,
              borderBottom: 1,
              borderColor: 'divider',
              bgcolor: 'grey.100',
              fontWeight: 600,
              fontSize: '0.875rem',
              textTransform: 'capitalize',
            }}
          >
            {date.format('ddd')}
            {withDates && ` ${date.format('DD/MM')}`}
          </Box>
        );
      })}
    </Box>
  );
}
