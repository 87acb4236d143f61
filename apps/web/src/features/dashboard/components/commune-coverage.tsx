import { useId } from 'react';
import type { Dashboard } from '@canhgiac/contracts';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useNumberFormat } from '../../../lib/format';
import { communeReaches, ReachTile } from './commune-reach';
import { groupByParent } from './parent-groups';

/**
 * Every commune of the province grouped by parent (a former district, else the province) as small tiles coloured by reach, with a legend; each tile is named
 * for screen readers and on hover. (There is no map data; the tiles stand in for a map.)
 */
export function CommuneCoverage({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation();
  const headingId = useId();
  const formatNumber = useNumberFormat();
  const status = (reach: (typeof communeReaches)[number]) => t(`dashboard.coverage.${reach}`);

  return (
    <Paper component="section" aria-labelledby={headingId} sx={{ p: { xs: 2, md: 3 } }}>
      <Typography id={headingId} variant="h2" sx={{ mb: 0.5 }}>
        {t('dashboard.coverage.title')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
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
          gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 300px), 1fr))',
        }}
      >
        {groupByParent(dashboard, dashboard.communes).map((group) => {
          const communes = group.items;
          const name = group.name ?? t('dashboard.coverage.province');
          const title = t('dashboard.coverage.district', {
            name,
            reached: formatNumber(communes.filter((c) => c.status === 'reached').length),
            total: formatNumber(communes.length),
          });
          return (
            <Box key={group.code} sx={{ breakInside: 'avoid' }}>
              <Typography variant="h3" component="h3" sx={{ mb: 1, fontSize: '1rem' }}>
                {title}
              </Typography>
              <Box
                component="ul"
                aria-label={name}
                sx={{ listStyle: 'none', m: 0, p: 0, display: 'flex', flexWrap: 'wrap', gap: 0.5 }}
              >
                {/* Each item holds its tile: an image named for screen readers, in a list. */}
                {communes.map((commune) => (
                  <Box component="li" key={commune.code} sx={{ display: 'flex' }}>
                    <ReachTile
                      reach={commune.status}
                      label={t('dashboard.coverage.tile', {
                        name: commune.name,
                        status: status(commune.status),
                      })}
                    />
                  </Box>
                ))}
              </Box>
            </Box>
          );
        })}
      </Box>
    </Paper>
  );
}
