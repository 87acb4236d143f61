import type { Conference } from '@canhgiac/contracts';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import { useTranslation } from 'react-i18next';
import { parseDay } from '../../../lib/date-time';
import { monthWeeks, sameMonth } from '../utils/calendar-dates';
import { CalendarDayCell } from './calendar-day-cell';
import { CalendarEvent } from './calendar-event';
import { WeekdayHeader } from './calendar-weekday-header';

const VISIBLE_PER_DAY = 3;

interface CalendarMonthViewProps {
  anchor: string;
  today: string;
  byDay: Map<string, Conference[]>;
  onCreate?: (day: string) => void;
  /** "+2 more" opens the week of that day. */
  onShowWeek: (day: string) => void;
}

/** Weeks of the month, Monday first; each day lists up to three conferences. */
export function CalendarMonthView(props: CalendarMonthViewProps) {
  const { anchor, today, byDay, onCreate, onShowWeek } = props;
  const { t } = useTranslation();
  const weeks = monthWeeks(anchor);
  return (
    <Box role="table" sx={{ borderTop: 1, borderLeft: 1, borderColor: 'divider', minWidth: 640 }}>
      <WeekdayHeader days={weeks[0]} />
      {weeks.map((week) => (
        <Box
          role="row"
          key={week[0]}
          sx={{ display: 'grid', gridTemplateColumns: 'repeat(7, minmax(0, 1fr))' }}
        >
          {week.map((day) => {
            const conferences = byDay.get(day) ?? [];
            const hidden = conferences.length - VISIBLE_PER_DAY;
            return (
              <CalendarDayCell
                key={day}
                day={day}
                heading={parseDay(day).date()}
                isToday={day === today}
                muted={!sameMonth(day, anchor)}
                onCreate={onCreate}
                minHeight={112}
              >
                {conferences.slice(0, VISIBLE_PER_DAY).map((conference) => (
                  <CalendarEvent key={conference.id} conference={conference} />
                ))}
                {hidden > 0 && (
                  <Link
                    component="button"
                    type="button"
                    variant="body2"
                    onClick={() => onShowWeek(day)}
                    sx={{ alignSelf: 'flex-start' }}
                  >
                    {t('calendar.more', { count: hidden })}
                  </Link>
                )}
              </CalendarDayCell>
            );
          })}
        </Box>
      ))}
    </Box>
  );
}
