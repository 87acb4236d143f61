import type { ImportResult } from '@canhgiac/contracts';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import { useTranslation } from 'react-i18next';

/**
 * What a dry run would do, or what the import did, with the rows whose commune was a former code
 * or name (before 1/7/2025) and the unit of today they were read as.
 */
export function ImportSummary({ result }: { result: ImportResult }) {
  const { t } = useTranslation();
  const lines = [
    t('registrations.import.rows', { count: result.rows }),
    t(result.dryRun ? 'registrations.import.willCreate' : 'registrations.import.created', {
      count: result.created,
    }),
    t('registrations.import.matched', { count: result.matchedExisting }),
    t('registrations.import.alreadyRegistered', { count: result.alreadyRegistered }),
  ];
  return (
    <Alert severity={result.dryRun ? 'info' : 'success'}>
      <AlertTitle>
        {result.dryRun
          ? t('registrations.import.previewTitle')
          : t('registrations.import.doneTitle')}
      </AlertTitle>
      <ul style={{ margin: 0, paddingLeft: 20 }}>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {(result.translatedCommunesTotal ?? 0) > 0 && (
        <>
          <p style={{ margin: '8px 0 0' }}>
            {t('registrations.import.translatedTitle', { count: result.translatedCommunesTotal })}
          </p>
          <ul
            aria-label={t('registrations.import.translatedList')}
            style={{ margin: 0, paddingLeft: 20 }}
          >
            {(result.translatedCommunes ?? []).map((item) => (
              <li key={item.row}>
                {t('registrations.import.translatedRow', {
                  row: item.row,
                  given: item.given,
                  name: item.name,
                })}
              </li>
            ))}
          </ul>
        </>
      )}
    </Alert>
  );
}
