import { useId, useMemo, useState } from 'react';
import type { PutTargetsBody, TargetItem } from '@canhgiac/contracts';
import Add from '@mui/icons-material/Add';
import ContentPaste from '@mui/icons-material/ContentPaste';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { GridActionsCellItem, type GridColDef } from '@mui/x-data-grid';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useCommuneOptionsOn } from '../../../components/commune-picker';
import { DataGrid } from '../../../components/data-grid';
import { ApiError } from '../../../lib/api-errors';
import { usePermission } from '../../../lib/permissions';
import { useOrganizationOptions } from '../../../lib/reference-data';
import { useFailure } from '../../../lib/use-failure';
import { useSaveTargets, useTargets } from '../api/plan-results';
import { PasteTargetsDialog, type PastedTarget } from './paste-targets-dialog';

export interface TargetRow {
  id: number;
  communeCode: string | null;
  organizationId: string | null;
  conferences: number | null;
  participants: number | null;
  leaflets: number | null;
}

let nextRowId = 1;
const toRow = (item: Omit<TargetRow, 'id'> | TargetItem): TargetRow => ({
  id: nextRowId++,
  communeCode: item.communeCode,
  organizationId: item.organizationId,
  conferences: item.conferences,
  participants: item.participants,
  leaflets: item.leaflets,
});

/** The rows as the API takes them: empty rows left out, blanks as null. */
export function targetsBody(rows: TargetRow[]): PutTargetsBody {
  return {
    items: rows
      .filter((row) => row.communeCode || row.organizationId)
      .map(({ communeCode, organizationId, conferences, participants, leaflets }) => ({
        communeCode: communeCode || null,
        organizationId: organizationId || null,
        conferences: conferences ?? null,
        participants: participants ?? null,
        leaflets: leaflets ?? null,
      })),
  };
}

/** The rows a refusal names ("Dòng 3: …"), from the paths of its details (`items.2.conferences`). */
function rowProblems(error: unknown, rows: TargetRow[]): string[] {
  if (!(error instanceof ApiError)) return [];
  const kept = rows.filter((row) => row.communeCode || row.organizationId);
  return error.details.map((detail) => {
    const index = Number(/items\.(\d+)/u.exec(detail.path)?.[1]);
    const line = Number.isInteger(index) ? rows.indexOf(kept[index]) + 1 : null;
    return line ? `${line}: ${detail.message}` : detail.message;
  });
}

