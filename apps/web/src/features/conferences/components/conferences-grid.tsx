import { useCallback, useMemo } from 'react';
import type { Conference } from '@canhgiac/contracts';
import GroupsOutlined from '@mui/icons-material/GroupsOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import type { GridColDef } from '@mui/x-data-grid';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { RowCard } from '../../../components/row-cards';
import { ServerPagedGrid, type PagedGridProps } from '../../../components/server-paged-grid';
import { formatDateTime } from '../../../lib/date-time';
import { useNumberFormat } from '../../../lib/format';
import { conferencePath, conferenceTabPath } from '../../../lib/paths';
import { usePermission } from '../../../lib/permissions';
import { useCurrentUser } from '../../../lib/use-session';
import { conferenceTimeText } from '../utils/conference-time';
import { ConferenceStatusChip } from './conference-status-chip';

interface ConferencesGridProps extends PagedGridProps<Conference> {
  /** The campaign page leaves out what it already says. */
  compact?: boolean;
  /** Names the list ("Hội nghị sắp tới"); the default is the list of all conferences. */
  label?: string;
  /** What an empty list means, when the grid's "no rows" does not say it. */
  emptyLabel?: string;
}

/** The title, opening the conference: whole (titles are long and alike), never cut off. */
function TitleLink({ conference }: { conference: Conference }) {
  return (
    <Link component={RouterLink} to={conferencePath(conference.id)}>
      {conference.title}
    </Link>
  );
}

/** Says that the coordinator's own organization co-organizes the conference. */
function OwnOrganizerChip() {
  const { t } = useTranslation();
  return (
    <Chip size="small" variant="outlined" color="primary" label={t('conferences.ownOrganizer')} />
  );
}

/** For a coordinator: whether their organization is among a conference's organizers. */
function useOwnOrganizer(): (conference: Conference) => boolean {
  const user = useCurrentUser();
  const own = user?.role === 'coordinator' ? user.organizationId : null;
  return useCallback(
    (conference: Conference) => own !== null && conference.organizerIds.includes(own),
    [own],
  );
}

/**
 * Conferences by start time, one server page at a time; the title opens the conference. Titles
 * and venues wrap, and the district goes under the commune (it is empty since 1/7/2025), so the
 * columns fit a 1366 px screen. On a phone, each conference is a card. A coordinator sees which
 * conferences their organization co-organizes.
 */
export function ConferencesGrid(props: ConferencesGridProps) {
  const { page, loading, paging, compact = false, label, emptyLabel } = props;
  const { t } = useTranslation();
  const formatNumber = useNumberFormat();
  const canSeeRegistrations = usePermission('registrations.view');
  const isOwn = useOwnOrganizer();
  const columns = useMemo<GridColDef<Conference>[]>(() => {
    const all: GridColDef<Conference>[] = [
      {
        field: 'startsAt',
        headerName: t('conferences.columns.startsAt'),
        width: 140,
        valueGetter: (_value, row) => formatDateTime(row.startsAt),
      },
      {
        field: 'title',
        headerName: t('conferences.columns.title'),
        flex: 2,
        minWidth: 200,
        renderCell: ({ row }) => (
          <div>
            <TitleLink conference={row} />
            {isOwn(row) && (
              <Box sx={{ mt: 0.5 }}>
                <OwnOrganizerChip />
              </Box>
            )}
          </div>
        ),
      },
      {
        field: 'communeName',
        headerName: t('conferences.columns.commune'),
        flex: 1,
        minWidth: 130,
        renderCell: ({ row }) => (
          <div>
            {row.communeName}
            {row.districtName && (
              <Box component="span" sx={{ display: 'block', color: 'text.secondary' }}>
                {row.districtName}
              </Box>
            )}
          </div>
        ),
      },
      { field: 'venue', headerName: t('conferences.columns.venue'), flex: 1.2, minWidth: 150 },
      {
        field: 'status',
        headerName: t('conferences.columns.status'),
        width: 130,
        renderCell: ({ row }) => <ConferenceStatusChip status={row.status} />,
      },
      {
        field: 'capacity',
        headerName: t('conferences.columns.capacity'),
        type: 'number',
        width: 90,
        valueFormatter: (value: number) => formatNumber(value),
      },
    ];
    return compact ? all.filter((column) => column.field !== 'venue') : all;
  }, [t, formatNumber, compact, isOwn]);

  const card = useMemo<RowCard<Conference>>(
    () => ({
      title: (row) => <TitleLink conference={row} />,
      status: (row) => <ConferenceStatusChip status={row.status} />,
      details: (row) => [
        conferenceTimeText(row, t),
        [row.communeName, row.venue].filter(Boolean).join(' · '),
        isOwn(row) && <OwnOrganizerChip />,
      ],
      action: canSeeRegistrations
        ? (row) => (
            <Button
              component={RouterLink}
              to={conferenceTabPath(row.id, 'registrations')}
              variant="outlined"
              startIcon={<GroupsOutlined />}
              aria-label={t('conferences.card.registrationsOf', { title: row.title })}
            >
              {t('conferences.card.registrations')}
            </Button>
          )
        : undefined,
    }),
    [t, canSeeRegistrations, isOwn],
  );

  return (
    <ServerPagedGrid
      aria-label={label ?? t('conferences.gridLabel')}
      columns={columns}
      card={card}
      wrapText
      localeText={emptyLabel ? { noRowsLabel: emptyLabel } : undefined}
      page={page}
      loading={loading}
      paging={paging}
    />
  );
}
