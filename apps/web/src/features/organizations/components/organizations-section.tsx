import { useCallback, useId, useState } from 'react';
import type { AdminUnit, Organization } from '@canhgiac/contracts';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { NoticeSnackbar } from '../../../components/notice-snackbar';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { usePermission } from '../../../lib/permissions';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { useServerPaging } from '../../../lib/use-server-paging';
import { useOrganizations } from '../api/get-organizations';
import { OrganizationFormDialog } from './organization-form-dialog';
import { OrganizationsGrid } from './organizations-grid';
import { OrganizationsToolbar, type OrganizationFilters } from './organizations-toolbar';

interface OrganizationsSectionProps {
  /** The districts of before 1/7/2025, for organizations recorded with one then. */
  formerDistricts: AdminUnit[];
}

type DialogState = { organization: Organization | null } | null;

export function OrganizationsSection({ formerDistricts }: OrganizationsSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const canManage = usePermission('reference.manage');
  const [filters, setFilters] = useState<OrganizationFilters>({
    search: '',
    kind: '',
    within: '',
  });
  const paged = useServerPaging(50, JSON.stringify(filters));
  const [dialog, setDialog] = useState<DialogState>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const q = useDebouncedValue(filters.search.trim());
  const organizations = useOrganizations({
    page: paged.page,
    pageSize: paged.pageSize,
    q: q || undefined,
    kind: filters.kind || undefined,
    within: filters.within || undefined,
  });

  const edit = useCallback((organization: Organization) => setDialog({ organization }), []);
  const saved = (organization: Organization, created: boolean) => {
    setDialog(null);
    const key = created ? 'organizations.saved.created' : 'organizations.saved.updated';
    setNotice(t(key, { name: organization.name }));
  };

  return (
    <Paper component="section" aria-labelledby={headingId} sx={{ p: { xs: 2, md: 3 } }}>
      <Typography id={headingId} variant="h2" sx={{ mb: 2 }}>
        {t('organizations.sectionTitle')}
      </Typography>
      <OrganizationsToolbar
        filters={filters}
        onChange={setFilters}
        onAdd={canManage ? () => setDialog({ organization: null }) : undefined}
      />
      {organizations.isError ? (
        <ApiErrorAlert error={organizations.error} onRetry={() => void organizations.refetch()} />
      ) : (
        <OrganizationsGrid
          page={organizations.data}
          loading={organizations.isFetching}
          formerDistricts={formerDistricts}
          paging={paged.paging}
          onEdit={canManage ? edit : undefined}
        />
      )}
      {dialog && (
        <OrganizationFormDialog
          organization={dialog.organization}
          onClose={() => setDialog(null)}
          onSaved={saved}
        />
      )}
      <NoticeSnackbar notice={notice} onClose={() => setNotice(null)} />
    </Paper>
  );
}