function Editor({
  campaignId,
  on,
  items,
  editable,
}: {
  campaignId: string;
  on: string;
  items: TargetItem[];
  editable: boolean;
}) {
  const { t } = useTranslation();
  const communes = useCommuneOptionsOn(on);
  const organizations = useOrganizationOptions();
  const save = useSaveTargets(campaignId);
  const { failure, run } = useFailure();
  const [rows, setRows] = useState<TargetRow[]>(() => items.map(toRow));
  const [dirty, setDirty] = useState(false);
  const [saved, setSaved] = useState(false);
  const [pasting, setPasting] = useState(false);
  const change = (next: TargetRow[]) => {
    setRows(next);
    setDirty(true);
    setSaved(false);
  };

  const columns = useMemo<GridColDef<TargetRow>[]>(() => {
    const count = (field: 'conferences' | 'participants' | 'leaflets'): GridColDef<TargetRow> => ({
      field,
      headerName: t(`planResults.targets.columns.${field}`),
      type: 'number',
      editable,
      width: 150,
    });
    return [
      {
        field: 'communeCode',
        headerName: t('planResults.targets.columns.commune'),
        type: 'singleSelect',
        editable,
        flex: 1,
        minWidth: 200,
        valueOptions: [
          { value: '', label: '—' },
          ...communes.options.map((option) => ({ value: option.code, label: option.label })),
        ],
      },
      {
        field: 'organizationId',
        headerName: t('planResults.targets.columns.organization'),
        type: 'singleSelect',
        editable,
        flex: 1,
        minWidth: 220,
        valueOptions: [
          { value: '', label: '—' },
          ...(organizations.data ?? []).map((o) => ({ value: o.id, label: o.name })),
        ],
      },
      count('conferences'),
      count('participants'),
      count('leaflets'),
      ...(editable
        ? [
            {
              field: 'actions',
              type: 'actions' as const,
              headerName: t('planResults.targets.columns.actions'),
              width: 90,
              getActions: ({ row }: { row: TargetRow }) => [
                <GridActionsCellItem
                  key="delete"
                  icon={<DeleteOutlined />}
                  label={t('planResults.targets.deleteRow')}
                  onClick={() => change(rows.filter((r) => r.id !== row.id))}
                />,
              ],
            },
          ]
        : []),
    ];
    // `rows` is read when a row is deleted; the columns follow it.
  }, [t, editable, communes.options, organizations.data, rows]);

  const submit = async () => {
    setSaved(false);
    const done = await run(() => save.mutateAsync(targetsBody(rows)));
    if (done) {
      setRows(done.items.map(toRow));
      setDirty(false);
      setSaved(true);
    }
  };
  const problems = rowProblems(failure, rows);

  return (
    <Box sx={{ display: 'grid', gap: 1.5 }}>
      {editable && (
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>
          <Button
            startIcon={<Add />}
            onClick={() =>
              change([
                ...rows,
                toRow({
                  communeCode: null,
                  organizationId: null,
                  conferences: null,
                  participants: null,
                  leaflets: null,
                }),
              ])
            }
          >
            {t('planResults.targets.addRow')}
          </Button>
          <Button startIcon={<ContentPaste />} onClick={() => setPasting(true)}>
            {t('planResults.targets.paste')}
          </Button>
          <Button
            variant="contained"
            disabled={!dirty || save.isPending}
            onClick={() => void submit()}
          >
            {save.isPending ? t('common.saving') : t('planResults.targets.save')}
          </Button>
          <Typography role="status" sx={{ alignSelf: 'center' }}>
            {saved ? t('planResults.targets.saved') : dirty ? t('planResults.targets.unsaved') : ''}
          </Typography>
        </Box>
      )}
      {failure !== null &&
        (problems.length > 0 ? (
          <Alert severity="error">
            {t('planResults.targets.refused')}
            <Box component="ul" sx={{ m: 0, pl: 2 }}>
              {problems.map((problem) => (
                <li key={problem}>{t('planResults.targets.rowProblem', { problem })}</li>
              ))}
            </Box>
          </Alert>
        ) : (
          <ApiErrorAlert error={failure} />
        ))}
      <Box sx={{ height: 420 }}>
        <DataGrid
          aria-label={t('planResults.targets.gridLabel')}
          rows={rows}
          columns={columns}
          density="compact"
          disableRowSelectionOnClick
          processRowUpdate={(updated: TargetRow) => {
            change(rows.map((row) => (row.id === updated.id ? updated : row)));
            return updated;
          }}
          localeText={{ noRowsLabel: t('planResults.targets.empty') }}
        />
      </Box>
      {pasting && (
        <PasteTargetsDialog
          communes={communes.options}
          organizations={organizations.data ?? []}
          onClose={() => setPasting(false)}
          onPaste={(pasted: PastedTarget[]) => {
            change([...rows, ...pasted.map(toRow)]);
            setPasting(false);
          }}
        />
      )}
    </Box>
  );
}

/**
 * The plan's targets by commune, by association, and by association in a commune, on top of the
 * campaign's totals: edited in the grid's cells, or pasted from Excel, then saved as one set.
 */
export function TargetsEditor({ campaignId, startsOn }: { campaignId: string; startsOn: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const editable = usePermission('campaigns.manage');
  const targets = useTargets(campaignId);
  return (
    <Paper
      component="section"
      aria-labelledby={headingId}
      sx={{ p: { xs: 2, md: 3 }, display: 'grid', gap: 2 }}
    >
      <div>
        <Typography id={headingId} variant="h2">
          {t('planResults.targets.title')}
        </Typography>
        <Typography color="text.secondary">{t('planResults.targets.intro')}</Typography>
      </div>
      {targets.isError && (
        <ApiErrorAlert error={targets.error} onRetry={() => void targets.refetch()} />
      )}
      {targets.isPending && <Skeleton variant="rounded" height={240} />}
      {targets.data && (
        <Editor
          campaignId={campaignId}
          on={startsOn}
          items={targets.data.items}
          editable={editable}
        />
      )}
    </Paper>
  );
}
