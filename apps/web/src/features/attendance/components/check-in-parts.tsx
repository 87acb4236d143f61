import { useId, type ReactNode } from 'react';
import PersonAddAlt1 from '@mui/icons-material/PersonAddAlt1';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';

/** One titled block of a check-in page (search, code, walk-in…), a landmark for screen readers. */
export function CheckInSection({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <Paper component="section" aria-labelledby={headingId} sx={{ p: 2 }}>
      <Typography id={headingId} variant="h2" sx={{ mb: 1.5 }}>
        {title}
      </Typography>
      {children}
    </Paper>
  );
}

/** "Chưa đăng ký trước?": the big button that opens the walk-in form. */
export function WalkInSection({ onOpen }: { onOpen: () => void }) {
  const { t } = useTranslation();
  return (
    <CheckInSection title={t('checkIn.walkInTitle')}>
      <Button
        variant="outlined"
        size="large"
        fullWidth
        startIcon={<PersonAddAlt1 />}
        onClick={onOpen}
        sx={{ minHeight: 56, fontSize: '1.1rem' }}
      >
        {t('checkIn.walkIn')}
      </Button>
    </CheckInSection>
  );
}

interface SearchResultsProps<T extends { id: string }> {
  /** Something was searched for: say so when nothing matched. */
  searched: boolean;
  results: T[];
  renderResult: (result: T) => ReactNode;
}

/** The people a check-in search found, one card each, or that it found no one. */
export function SearchResults<T extends { id: string }>(props: SearchResultsProps<T>) {
  const { searched, results, renderResult } = props;
  const { t } = useTranslation();
  if (results.length === 0) {
    return searched ? <Typography>{t('checkIn.none')}</Typography> : null;
  }
  return (
    <Box
      component="ul"
      aria-label={t('checkIn.results')}
      sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: 1 }}
    >
      {results.map((result) => (
        <li key={result.id}>{renderResult(result)}</li>
      ))}
    </Box>
  );
}
