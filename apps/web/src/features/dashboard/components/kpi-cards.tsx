import type { Dashboard } from '@canhgiac/contracts';
import Box from '@mui/material/Box';
import { useTranslation } from 'react-i18next';
import { LabelledProgress, percentOf } from '../../../components/labelled-progress';
import { useNumberFormat } from '../../../lib/format';
import { KpiCard } from './kpi-card';

/** Conferences, participants, leaflets and communes against the campaign's targets. */
export function KpiCards({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation();
  const formatNumber = useNumberFormat();
  const { targets, actuals } = dashboard;
  const bar = (label: string, value: number, target: number) => {
    const percent = percentOf(value, target);
    const text = t('dashboard.kpi.value', {
      value: formatNumber(value),
      target: formatNumber(target),
      percent,
    });
    return { label, percent, text };
  };
  const of = (target: number) => t('dashboard.kpi.of', { target: formatNumber(target) });
  const caption = (target: number, unit: string) =>
    t('dashboard.kpi.target', { target: formatNumber(target), unit });

  return (
    <Box
      role="group"
      aria-label={t('dashboard.kpi.label')}
      sx={{
        display: 'grid',
        gap: 2,
        gridTemplateColumns: {
          xs: 'minmax(0, 1fr)',
          sm: 'repeat(2, minmax(0, 1fr))',
          lg: 'repeat(4, minmax(0, 1fr))',
        },
      }}
    >
      <KpiCard
        title={t('dashboard.kpi.conferences')}
        value={formatNumber(actuals.conferencesHeld)}
        of={of(targets.conferences)}
        caption={caption(targets.conferences, t('dashboard.kpi.conferencesUnit'))}
      >
        <LabelledProgress
          {...bar(t('dashboard.kpi.conferencesHeld'), actuals.conferencesHeld, targets.conferences)}
          note={t('dashboard.kpi.conferencesPlanned', { count: actuals.conferencesPlanned })}
        />
      </KpiCard>
      <KpiCard
        title={t('dashboard.kpi.participants')}
        value={formatNumber(actuals.participants)}
        of={of(targets.participants)}
        caption={caption(targets.participants, t('dashboard.kpi.participantsUnit'))}
      >
        <LabelledProgress
          {...bar(t('dashboard.kpi.attendances'), actuals.participants, targets.participants)}
        />
        <LabelledProgress
          color="secondary"
          {...bar(t('dashboard.kpi.unique'), actuals.uniqueParticipants, targets.participants)}
        />
      </KpiCard>
      <KpiCard
        title={t('dashboard.kpi.leaflets')}
        value={formatNumber(actuals.leafletsDelivered)}
        of={of(targets.leaflets)}
        caption={caption(targets.leaflets, t('dashboard.kpi.leafletsUnit'))}
      >
        <LabelledProgress
          color="success"
          {...bar(
            t('dashboard.kpi.leafletsDelivered'),
            actuals.leafletsDelivered,
            targets.leaflets,
          )}
        />
        <LabelledProgress
          {...bar(t('dashboard.kpi.leafletsPrinted'), actuals.leafletsPrinted, targets.leaflets)}
        />
      </KpiCard>
      <KpiCard
        title={t('dashboard.kpi.communes')}
        value={formatNumber(actuals.communesReached)}
        of={of(actuals.communesTotal)}
        caption={t('dashboard.kpi.communesTotal', { total: formatNumber(actuals.communesTotal) })}
      >
        <LabelledProgress
          color="success"
          {...bar(
            t('dashboard.kpi.communesReached'),
            actuals.communesReached,
            actuals.communesTotal,
          )}
        />
      </KpiCard>
    </Box>
  );
}
