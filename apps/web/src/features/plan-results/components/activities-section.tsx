import { useId, useMemo, useState } from 'react';
import type { Activity } from '@canhgiac/contracts';
import Add from '@mui/icons-material/Add';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import Edit from '@mui/icons-material/Edit';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { GridActionsCellItem, type GridColDef } from '@mui/x-data-grid';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { NoticeSnackbar } from '../../../components/notice-snackbar';
import { ServerPagedGrid } from '../../../components/server-paged-grid';
import { useCommuneNames } from '../../../lib/communes';
import { formatDate, useNumberFormat } from '../../../lib/format';
import { usePermission } from '../../../lib/permissions';
import { useServerPaging } from '../../../lib/use-server-paging';
import { useActivities } from '../api/activities';
import { ActivityFormDialog, channelMetrics } from './activity-form-dialog';
import { DeleteActivityDialog } from './delete-activity-dialog';
import { ImportActivitiesButton } from './import-activities-button';

/**
 * The campaign's outreach beyond conferences: each video, post, SMS wave, Zalo group and leaflet
 * drop, with the figures of its channel; added and updated as the views grow.
 */
export function ActivitiesSection({ campaignId }: { campaignId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const formatNumber = useNumberFormat();
  const communeNames = useCommuneNames();
  const { paging, page, pageSize } = useServerPaging(25);
  const activities = useActivities(campaignId, page, pageSize);
  const [editing, setEditing] = useState<Activity | 'new' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Activity | null>(null);
  const canDelete = usePermission('campaigns.manage');

  const columns = useMemo<GridColDef<Activity>[]>(
    () => [
      {
        field: 'channel',
        headerName: t('planResults.activities.fields.channel'),
        width: 190,
        valueFormatter: (value: Activity['channel']) => t(`planResults.channels.names.${value}`),
      },
      {
        field: 'title',
        headerName: t('planResults.activities.fields.title'),
        flex: 1,
        minWidth: 220,
      },
      {
        field: 'startsOn',
        headerName: t('planResults.activities.fields.startsOn'),
        width: 120,
        valueFormatter: (value: string) => formatDate(value),
      },
      {
        field: 'communeCode',
        headerName: t('planResults.activities.fields.communeCode'),
        width: 170,
        valueFormatter: (value: string | null) =>
          value ? (communeNames.get(value) ?? value) : t('planResults.activities.wholeProvince'),
      },
      {
        field: 'metrics',
        headerName: t('planResults.activities.figures'),
        flex: 1,
        minWidth: 220,
        sortable: false,
        valueGetter: (_value, row) =>
          channelMetrics[row.channel]
            .filter((key) => row.metrics[key] !== undefined)
            .map((key) =>
              t('planResults.activities.figure', {
                value: formatNumber(row.metrics[key]),
                name: t(`planResults.activities.units.${key}`),
              }),
            )
            .join(' · '),
      },
      {
        field: 'actions',
        type: 'actions',
        headerName: t('planResults.targets.columns.actions'),
        width: 110,
        getActions: ({ row }) => [
          <GridActionsCellItem
            key="edit"
            icon={<Edit />}
            label={t('planResults.activities.editAria', { title: row.title })}
            onClick={() => setEditing(row)}
          />,
          ...(canDelete
            ? [
                <GridActionsCellItem
                  key="delete"
                  icon={<DeleteOutlined />}
                  label={t('planResults.activities.deleteAria', { title: row.title })}
                  onClick={() => setDeleting(row)}
                />,
              ]
            : []),
        ],
      },
    ],
    [t, formatNumber, communeNames, canDelete],
  );

  return (
    <Paper
      component="section"
      aria-labelledby={headingId}
      sx={{ p: { xs: 2, md: 3 }, display: 'grid', gap: 2 }}
    >
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, justifyContent: 'space-between' }}>
        <div>
          <Typography id={headingId} variant="h2">
            {t('planResults.activities.title')}
          </Typography>
          <Typography color="text.secondary">{t('planResults.activities.intro')}</Typography>
        </div>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'flex-start' }}>
          <Button variant="contained" startIcon={<Add />} onClick={() => setEditing('new')}>
            {t('planResults.activities.add')}
          </Button>
          <ImportActivitiesButton campaignId={campaignId} />
        </Box>
      </Box>
      {activities.isError && (
        <ApiErrorAlert error={activities.error} onRetry={() => void activities.refetch()} />
      )}
      <ServerPagedGrid
        aria-label={t('planResults.activities.gridLabel')}
        columns={columns}
        page={activities.data}
        loading={activities.isFetching}
        paging={paging}
        localeText={{ noRowsLabel: t('planResults.activities.empty') }}
      />
      {editing && (
        <ActivityFormDialog
          campaignId={campaignId}
          activity={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            setEditing(null);
            setNotice(t('planResults.activities.saved', { title: saved.title }));
          }}
        />
      )}
      {deleting && (
        <DeleteActivityDialog
          activity={deleting}
          onClose={() => setDeleting(null)}
          onDeleted={() => {
            setNotice(t('planResults.activities.deleted', { title: deleting.title }));
            setDeleting(null);
          }}
        />
      )}
      <NoticeSnackbar notice={notice} onClose={() => setNotice(null)} />
    </Paper>
  );
}
