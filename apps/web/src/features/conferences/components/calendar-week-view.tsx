import type { Conference } from '@canhgiac/contracts';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { parseDay } from '../../../lib/date-time';
import { weekOf } from '../utils/calendar-dates';
import { CalendarDayCell } from './calendar-day-cell';
import { CalendarEvent } from './calendar-event';
import { WeekdayHeader } from './calendar-weekday-header';

interface CalendarWeekViewProps {
  anchor: string;
  today: string;
  byDay: Map<string, Conference[]>;
  onCreate?: (day: string) => void;
}

/** Seven days, Monday first, each with all its conferences (time, title, commune). */
export function CalendarWeekView({ anchor, today, byDay, onCreate }: CalendarWeekViewProps) {
  const { t } = useTranslation();
  const days = weekOf(anchor);
  return (
    <Box role="table" sx={{ borderTop: 1, borderLeft: 1, borderColor: 'divider' }}>
      <Box sx={{ display: { xs: 'none', md: 'block' } }}>
        <WeekdayHeader days={days} withDates />
      </Box>
      {/* On a phone the days are stacked, each headed by its weekday and date. */}
      <Box
        role="row"
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'repeat(7, minmax(0, 1fr))' },
        }}
      >
        {days.map((day) => {
          const conferences = byDay.get(day) ?? [];
          return (
            <CalendarDayCell
              key={day}
              day={day}
              heading={
                <>
                  <Box
                    component="span"
                    sx={{ display: { md: 'none' }, textTransform: 'capitalize' }}
                  >
                    {parseDay(day).format('dddd')}{' '}
                  </Box>
                  {parseDay(day).format('DD/MM')}
                </>
              }
              isToday={day === today}
              onCreate={onCreate}
              minHeight={{ xs: 56, md: 320 }}
            >
              {conferences.map((conference) => (
                <CalendarEvent key={conference.id} conference={conference} detailed />
              ))}
              {conferences.length === 0 && (
                <Typography variant="body2" color="text.secondary" sx={{ px: 0.5 }}>
                  {t('calendar.noConferences')}
                </Typography>
              )}
            </CalendarDayCell>
          );
        })}
      </Box>
    </Box>
  );
}
