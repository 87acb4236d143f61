import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import type { SxProps, Theme } from '@mui/material/styles';
import { useCampaignOptions } from '../lib/campaign-options';

interface CampaignSelectProps {
  label: string;
  /** A campaign id, or '' for "all campaigns" / the default one. */
  value: string;
  onChange: (campaignId: string) => void;
  /** The text of the '' choice; without it, a campaign must be chosen. */
  emptyLabel?: string;
  sx?: SxProps<Theme>;
}

/** One of the campaigns (`GET /api/campaigns`), newest first as the API lists them. */
export function CampaignSelect({ label, value, onChange, emptyLabel, sx }: CampaignSelectProps) {
  const campaigns = useCampaignOptions();
  const list = campaigns.data ?? [];
  const known = list.some((campaign) => campaign.id === value);
  return (
    <TextField
      select
      label={label}
      value={known ? value : ''}
      onChange={(event) => onChange(event.target.value)}
      sx={sx}
      slotProps={
        emptyLabel === undefined
          ? undefined
          : { select: { displayEmpty: true }, inputLabel: { shrink: true } }
      }
    >
      {emptyLabel !== undefined && <MenuItem value="">{emptyLabel}</MenuItem>}
      {list.map((campaign) => (
        <MenuItem key={campaign.id} value={campaign.id}>
          {campaign.name}
        </MenuItem>
      ))}
    </TextField>
  );
}
