import { useId } from 'react';
import type { SessionUser } from '@canhgiac/contracts';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useOrganizationOptions } from '../../../lib/reference-data';

/** Who is signed in: name, username, role and organization. */
export function AccountSummary({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const headingId = useId();
  const organizations = useOrganizationOptions();
  const organization = organizations.data?.find((item) => item.id === user.organizationId);
  const rows: Array<[string, string]> = [
    [t('account.fullName'), user.fullName],
    [t('account.username'), user.username],
    [t('account.role'), t(`roles.${user.role}`)],
    [
      t('account.organization'),
      user.organizationId
        ? (organization?.name ?? (organizations.isPending ? t('app.loading') : t('common.none')))
        : t('account.noOrganization'),
    ],
  ];
  return (
    <Paper component="section" aria-labelledby={headingId} sx={{ p: { xs: 2, md: 3 } }}>
      <Typography id={headingId} variant="h2" sx={{ mb: 2 }}>
        {t('account.detailsTitle')}
      </Typography>
      <Box
        component="dl"
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: '1fr', sm: 'max-content 1fr' },
          columnGap: 3,
          rowGap: 1,
          m: 0,
          '& dt': { color: 'text.secondary' },
          '& dd': { m: 0, fontWeight: 600 },
        }}
      >
        {rows.map(([label, value]) => (
          <Box key={label} sx={{ display: 'contents' }}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </Box>
        ))}
      </Box>
    </Paper>
  );
}
