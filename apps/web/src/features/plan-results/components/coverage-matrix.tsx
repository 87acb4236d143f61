import { reportRoutes } from '@canhgiac/contracts';
import { useId, useState } from 'react';
import {
  noTargetBand,
  targetBand,
  targetBands,
  type Matrix,
  type TargetBand,
} from '@canhgiac/contracts';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { ApiFileButtons } from '../../../components/api-file-buttons';
import { useNumberFormat } from '../../../lib/format';
import { communeConferencesPath } from '../../../lib/paths';
import { useMatrix, type MatrixParams } from '../api/plan-results';

/** White text on the dark bands, dark text on yellow and grey (contrast above 4.5:1). */
const textOn = (band: TargetBand) =>
  band.key === 'near' || band.key === 'none' ? '#1a2233' : '#ffffff';

function Legend() {
  const { t } = useTranslation();
  return (
    <Box component="ul" sx={{ display: 'flex', flexWrap: 'wrap', gap: 1.5, m: 0, p: 0 }}>
      {[...targetBands, noTargetBand].map((band) => (
        <Box component="li" key={band.key} sx={{ display: 'flex', gap: 0.75, listStyle: 'none' }}>
          <Box
            aria-hidden
            sx={{ width: 18, height: 18, borderRadius: 0.5, bgcolor: band.colour, flex: 'none' }}
          />
          <Typography variant="body2">{t(`planResults.bands.${band.key}`)}</Typography>
        </Box>
      ))}
    </Box>
  );
}

interface CellProps {
  actual: number;
  target: number | null;
  label: string;
  href?: string;
  total?: boolean;
}

function Cell({ actual, target, label, href, total }: CellProps) {
  const { t } = useTranslation();
  const formatNumber = useNumberFormat();
  const band = targetBand(actual, target);
  const text =
    target === null
      ? formatNumber(actual)
      : t('planResults.matrix.ofTarget', {
          actual: formatNumber(actual),
          target: formatNumber(target),
        });
  const described = `${label}: ${text} (${t(`planResults.bands.${band.key}`)})`;
  return (
    <Box
      component="td"
      title={described}
      sx={{
        bgcolor: band.colour,
        color: textOn(band),
        fontWeight: total ? 700 : 500,
        textAlign: 'right',
        px: 1,
        py: 0.5,
        whiteSpace: 'nowrap',
        border: '1px solid',
        borderColor: 'background.paper',
      }}
    >
      {href && actual > 0 ? (
        <Link component={RouterLink} to={href} color="inherit" aria-label={described}>
          {text}
        </Link>
      ) : (
        <span aria-label={described}>{text}</span>
      )}
    </Box>
  );
}

function MatrixTable({ matrix, params }: { matrix: Matrix; params: MatrixParams }) {
  const { t } = useTranslation();
  const cornerLabel = t(`planResults.matrix.dimensions.${params.rows}`);
  const link = (key: string | null) =>
    params.rows === 'commune' && key ? communeConferencesPath(params.campaignId, key) : undefined;
  const stickyCell = {
    position: 'sticky',
    left: 0,
    zIndex: 1,
    bgcolor: 'background.paper',
    textAlign: 'left',
    px: 1,
    py: 0.5,
    fontWeight: 600,
    minWidth: 180,
  } as const;
  return (
    <Box sx={{ overflow: 'auto', maxHeight: 560 }}>
      <Box
        component="table"
        aria-label={t('planResults.matrix.tableLabel')}
        sx={{ borderCollapse: 'collapse', fontSize: '0.9rem', minWidth: '100%' }}
      >
        <thead>
          <tr>
            <Box component="th" scope="col" sx={{ ...stickyCell, top: 0, zIndex: 2 }}>
              {cornerLabel}
            </Box>
            {matrix.cols.map((col) => (
              <Box
                component="th"
                scope="col"
                key={col.key ?? 'none'}
                sx={{ position: 'sticky', top: 0, bgcolor: 'background.paper', px: 1, zIndex: 1 }}
              >
                {col.label}
              </Box>
            ))}
            <Box
              component="th"
              scope="col"
              sx={{ position: 'sticky', top: 0, bgcolor: 'background.paper', px: 1 }}
            >
              {t('planResults.matrix.total')}
            </Box>
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row, i) => (
            <tr key={row.key ?? 'none'}>
              <Box component="th" scope="row" sx={stickyCell}>
                {row.label}
              </Box>
              {matrix.cols.map((col, j) => (
                <Cell
                  key={col.key ?? 'none'}
                  actual={matrix.cells[i][j]}
                  target={matrix.targets[i][j]}
                  label={`${row.label}, ${col.label}`}
                  href={link(row.key)}
                />
              ))}
              <Cell
                actual={matrix.rowTotals[i]}
                target={matrix.rowTargets[i]}
                label={`${row.label}, ${t('planResults.matrix.total')}`}
                href={link(row.key)}
                total
              />
            </tr>
          ))}
          <tr>
            <Box component="th" scope="row" sx={stickyCell}>
              {t('planResults.matrix.total')}
            </Box>
            {matrix.cols.map((col, j) => (
              <Cell
                key={col.key ?? 'none'}
                actual={matrix.colTotals[j]}
                target={matrix.colTargets[j]}
                label={`${t('planResults.matrix.total')}, ${col.label}`}
                total
              />
            ))}
            <Cell actual={matrix.total} target={null} label={t('planResults.matrix.total')} total />
          </tr>
        </tbody>
      </Box>
    </Box>
  );
}

