import type { LeafletAllocation, RecipientKind } from '@canhgiac/contracts';
import type { SvgIconComponent } from '@mui/icons-material';
import CorporateFareOutlined from '@mui/icons-material/CorporateFareOutlined';
import EventOutlined from '@mui/icons-material/EventOutlined';
import PlaceOutlined from '@mui/icons-material/PlaceOutlined';
import Box from '@mui/material/Box';
import { useTranslation } from 'react-i18next';

const icons: Record<RecipientKind, SvgIconComponent> = {
  organization: CorporateFareOutlined,
  commune: PlaceOutlined,
  conference: EventOutlined,
};

/** The recipient's name after an icon of its kind (named for screen readers and on hover). */
export function RecipientCell({ allocation }: { allocation: LeafletAllocation }) {
  const { t } = useTranslation();
  const Icon = icons[allocation.recipientKind];
  const kind = t(`leaflets.recipientKinds.${allocation.recipientKind}`);
  return (
    <Box
      component="span"
      title={`${allocation.recipientName} (${kind})`}
      sx={{ display: 'flex', alignItems: 'center', gap: 1, minWidth: 0, height: '100%' }}
    >
      <Icon fontSize="small" color="action" titleAccess={kind} />
      <Box
        component="span"
        sx={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
      >
        {allocation.recipientName}
      </Box>
    </Box>
  );
}
