import type { VerifyResult } from '@canhgiac/contracts';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { TFunction } from 'i18next';
import { formatDate } from '../../../lib/format';

type Field =
  | 'serial'
  | 'holderName'
  | 'conferenceTitle'
  | 'heldOn'
  | 'place'
  | 'issuer'
  | 'issuedOn'
  | 'revokedOn'
  | 'revokedReason'
  | 'replacedBySerial';

const dates = new Set<Field>(['heldOn', 'issuedOn', 'revokedOn']);

interface VerifyDetailsProps {
  result: VerifyResult;
  vi: TFunction;
  en: TFunction;
}

/** What the certificate says, each label in Vietnamese with the English line under it. */
export function VerifyDetails({ result, vi, en }: VerifyDetailsProps) {
  const fields: Field[] = [
    'serial',
    'holderName',
    'conferenceTitle',
    'heldOn',
    'place',
    'issuer',
    'issuedOn',
  ];
  // Why it was revoked, and what replaced it, come first: that is what the holder needs.
  if (result.revoked) fields.unshift('revokedReason', 'replacedBySerial', 'revokedOn');
  const value = (field: Field) => {
    if (field === 'holderName') return result.holderName ?? vi('verify.erasedHolder');
    const raw = result[field];
    if (raw === null || raw === '') return null;
    return dates.has(field) ? formatDate(String(raw)) : String(raw);
  };
  return (
    <Box component="dl" sx={{ m: 0, display: 'grid', gap: 2 }}>
      {fields.map((field) => {
        const shown = value(field);
        if (shown === null) return null;
        return (
          <Box key={field} sx={{ borderBottom: 1, borderColor: 'divider', pb: 1.5 }}>
            <Typography component="dt" sx={{ fontSize: '1.25rem', color: '#333b4a' }}>
              {vi(`verify.fields.${field}`)}
              <Box component="span" lang="en" sx={{ display: 'block', fontSize: '1.125rem' }}>
                {en(`verify.fields.${field}`)}
              </Box>
            </Typography>
            <Typography
              component="dd"
              sx={{ m: 0, mt: 0.5, fontSize: '1.4rem', fontWeight: 700, color: '#111827' }}
            >
              {shown}
            </Typography>
          </Box>
        );
      })}
    </Box>
  );
}
