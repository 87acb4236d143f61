import { type KeyboardEvent, useId, useRef, useState } from 'react';
import type { Dashboard } from '@canhgiac/contracts';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useNumberFormat } from '../../../lib/format';
import { CommuneDetails, type CommuneFigures } from './commune-details';
import { communeReaches, CommuneTile, ReachTile } from './commune-reach';
import { groupByParent } from './parent-groups';

/** Keys that move between the tiles: the map is one stop of the Tab key, walked with arrows. */
const steps: Record<string, (index: number, last: number) => number> = {
  ArrowRight: (index) => index + 1,
  ArrowDown: (index) => index + 1,
  ArrowLeft: (index) => index - 1,
  ArrowUp: (index) => index - 1,
  Home: () => 0,
  End: (_index, last) => last,
};

/**
 * Every commune of the province grouped by parent (a former district, else the province) as small
 * tiles coloured by reach, with a legend; a tap, a click or Enter on a tile shows its name and
 * figures. On paper each tile writes its commune's name. (There is no map data; the tiles stand
 * in for a map.)
 */
export function CommuneCoverage({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation();
  const headingId = useId();
  const formatNumber = useNumberFormat();
  const status = (reach: (typeof communeReaches)[number]) => t(`dashboard.coverage.${reach}`);
  const tiles = useRef(new Map<string, HTMLButtonElement>());
  // The tile the Tab key lands on: the last one focused, else the first.
  const [current, setCurrent] = useState<string | null>(null);
  const [open, setOpen] = useState<{ commune: CommuneFigures; anchor: HTMLElement } | null>(null);
  const groups = groupByParent(dashboard, dashboard.communes);
  const order = groups.flatMap((group) => group.items.map((commune) => commune.code));
  const tabStop = current !== null && order.includes(current) ? current : order[0];

  const move = (event: KeyboardEvent<HTMLElement>, code: string) => {
    const step = steps[event.key];
    if (!step) return;
    event.preventDefault();
    const last = order.length - 1;
    const next = order[Math.min(last, Math.max(0, step(order.indexOf(code), last)))];
    tiles.current.get(next)?.focus();
  };

  return (
    <Paper component="section" aria-labelledby={headingId} sx={{ p: { xs: 2, md: 3 } }}>
      <Typography id={headingId} variant="h2" sx={{ mb: 0.5 }}>
        {t('dashboard.coverage.title')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }} data-print="hide">
        {t('dashboard.coverage.intro')}
      </Typography>
      <Box
        component="ul"
        aria-label={t('dashboard.coverage.legend')}
        sx={{ listStyle: 'none', m: 0, mb: 2, p: 0, display: 'flex', flexWrap: 'wrap', gap: 3 }}
      >
        {communeReaches.map((reach) => (
          <Box component="li" key={reach} sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
            <ReachTile reach={reach} />
            <span>{status(reach)}</span>
          </Box>
        ))}
      </Box>
      <Box
        sx={{
          display: 'grid',
          gap: 2,
          // Former districts side by side; today's communes, one group, take the whole width.
          gridTemplateColumns:
            groups.length > 1 ? 'repeat(auto-fill, minmax(min(100%, 300px), 1fr))' : '1fr',
          '@media print': { display: 'block' },
        }}
      >
        {groups.map((group) => {
          const communes = group.items;
          const name = group.name ?? t('dashboard.coverage.province');
          const title = t('dashboard.coverage.district', {
            name,
            reached: formatNumber(communes.filter((c) => c.status === 'reached').length),
            total: formatNumber(communes.length),
          });
          return (
            <Box key={group.code} sx={{ '@media print': { mb: 2 } }}>
              <Typography variant="h3" component="h3" sx={{ mb: 1, fontSize: '1rem' }}>
                {title}
              </Typography>
              <Box
                component="ul"
                aria-label={name}
                sx={{
                  listStyle: 'none',
                  m: 0,
                  p: 0,
                  display: 'flex',
                  flexWrap: 'wrap',
                  gap: 0.75,
                  // On A4, four named cells a row.
                  '@media print': {
                    display: 'grid',
                    gridTemplateColumns: 'repeat(4, minmax(0, 1fr))',
                    gap: '3px',
                  },
                }}
              >
                {communes.map((commune) => (
                  <Box
                    component="li"
                    key={commune.code}
                    sx={{ display: 'flex', breakInside: 'avoid' }}
                  >
                    <CommuneTile
                      ref={(tile) => {
                        if (tile) tiles.current.set(commune.code, tile);
                        else tiles.current.delete(commune.code);
                      }}
                      reach={commune.status}
                      name={commune.name}
                      label={t('dashboard.coverage.tile', {
                        name: commune.name,
                        status: status(commune.status),
                      })}
                      tabIndex={commune.code === tabStop ? 0 : -1}
                      aria-haspopup="dialog"
                      aria-expanded={open?.commune.code === commune.code}
                      onFocus={() => setCurrent(commune.code)}
                      onKeyDown={(event) => move(event, commune.code)}
                      onClick={(event) => setOpen({ commune, anchor: event.currentTarget })}
                    />
                  </Box>
                ))}
              </Box>
            </Box>
          );
        })}
      </Box>
      <CommuneDetails
        commune={open?.commune ?? null}
        anchor={open?.anchor ?? null}
        onClose={() => setOpen(null)}
      />
    </Paper>
  );
}
