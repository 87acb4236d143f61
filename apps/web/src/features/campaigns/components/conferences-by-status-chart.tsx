import { useId } from 'react';
import { conferenceStatuses, type CampaignProgress } from '@canhgiac/contracts';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { PieChart } from '@mui/x-charts/PieChart';
import { useTranslation } from 'react-i18next';
import { useNumberFormat } from '../../../lib/format';
import { conferenceStatusColors } from '../../../theme/conference-status';

/** A donut of the campaign's conferences by status, with the counts written out beside it. */
export function ConferencesByStatusChart({ progress }: { progress: CampaignProgress }) {
  const { t } = useTranslation();
  const headingId = useId();
  const formatNumber = useNumberFormat();
  const reduceMotion = useMediaQuery('(prefers-reduced-motion: reduce)', { noSsr: true });
  const data = conferenceStatuses.map((status) => ({
    id: status,
    value: progress.conferences[status],
    label: t(`conferences.status.${status}`),
    color: conferenceStatusColors[status].main,
  }));
  const total = data.reduce((sum, item) => sum + item.value, 0);

  return (
    <Box component="section" aria-labelledby={headingId}>
      <Typography id={headingId} variant="h3" component="h3" sx={{ mb: 1 }}>
        {t('campaigns.progress.byStatus')}
      </Typography>
      {total === 0 ? (
        <Typography color="text.secondary">{t('campaigns.progress.noConferences')}</Typography>
      ) : (
        <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 2 }}>
          <Box aria-hidden sx={{ width: 180, height: 180 }}>
            <PieChart
              disableKeyboardNavigation
              width={180}
              height={180}
              hideLegend
              skipAnimation={reduceMotion}
              series={[{ data, innerRadius: 45, paddingAngle: 1, cornerRadius: 2 }]}
            />
          </Box>
          <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: 0.75 }}>
            {data.map((item) => (
              <Box
                component="li"
                key={item.id}
                sx={{ display: 'flex', alignItems: 'center', gap: 1 }}
              >
                <Box
                  sx={{
                    width: 14,
                    height: 14,
                    borderRadius: 0.5,
                    bgcolor: item.color,
                    flexShrink: 0,
                  }}
                />
                <span>
                  {t('campaigns.progress.statusCount', {
                    status: item.label,
                    count: formatNumber(item.value),
                  })}
                </span>
              </Box>
            ))}
          </Box>
        </Box>
      )}
    </Box>
  );
}
