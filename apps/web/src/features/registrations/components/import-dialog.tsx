import { useId, useState } from 'react';
import { importColumns, type ImportHeader, type ImportResult } from '@canhgiac/contracts';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import type { UploadProgress } from '../../../lib/api-upload';
import { useSmallScreen } from '../../../lib/use-small-screen';
import { useCurrentUser } from '../../../lib/use-session';
import {
  downloadAnnotatedFile,
  importErrorsOf,
  useImportRegistrations,
  type ImportErrors,
} from '../api/import-registrations';
import {
  choiceFor,
  type ColumnNumbers,
  hasUnknownColumns,
  rememberColumns,
  rememberedColumns,
} from '../utils/column-choice';
import { ImportColumnMapping } from './import-column-mapping';
import { ImportErrorsTable } from './import-errors-table';
import { ImportFilePicker } from './import-file-picker';
import { ImportOrganizationPicker } from './import-organization-picker';
import { ImportProgress } from './import-progress';
import { ImportSummary } from './import-summary';

type Step =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'needsOrganization' }
  /** The header was not recognized: the columns are chosen by hand (a refused choice: `error`). */
  | {
      kind: 'mapping';
      header: ImportHeader;
      problems: string[];
      remembered: boolean;
      error?: unknown;
    }
  | { kind: 'invalid'; errors: ImportErrors }
  | { kind: 'failed'; error: unknown }
  | { kind: 'ready'; preview: ImportResult }
  | { kind: 'importing'; progress: UploadProgress | null }
  | { kind: 'done'; result: ImportResult };

interface ImportDialogProps {
  conferenceId: string;
  onClose: () => void;
}

/**
 * Imports a member list: the chosen file is first checked (dry run) and previewed, or its row
 * errors listed; "Nhập" then sends it for real, with upload progress, and shows the result.
 */
