import { useId } from 'react';
import type { CampaignProgress } from '@canhgiac/contracts';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useNumberFormat } from '../../../lib/format';

const percentOf = (part: number, whole: number) =>
  whole > 0 ? Math.round((part / whole) * 100) : 0;

interface ProgressBarProps {
  label: string;
  text: string;
  value: number;
  note?: string;
}

function ProgressBar({ label, text, value, note }: ProgressBarProps) {
  const labelId = useId();
  return (
    <Box>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', gap: 1 }}>
        <Typography id={labelId} sx={{ fontWeight: 600 }}>
          {label}
        </Typography>
        <Typography>{text}</Typography>
      </Box>
      <LinearProgress
        variant="determinate"
        value={Math.min(100, value)}
        aria-labelledby={labelId}
        aria-valuetext={text}
        sx={{ height: 10, borderRadius: 5, mt: 0.75 }}
      />
      {note && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
          {note}
        </Typography>
      )}
    </Box>
  );
}

/** Conferences held against the target, and communes reached against all communes. */
export function CampaignProgressBars({ progress }: { progress: CampaignProgress }) {
  const { t } = useTranslation();
  const formatNumber = useNumberFormat();
  const { conferences, communes } = progress;
  const heldPercent = percentOf(conferences.held, conferences.target);
  const reachedPercent = percentOf(communes.reached, communes.total);
  return (
    <Box sx={{ display: 'grid', gap: 3 }}>
      <ProgressBar
        label={t('campaigns.progress.conferencesHeld')}
        value={heldPercent}
        text={t('campaigns.progress.conferencesValue', {
          held: formatNumber(conferences.held),
          target: formatNumber(conferences.target),
          percent: heldPercent,
        })}
        note={t('campaigns.progress.conferencesUpcoming', {
          count: conferences.planned + conferences.confirmed,
        })}
      />
      <ProgressBar
        label={t('campaigns.progress.communesReached')}
        value={reachedPercent}
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
