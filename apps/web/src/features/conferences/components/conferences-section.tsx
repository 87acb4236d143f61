import { useId, useState } from 'react';
import type { Conference } from '@canhgiac/contracts';
import Add from '@mui/icons-material/Add';
import CalendarMonth from '@mui/icons-material/CalendarMonth';
import EventNote from '@mui/icons-material/EventNote';
import FilterList from '@mui/icons-material/FilterList';
import ViewList from '@mui/icons-material/ViewList';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Collapse from '@mui/material/Collapse';
import Paper from '@mui/material/Paper';
import Snackbar from '@mui/material/Snackbar';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { DatePickersProvider } from '../../../components/date-pickers-provider';
import { PageHeader } from '../../../components/page-header';
import { conferencePath } from '../../../lib/paths';
import { usePermission } from '../../../lib/permissions';
import { useSmallScreen } from '../../../lib/use-small-screen';
import { useCurrentUser } from '../../../lib/use-session';
import { ConferenceFiltersBar } from './conference-filters';
import { ConferenceFormDialog } from './conference-form-dialog';
import { ConferencesCalendar } from './conferences-calendar';
import { ConferencesList } from './conferences-list';
import { UpcomingConferences } from './upcoming-conferences';
import { useConferenceFilters, type ConferenceView } from './use-conference-filters';

type DialogState = { day?: string } | null;

/**
 * "Hội nghị tập huấn": the next conferences, the calendar (month or week) or the list, with the
 * same filters. A coordinator, and anyone on a phone, starts with the next conferences: what is
 * coming is what they work on, and a calendar week is mostly empty.
 */
export function ConferencesSection() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canManage = usePermission('conferences.manage');
  const isPhone = useSmallScreen();
  const isCoordinator = useCurrentUser()?.role === 'coordinator';
  const [filters, setFilters] = useConferenceFilters(
    isPhone || isCoordinator ? 'upcoming' : 'calendar',
    isPhone ? 'week' : 'month',
  );
  // On a phone the filters fold away under a button, so the conferences come first.
  const activeFilters = [
    filters.campaignId,
    filters.communeCode,
    filters.status,
    filters.q,
    ...(filters.view === 'list' ? [filters.from, filters.to] : []),
  ].filter(Boolean).length;
  const [filtersOpen, setFiltersOpen] = useState(activeFilters > 0);
  const filtersId = useId();
  const [dialog, setDialog] = useState<DialogState>(null);
  const [created, setCreated] = useState<Conference | null>(null);
  const openCreate = canManage ? (day?: string) => setDialog({ day }) : undefined;

  return (
    <DatePickersProvider>
      <PageHeader
        title={t('conferences.title')}
        intro={t('conferences.intro')}
        actions={
          <>
            <ToggleButtonGroup
              exclusive
              size="small"
              value={filters.view}
              aria-label={t('conferences.views.label')}
              onChange={(_event, view: ConferenceView | null) => view && setFilters({ view })}
            >
              <ToggleButton value="upcoming">
                <EventNote fontSize="small" sx={{ mr: 0.75 }} />
                {t('conferences.views.upcoming')}
              </ToggleButton>
              <ToggleButton value="calendar">
                <CalendarMonth fontSize="small" sx={{ mr: 0.75 }} />
                {t('conferences.views.calendar')}
              </ToggleButton>
              <ToggleButton value="list">
                <ViewList fontSize="small" sx={{ mr: 0.75 }} />
                {t('conferences.views.list')}
              </ToggleButton>
            </ToggleButtonGroup>
            {openCreate && (
              <Button variant="contained" startIcon={<Add />} onClick={() => openCreate()}>
                {t('conferences.add')}
              </Button>
            )}
          </>
        }
      />
      <Paper sx={{ p: { xs: 2, md: 3 }, mt: 3 }}>
        {isPhone && (
          <Button
            variant="outlined"
            startIcon={<FilterList />}
            aria-expanded={filtersOpen}
            aria-controls={filtersId}
            onClick={() => setFiltersOpen((open) => !open)}
            sx={{ mb: 2 }}
          >
            {activeFilters > 0
              ? t('conferences.filters.toggleActive', { count: activeFilters })
              : t('conferences.filters.toggle')}
          </Button>
        )}
        <Collapse in={!isPhone || filtersOpen}>
          <Box id={filtersId} sx={{ mb: 2 }}>
            <ConferenceFiltersBar filters={filters} onChange={setFilters} />
          </Box>
        </Collapse>
        {filters.view === 'upcoming' && <UpcomingConferences filters={filters} />}
        {filters.view === 'calendar' && (
          <ConferencesCalendar filters={filters} onChange={setFilters} onCreate={openCreate} />
        )}
        {filters.view === 'list' && <ConferencesList filters={filters} />}
      </Paper>
      {dialog && (
        <ConferenceFormDialog
          conference={null}
          initialDay={dialog.day}
          campaignId={filters.campaignId}
          onClose={() => setDialog(null)}
          onSaved={(conference) => {
            setDialog(null);
            setCreated(conference);
          }}
        />
      )}
      <Snackbar
        open={created !== null}
        message={created && t('conferenceForm.saved.created', { title: created.title })}
        autoHideDuration={8000}
        onClose={() => setCreated(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
        action={
          created && (
            <Button
              color="inherit"
              size="small"
              onClick={() => void navigate(conferencePath(created.id))}
            >
              {t('conferenceForm.saved.open')}
            </Button>
          )
        }
      />
    </DatePickersProvider>
  );
}