export function ImportDialog({ conferenceId, onClose }: ImportDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const fullScreen = useSmallScreen();
  const importer = useImportRegistrations();
  const [file, setFile] = useState<File | null>(null);
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const user = useCurrentUser();
  // A coordinator's rows are their organization's; the department says whose a list is.
  const choosesOrganization = user?.role !== 'coordinator';
  const [organizationId, setOrganizationId] = useState<string | null>(null);
  const [organizationAsked, setOrganizationAsked] = useState(false);
  /** The columns chosen by hand for the file's header, once applied. */
  const [applied, setApplied] = useState<{ header: ImportHeader; columns: ColumnNumbers } | null>(
    null,
  );
  const [draft, setDraft] = useState<ColumnNumbers>({});
  const busy = step.kind === 'checking' || step.kind === 'importing';
  /** Whose choices of columns are remembered: the coordinator's organization, or the list's. */
  const owner = (organization: string | null) =>
    choosesOrganization ? organization : (user?.organizationId ?? null);
  const choice = (columns = applied) =>
    columns ? choiceFor(columns.header, columns.columns) : null;

  /** A refused choice names its fields `columns.<field>`. */
  const columnLabels = Object.fromEntries(
    importColumns.map((column) => [
      `columns.${column.field}`,
      t(`registrations.import.mapping.fields.${column.field}`),
    ]),
  );

  const failed = (
    error: unknown,
    organization: string | null,
    columns: typeof applied = null,
  ): Step => {
    const errors = importErrorsOf(error);
    // A header it does not recognize, with a column to choose: the columns are chosen by hand.
    if (errors?.header && hasUnknownColumns(errors.header)) {
      const remembered = rememberedColumns(owner(organization), errors.header);
      setDraft(remembered ?? errors.header.recognized);
      return {
        kind: 'mapping',
        header: errors.header,
        problems: errors.errors.map((e) => e.message),
        remembered: remembered !== null,
      };
    }
    if (!errors && columns)
      return { kind: 'mapping', header: columns.header, problems: [], remembered: false, error };
    return errors ? { kind: 'invalid', errors } : { kind: 'failed', error };
  };

  const check = async (
    chosen: File,
    organization = organizationId,
    columns: typeof applied = null,
  ) => {
    setFile(chosen);
    setApplied(columns);
    setStep({ kind: 'checking' });
    try {
      const preview = await importer.mutateAsync({
        conferenceId,
        file: chosen,
        dryRun: true,
        organizationId: organization,
        columns: choice(columns),
      });
      if (columns) rememberColumns(owner(organization), columns.header, columns.columns);
      // The list names no organization: the department says whose it is before it is imported.
      if (preview.organizationMissing && choosesOrganization) {
        setOrganizationAsked(true);
        setStep({ kind: 'needsOrganization' });
      } else setStep({ kind: 'ready', preview });
    } catch (error) {
      setStep(failed(error, organization, columns));
    }
  };

  const commit = async () => {
    if (!file) return;
    setStep({ kind: 'importing', progress: null });
    try {
      const result = await importer.mutateAsync({
        conferenceId,
        file,
        dryRun: false,
        organizationId,
        columns: choice(),
        onProgress: (progress) => setStep({ kind: 'importing', progress }),
      });
      setStep({ kind: 'done', result });
    } catch (error) {
      setStep(failed(error, organizationId));
    }
  };

  return (
    <Dialog
      open
      onClose={busy ? undefined : onClose}
      aria-labelledby={titleId}
      fullWidth
      maxWidth="md"
      fullScreen={fullScreen}
    >
      <DialogTitle id={titleId}>{t('registrations.import.title')}</DialogTitle>
      <DialogContent sx={{ display: 'grid', gap: 2 }}>
        <DialogContentText>{t('registrations.import.intro')}</DialogContentText>
        {step.kind !== 'done' && choosesOrganization && (
          <ImportOrganizationPicker
            value={organizationId}
            required={organizationAsked}
            disabled={busy}
            onChange={(chosen) => {
              setOrganizationId(chosen);
              // The file is checked again for the organization chosen.
              if (file) void check(file, chosen, applied);
            }}
          />
        )}
        {step.kind !== 'done' && (
          <ImportFilePicker file={file} disabled={busy} onChoose={(chosen) => void check(chosen)} />
        )}
        {step.kind === 'checking' && (
          <div role="status">
            <Typography sx={{ mb: 1 }}>{t('registrations.import.checking')}</Typography>
            <LinearProgress aria-label={t('registrations.import.checking')} />
          </div>
        )}
        {step.kind === 'mapping' && (
          <ImportColumnMapping
            header={step.header}
            problems={step.problems}
            value={draft}
            onChange={setDraft}
            remembered={step.remembered}
            disabled={busy}
            onApply={() =>
              file && void check(file, organizationId, { header: step.header, columns: draft })
            }
          />
        )}
        {step.kind === 'mapping' && step.error !== undefined && (
          <ApiErrorAlert error={step.error} fieldLabels={columnLabels} />
        )}
        {step.kind === 'invalid' && (
          <ImportErrorsTable
            {...step.errors}
            onDownloadAnnotated={
              file
                ? () =>
                    downloadAnnotatedFile({ conferenceId, file, organizationId, columns: choice() })
                : undefined
            }
          />
        )}
        {step.kind === 'failed' && <ApiErrorAlert error={step.error} />}
        {step.kind === 'ready' && <ImportSummary result={step.preview} />}
        {step.kind === 'importing' && <ImportProgress progress={step.progress} />}
        {step.kind === 'done' && <ImportSummary result={step.result} />}
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        {step.kind === 'done' ? (
          <Button variant="contained" onClick={onClose}>
            {t('registrations.import.close')}
          </Button>
        ) : (
          <>
            <Button onClick={onClose} disabled={busy}>
              {t('common.cancel')}
            </Button>
            <Button
              variant="contained"
              onClick={() => void commit()}
              disabled={step.kind !== 'ready' || step.preview.created === 0}
            >
              {t('registrations.import.submit')}
            </Button>
          </>
        )}
      </DialogActions>
    </Dialog>
  );
}
