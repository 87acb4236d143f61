import { useId, useMemo } from 'react';
import { MAX_PAGE_SIZE } from '@canhgiac/contracts';
import ChevronLeft from '@mui/icons-material/ChevronLeft';
import ChevronRight from '@mui/icons-material/ChevronRight';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import LinearProgress from '@mui/material/LinearProgress';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { parseDay, todayInVietnam } from '../../../lib/date-time';
import { formatDate } from '../../../lib/format';
import { useConferences } from '../api/get-conferences';
import { addDays, addMonths, conferencesByDay, monthWeeks, weekOf } from '../utils/calendar-dates';
import { CalendarMonthView } from './calendar-month-view';
import { CalendarWeekView } from './calendar-week-view';
import { StatusLegend } from './status-legend';
import type { ConferenceFilters } from './use-conference-filters';

interface ConferencesCalendarProps {
  filters: ConferenceFilters;
  onChange: (change: Partial<ConferenceFilters>) => void;
  onCreate?: (day: string) => void;
}

/** The visible days: whole weeks around the month, or one week. */
function visibleRange(filters: ConferenceFilters): { from: string; to: string } {
  if (filters.mode === 'week') {
    const days = weekOf(filters.date);
    return { from: days[0], to: days[6] };
  }
  const weeks = monthWeeks(filters.date);
  return { from: weeks[0][0], to: weeks[weeks.length - 1][6] };
}

/** The month or week calendar, asking the server for exactly the days it shows. */
export function ConferencesCalendar({ filters, onChange, onCreate }: ConferencesCalendarProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const today = todayInVietnam();
  const range = visibleRange(filters);
  const conferences = useConferences({
    ...range,
    campaignId: filters.campaignId || undefined,
    districtCode: filters.districtCode || undefined,
    communeCode: filters.communeCode || undefined,
    status: filters.status || undefined,
    page: 1,
    pageSize: MAX_PAGE_SIZE,
  });
  const byDay = useMemo(() => conferencesByDay(conferences.data?.items ?? []), [conferences.data]);
  const isWeek = filters.mode === 'week';
  const anchor = parseDay(filters.date);
  const title = isWeek
    ? t('calendar.weekTitle', { from: formatDate(range.from), to: formatDate(range.to) })
    : t('calendar.monthTitle', {
        month: anchor.month() + 1,
        year: anchor.year(),
        monthName: anchor.format('MMMM'),
      });
  const move = (step: number) =>
    onChange({ date: isWeek ? addDays(filters.date, step * 7) : addMonths(filters.date, step) });
  const shown = conferences.data?.items.length ?? 0;
  const total = conferences.data?.total ?? 0;

  return (
    <Box component="section" aria-label={t('calendar.label')}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1, mb: 1.5 }}>
        <IconButton
          aria-label={isWeek ? t('calendar.previousWeek') : t('calendar.previousMonth')}
          onClick={() => move(-1)}
        >
          <ChevronLeft />
        </IconButton>
        <IconButton
          aria-label={isWeek ? t('calendar.nextWeek') : t('calendar.nextMonth')}
          onClick={() => move(1)}
        >
          <ChevronRight />
        </IconButton>
        <Button variant="outlined" size="small" onClick={() => onChange({ date: today })}>
          {t('calendar.today')}
        </Button>
        <Typography id={titleId} variant="h2" aria-live="polite" sx={{ mx: 1, flexGrow: 1 }}>
          {title}
        </Typography>
        <ToggleButtonGroup
          exclusive
          size="small"
          value={filters.mode}
          aria-label={t('calendar.modeLabel')}
          onChange={(_event, mode: ConferenceFilters['mode'] | null) => mode && onChange({ mode })}
        >
          <ToggleButton value="month">{t('calendar.month')}</ToggleButton>
          <ToggleButton value="week">{t('calendar.week')}</ToggleButton>
        </ToggleButtonGroup>
      </Box>
      {conferences.isError && (
        <ApiErrorAlert
          error={conferences.error}
          onRetry={() => void conferences.refetch()}
          sx={{ mb: 1.5 }}
        />
      )}
      {total > shown && (
        <Alert severity="info" sx={{ mb: 1.5 }}>
          {t('calendar.truncated', { shown, total })}
        </Alert>
      )}
      <Box sx={{ height: 4 }}>
        {conferences.isFetching && <LinearProgress aria-label={t('app.loading')} />}
      </Box>
      <Box sx={{ overflowX: 'auto' }} aria-labelledby={titleId} role="region" tabIndex={0}>
        {isWeek ? (
          <CalendarWeekView anchor={filters.date} today={today} byDay={byDay} onCreate={onCreate} />
        ) : (
          <CalendarMonthView
            anchor={filters.date}
            today={today}
            byDay={byDay}
            onCreate={onCreate}
            onShowWeek={(date) => onChange({ mode: 'week', date })}
          />
        )}
      </Box>
      <Box sx={{ mt: 1.5 }}>
        <StatusLegend />
      </Box>
    </Box>
  );
}
