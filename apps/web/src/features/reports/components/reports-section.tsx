import { reportRoutes } from '@canhgiac/contracts';
import { useId, useMemo } from 'react';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { PageHeader } from '../../../components/page-header';
import { useCoverageReport } from '../api/get-coverage-report';
import { CoverageChart } from './coverage-chart';
import { CoverageGrid } from './coverage-grid';
import { ApiFileButtons, type FileVariant } from '../../../components/api-file-buttons';
import { ReportFilters } from './report-filters';
import { useCoverageRows } from './use-coverage-rows';
import { toCoverageParams, useReportFilters } from './use-report-filters';

/**
 * Excel, PDF, and the CSV two ways: with decimal commas and semicolons, which Excel opens into
 * columns under Vietnamese regional settings, and the RFC 4180 one (decimal points, commas).
 */
const coverageFiles: Array<'xlsx' | 'pdf' | FileVariant> = [
  'xlsx',
  'pdf',
  { format: 'csv', name: 'csvComma', query: { decimal: 'comma' } },
  { format: 'csv', name: 'csvPoint', query: { decimal: 'point' } },
];

/** "/reports": the coverage report chosen on the page, as a chart, a table and files. */
export function ReportsSection() {
  const { t } = useTranslation();
  const resultsId = useId();
  const [filters, changeFilters] = useReportFilters();
  const params = useMemo(() => toCoverageParams(filters), [filters]);
  const report = useCoverageReport(params);
  const { rows, totals } = useCoverageRows(report.data);
  // While another grouping loads, the previous report stays on screen under its own grouping.
  const shownGroupBy = report.data?.groupBy ?? params.groupBy;

  return (
    <Stack spacing={3}>
      <PageHeader title={t('reports.title')} intro={t('reports.intro')} />
      <Paper sx={{ p: { xs: 2, md: 3 } }}>
        <ReportFilters
          filters={filters}
          onChange={(change) =>
            changeFilters({
              ...change,
              ...(change.groupBy && change.groupBy !== 'commune' ? { districtCode: '' } : {}),
              // Today's units have no districts: leaving "as held" leaves the district grouping.
              ...(change.units === 'current' && filters.groupBy === 'district'
                ? { groupBy: 'commune' as const }
                : {}),
            })
          }
        />
      </Paper>
      <Paper
        component="section"
        aria-labelledby={resultsId}
        aria-busy={report.isFetching}
        sx={{ p: { xs: 2, md: 3 }, display: 'grid', gap: 3 }}
      >
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'flex-start' }}>
          <Typography id={resultsId} variant="h2" sx={{ flex: '1 1 260px' }}>
            {t(`reports.groupings.${shownGroupBy}`)}
          </Typography>
          <ApiFileButtons
            route={reportRoutes.coverage}
            query={{ ...params }}
            formats={coverageFiles}
            fallbackName={t('reports.export.fileName', {
              grouping: t(`reports.groupings.${params.groupBy}`),
            })}
            label={t('reports.export.label')}
          />
        </Box>
        {report.isError && (
          <ApiErrorAlert error={report.error} onRetry={() => void report.refetch()} />
        )}
        {report.isPending && <Skeleton variant="rounded" height={300} />}
        {report.data && (
          <>
            <CoverageChart groupBy={shownGroupBy} rows={rows} />
            <CoverageGrid
              groupBy={shownGroupBy}
              rows={rows}
              totals={totals}
              loading={report.isFetching}
            />
            <Typography variant="body2" color="text.secondary">
              {t('reports.uniqueNote')}
            </Typography>
          </>
        )}
      </Paper>
    </Stack>
  );
}
