import type { ReactNode } from 'react';
import type { Conference } from '@canhgiac/contracts';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useNumberFormat } from '../../../lib/format';
import { campaignPath } from '../../../lib/paths';
import { usePermission } from '../../../lib/permissions';
import { useOrganizationOptions } from '../../../lib/reference-data';
import { DefinitionList } from '../../../components/definition-list';
import { useCampaignOptions } from '../../../lib/campaign-options';
import { conferenceTimeText } from '../utils/conference-time';

/** Everything known about a conference, as a definition list. */
export function ConferenceDetails({ conference }: { conference: Conference }) {
  const { t } = useTranslation();
  const formatNumber = useNumberFormat();
  const organizations = useOrganizationOptions();
  const campaigns = useCampaignOptions();
  const canSeeCampaigns = usePermission('campaigns.view');
  const time = conferenceTimeText(conference, t);
  const campaign = campaigns.data?.find((item) => item.id === conference.campaignId);
  const organizerNames = conference.organizerIds.map(
    (id) => organizations.data?.find((organization) => organization.id === id)?.name ?? '…',
  );
  const none = t('conference.none');
  const rows: Array<[string, ReactNode]> = [
    [t('conference.fields.time'), time],
    [t('conference.fields.commune'), conference.communeName],
    // There are no districts since 1/7/2025: the row shows only for a conference held before.
    ...(conference.districtName
      ? [[t('conference.fields.district'), conference.districtName] as [string, ReactNode]]
      : []),
    [t('conference.fields.venue'), conference.venue],
    [t('conference.fields.topic'), conference.topic],
    [t('conference.fields.organizers'), organizerNames.length ? organizerNames.join('; ') : none],
    [
      t('conference.fields.trainers'),
      conference.trainers.length ? (
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5 }}>
          {conference.trainers.map((trainer) => (
            <Chip key={trainer} size="small" label={trainer} />
          ))}
        </Box>
      ) : (
        none
      ),
    ],
    [
      t('conference.fields.capacity'),
      t('conference.capacityValue', {
        count: conference.capacity,
        formatted: formatNumber(conference.capacity),
      }),
    ],
    [t('conference.fields.notes'), conference.notes || none],
    [
      t('conference.fields.campaign'),
      campaign && canSeeCampaigns ? (
        <Link component={RouterLink} to={campaignPath(campaign.id)}>
          {campaign.name}
        </Link>
      ) : (
        (campaign?.name ?? '…')
      ),
    ],
  ];
  if (conference.status === 'cancelled') {
    rows.push([t('conference.fields.cancelReason'), conference.cancelReason ?? none]);
  }
  return <DefinitionList rows={rows} rowGap={1.25} preLine />;
}
