import type { CampaignProgress } from '@canhgiac/contracts';
import Box from '@mui/material/Box';
import { useTranslation } from 'react-i18next';
import { LabelledProgress, percentOf } from '../../../components/labelled-progress';
import { useNumberFormat } from '../../../lib/format';

/** Conferences held against the target, and communes reached against all communes. */
export function CampaignProgressBars({ progress }: { progress: CampaignProgress }) {
  const { t } = useTranslation();
  const formatNumber = useNumberFormat();
  const { conferences, communes } = progress;
  const heldPercent = percentOf(conferences.held, conferences.target);
  const reachedPercent = percentOf(communes.reached, communes.total);
  return (
    <Box sx={{ display: 'grid', gap: 3 }}>
      <LabelledProgress
        label={t('campaigns.progress.conferencesHeld')}
        percent={heldPercent}
        text={t('campaigns.progress.conferencesValue', {
          held: formatNumber(conferences.held),
          target: formatNumber(conferences.target),
          percent: heldPercent,
        })}
        note={t('campaigns.progress.conferencesUpcoming', {
          count: conferences.planned + conferences.confirmed,
        })}
      />
      <LabelledProgress
        label={t('campaigns.progress.communesReached')}
        percent={reachedPercent}
        text={t('campaigns.progress.communesValue', {
          reached: formatNumber(communes.reached),
          total: formatNumber(communes.total),
          percent: reachedPercent,
        })}
        note={t('campaigns.progress.communesScheduled', { count: communes.scheduled })}
      />
    </Box>
  );
}
