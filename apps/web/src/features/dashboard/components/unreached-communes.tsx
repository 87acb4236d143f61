import { useId } from 'react';
import type { Dashboard } from '@canhgiac/contracts';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useNumberFormat } from '../../../lib/format';
import { groupByParent } from './parent-groups';

/** The communes no conference has reached yet, grouped by parent (a former district, else the province), with how many. */
export function UnreachedCommunes({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation();
  const headingId = useId();
  const formatNumber = useNumberFormat();
  const planned = new Set(
    dashboard.communes
      .filter((commune) => commune.status === 'planned')
      .map((commune) => commune.code),
  );
  const groups = groupByParent(dashboard, dashboard.unreachedCommunes).map((group) => ({
    code: group.code,
    name: group.name ?? t('dashboard.coverage.province'),
    communes: group.items,
  }));

  return (
    <Paper component="section" aria-labelledby={headingId} sx={{ p: { xs: 2, md: 3 } }}>
      <Typography id={headingId} variant="h2" sx={{ mb: 2 }}>
        {t('dashboard.unreached.title', {
          count: formatNumber(dashboard.unreachedCommunes.length),
        })}
      </Typography>
      {groups.length === 0 && <Typography>{t('dashboard.unreached.none')}</Typography>}
      <Box
        sx={{ display: 'grid', gap: 2, gridTemplateColumns: { md: 'repeat(2, minmax(0, 1fr))' } }}
      >
        {groups.map((group) => (
          <Box
            component="section"
            key={group.code}
            aria-label={group.name}
            sx={{ breakInside: 'avoid' }}
          >
            <Typography variant="h3" component="h3" sx={{ mb: 0.5, fontSize: '1rem' }}>
              {t('dashboard.unreached.district', {
                name: group.name,
                count: formatNumber(group.communes.length),
              })}
            </Typography>
            <Box
              component="ul"
              sx={{
                m: 0,
                p: 0,
                listStyle: 'none',
                display: 'flex',
                flexWrap: 'wrap',
                columnGap: 0.5,
              }}
            >
              {group.communes.map((commune, index) => (
                <li key={commune.code}>
                  {commune.name}
                  {planned.has(commune.code) && (
                    <Typography component="span" color="text.secondary">
                      {` (${t('dashboard.unreached.planned')})`}
                    </Typography>
                  )}
                  {index < group.communes.length - 1 ? ',' : ''}
                </li>
              ))}
            </Box>
          </Box>
        ))}
      </Box>
    </Paper>
  );
}
