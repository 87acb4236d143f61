import type { ReactNode, MouseEvent } from 'react';
import Add from '@mui/icons-material/Add';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';

interface CalendarDayCellProps {
  day: string;
  /** Shown above the events: the day's number (month) or weekday and date (week). */
  heading: ReactNode;
  isToday: boolean;
  muted?: boolean;
  /** Staff and admins schedule a conference on the day by clicking its empty space. */
  onCreate?: (day: string) => void;
  minHeight: number | string | { xs: number; md: number };
  children: ReactNode;
}

/** One day, labelled "Ngày 15/05/2026" for screen readers and browser tests. */
export function CalendarDayCell(props: CalendarDayCellProps) {
  const { day, heading, isToday, muted = false, onCreate, minHeight, children } = props;
  const { t } = useTranslation();
  const date = formatDate(day);
  const createHere = (event: MouseEvent<HTMLElement>) => {
    // A click on an event or a button inside the day does its own thing.
    if ((event.target as HTMLElement).closest('a, button')) return;
    onCreate?.(day);
  };
  return (
    <Box
      role="cell"
      aria-label={t('calendar.dayLabel', { date })}
      aria-current={isToday ? 'date' : undefined}
      onClick={onCreate ? createHere : undefined}
      sx={{
        minHeight,
        minWidth: 0,
        p: 0.5,
        borderRight: 1,
        borderBottom: 1,
        borderColor: 'divider',
        bgcolor: muted ? 'action.hover' : 'background.paper',
        cursor: onCreate ? 'pointer' : 'default',
        display: 'flex',
        flexDirection: 'column',
        gap: 0.5,
        '&:hover .calendar-add, & .calendar-add:focus-visible': { opacity: 1 },
      }}
    >
      <Box
        sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 0.5 }}
      >
        <Box
          sx={{
            fontWeight: isToday ? 700 : 500,
            color: muted ? 'text.secondary' : 'text.primary',
            ...(isToday && {
              bgcolor: 'primary.main',
              color: 'primary.contrastText',
              borderRadius: 4,
              px: 0.75,
            }),
          }}
        >
          {heading}
        </Box>
        {onCreate && (
          <IconButton
            className="calendar-add"
            size="small"
            aria-label={t('calendar.addOnDay', { date })}
            onClick={() => onCreate(day)}
            sx={{ opacity: 0, p: 0.25 }}
          >
            <Add fontSize="small" />
          </IconButton>
        )}
      </Box>
      {children}
    </Box>
  );
}