const rowChoices = ['commune', 'organization', 'group'] as const;
const colChoices = ['organization', 'group', 'month'] as const;
const measureChoices = ['uniqueParticipants', 'attended', 'conferencesHeld'] as const;

/**
 * The coverage matrix: communes (or associations, or groups) × associations (or groups, or
 * months), each cell coloured by how far it is behind its target. A commune's cell opens its
 * conferences; the same table downloads as Excel with the same colours.
 */
export function CoverageMatrix({ campaignId }: { campaignId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [params, setParams] = useState<MatrixParams>({
    campaignId,
    rows: 'commune',
    cols: 'organization',
    measure: 'uniqueParticipants',
    units: 'current',
  });
  const matrix = useMatrix(params);
  const change = (next: Partial<MatrixParams>) => {
    const merged = { ...params, ...next };
    if (merged.rows === merged.cols)
      merged.cols = merged.rows === 'organization' ? 'group' : 'organization';
    if (
      merged.measure === 'conferencesHeld' &&
      (merged.rows === 'group' || merged.cols === 'group')
    )
      merged.measure = 'uniqueParticipants';
    setParams(merged);
  };
  const select = (
    name: 'rows' | 'cols' | 'measure',
    choices: readonly string[],
    label: string,
    optionLabel: (choice: string) => string,
  ) => (
    <TextField
      select
      size="small"
      label={label}
      value={params[name]}
      onChange={(event) => change({ [name]: event.target.value } as Partial<MatrixParams>)}
      sx={{ minWidth: 200 }}
    >
      {choices
        .filter((choice) => name !== 'cols' || choice !== params.rows)
        .map((choice) => (
          <MenuItem key={choice} value={choice}>
            {optionLabel(choice)}
          </MenuItem>
        ))}
    </TextField>
  );
  return (
    <Paper
      component="section"
      aria-labelledby={headingId}
      sx={{ p: { xs: 2, md: 3 }, display: 'grid', gap: 2 }}
    >
      <div>
        <Typography id={headingId} variant="h2">
          {t('planResults.matrix.title')}
        </Typography>
        <Typography color="text.secondary">{t('planResults.matrix.intro')}</Typography>
      </div>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2 }}>
        {select('rows', rowChoices, t('planResults.matrix.rows'), (c) =>
          t(`planResults.matrix.dimensions.${c as (typeof rowChoices)[number]}`),
        )}
        {select('cols', colChoices, t('planResults.matrix.cols'), (c) =>
          t(`planResults.matrix.dimensions.${c as (typeof colChoices)[number]}`),
        )}
        {select('measure', measureChoices, t('planResults.matrix.measure'), (c) =>
          t(`planResults.matrix.measures.${c as (typeof measureChoices)[number]}`),
        )}
      </Box>
      <Legend />
      {matrix.isError && (
        <ApiErrorAlert error={matrix.error} onRetry={() => void matrix.refetch()} />
      )}
      {matrix.isPending && <Skeleton variant="rounded" height={240} />}
      {matrix.data &&
        (matrix.data.rows.length === 0 ? (
          <Typography>{t('planResults.matrix.empty')}</Typography>
        ) : (
          <MatrixTable matrix={matrix.data} params={params} />
        ))}
      <ApiFileButtons
        route={reportRoutes.matrix}
        query={{ ...params }}
        formats={['xlsx']}
        fallbackName="ma-tran-bao-phu"
      />
    </Paper>
  );
}
