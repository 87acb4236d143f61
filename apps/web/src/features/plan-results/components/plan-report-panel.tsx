import { reportRoutes } from '@canhgiac/contracts';
import { useId, useMemo, useState } from 'react';
import type { Campaign, PlanReportTexts } from '@canhgiac/contracts';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { ApiFileButtons } from '../../../components/api-file-buttons';
import { formatDate } from '../../../lib/format';
import { usePermission } from '../../../lib/permissions';
import { useFailure } from '../../../lib/use-failure';
import { useReportTexts, useSaveReportTexts } from '../api/plan-results';

interface Period {
  key: string;
  from: string;
  to: string;
}

/** The periods a results report is asked for: each quarter, each half, the whole year. */
export function reportPeriods(campaign: Pick<Campaign, 'startsOn' | 'endsOn'>): Period[] {
  const year = campaign.startsOn.slice(0, 4);
  const day = (month: string, last: string) => `${year}-${month}-${last}`;
  return [
    { key: 'q1', from: day('01', '01'), to: day('03', '31') },
    { key: 'q2', from: day('04', '01'), to: day('06', '30') },
    { key: 'q3', from: day('07', '01'), to: day('09', '30') },
    { key: 'q4', from: day('10', '01'), to: day('12', '31') },
    { key: 'h1', from: day('01', '01'), to: day('06', '30') },
    { key: 'h2', from: day('07', '01'), to: day('12', '31') },
    { key: 'year', from: campaign.startsOn, to: campaign.endsOn },
  ];
}

type TextFields = Pick<
  PlanReportTexts,
  'documentNumber' | 'planReference' | 'generalAssessment' | 'recommendations'
> & { recipients: string };

function TextsForm({ campaignId, texts }: { campaignId: string; texts: PlanReportTexts }) {
  const { t } = useTranslation();
  const save = useSaveReportTexts(campaignId);
  const { failure, run } = useFailure();
  const [saved, setSaved] = useState(false);
  const [values, setValues] = useState<TextFields>({
    documentNumber: texts.documentNumber,
    planReference: texts.planReference,
    generalAssessment: texts.generalAssessment,
    recommendations: texts.recommendations,
    recipients: texts.recipients.join('\n'),
  });
  const field = (name: keyof TextFields, rows?: number) => (
    <TextField
      label={t(`planResults.report.fields.${name}`)}
      helperText={t(`planResults.report.help.${name}`)}
      value={values[name]}
      onChange={(event) => {
        setSaved(false);
        setValues({ ...values, [name]: event.target.value });
      }}
      multiline={rows !== undefined}
      minRows={rows}
      fullWidth
    />
  );
  const submit = async () => {
    setSaved(false);
    const done = await run(() =>
      save.mutateAsync({
        ...values,
        recipients: values.recipients
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean),
      }),
    );
    if (done) setSaved(true);
  };
  return (
    <Box
      component="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      sx={{ display: 'grid', gap: 2 }}
    >
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { md: '1fr 2fr' } }}>
        {field('documentNumber')}
        {field('planReference')}
      </Box>
      {field('generalAssessment', 4)}
      {field('recommendations', 3)}
      {field('recipients', 3)}
      {failure !== null && <ApiErrorAlert error={failure} />}
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center' }}>
        <Button type="submit" variant="contained" disabled={save.isPending}>
          {save.isPending ? t('common.saving') : t('planResults.report.saveTexts')}
        </Button>
        <Typography role="status">{saved ? t('planResults.report.textsSaved') : ''}</Typography>
      </Box>
    </Box>
  );
}

/**
 * The results report to the People's Committee (Decree 30/2020/NĐ-CP layout): the texts staff
 * write, a period, and the report as Word or PDF with the period's figures filled in.
 */
export function PlanReportPanel({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const headingId = useId();
  const canWrite = usePermission('campaigns.manage');
  const texts = useReportTexts(campaign.id);
  const periods = useMemo(() => reportPeriods(campaign), [campaign]);
  const [periodKey, setPeriodKey] = useState('year');
  const period = periods.find((p) => p.key === periodKey) ?? periods[periods.length - 1];
  return (
    <Paper
      component="section"
      aria-labelledby={headingId}
      sx={{ p: { xs: 2, md: 3 }, display: 'grid', gap: 2 }}
    >
      <div>
        <Typography id={headingId} variant="h2">
          {t('planResults.report.title')}
        </Typography>
        <Typography color="text.secondary">{t('planResults.report.intro')}</Typography>
      </div>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center' }}>
        <TextField
          select
          size="small"
          label={t('planResults.report.period')}
          value={period.key}
          onChange={(event) => setPeriodKey(event.target.value)}
          sx={{ minWidth: 220 }}
        >
          {periods.map((p) => (
            <MenuItem key={p.key} value={p.key}>
              {t(`planResults.report.periods.${p.key as 'year'}`)}
            </MenuItem>
          ))}
        </TextField>
        <Typography color="text.secondary">
          {t('planResults.report.range', {
            from: formatDate(period.from),
            to: formatDate(period.to),
          })}
        </Typography>
      </Box>
      <ApiFileButtons
        route={reportRoutes.planReport}
        query={{ campaignId: campaign.id, from: period.from, to: period.to }}
        formats={['docx', 'pdf']}
        fallbackName="bao-cao-ket-qua"
        label={t('planResults.report.download')}
      />
      {canWrite && (
        <>
          <Typography variant="h3">{t('planResults.report.textsTitle')}</Typography>
          {texts.isError && (
            <ApiErrorAlert error={texts.error} onRetry={() => void texts.refetch()} />
          )}
          {texts.isPending && <Skeleton variant="rounded" height={200} />}
          {texts.data && <TextsForm campaignId={campaign.id} texts={texts.data} />}
        </>
      )}
      {!canWrite && <Alert severity="info">{t('planResults.report.readOnly')}</Alert>}
    </Paper>
  );
}
