import { useCallback, useState } from 'react';
import type { AuditEntry } from '@canhgiac/contracts';
import Paper from '@mui/material/Paper';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { DatePickersProvider } from '../../../components/date-pickers-provider';
import { useServerPaging } from '../../../lib/use-server-paging';
import { useAudit } from '../api/get-audit';
import { useUserOptions } from '../api/get-user-options';
import { AuditDetailDialog } from './audit-detail-dialog';
import { AuditFiltersBar, noAuditFilters, type AuditFilters } from './audit-filters';
import { AuditGrid } from './audit-grid';

/** A day filter is sent once it is a whole date; half-typed text is left out. */
const day = (value: string) => (/^\d{4}-\d{2}-\d{2}$/u.test(value) ? value : undefined);

/** The audit log (admin): who changed what, filtered and paged on the server. */
export function AuditSection() {
  const users = useUserOptions();
  const [filters, setFilters] = useState<AuditFilters>(noAuditFilters);
  const paged = useServerPaging(50, JSON.stringify(filters));
  const [open, setOpen] = useState<AuditEntry | null>(null);
  const audit = useAudit({
    page: paged.page,
    pageSize: paged.pageSize,
    entity: filters.entity || undefined,
    action: filters.action || undefined,
    userId: filters.userId || undefined,
    from: day(filters.from),
    to: day(filters.to),
  });
  const openEntry = useCallback((entry: AuditEntry) => setOpen(entry), []);

  return (
    <DatePickersProvider>
      <Paper sx={{ p: { xs: 2, md: 3 } }}>
        <AuditFiltersBar filters={filters} users={users.data ?? []} onChange={setFilters} />
        {audit.isError ? (
          <ApiErrorAlert error={audit.error} onRetry={() => void audit.refetch()} />
        ) : (
          <AuditGrid
            page={audit.data}
            loading={audit.isFetching}
            paging={paged.paging}
            onOpen={openEntry}
          />
        )}
        {open && <AuditDetailDialog entry={open} onClose={() => setOpen(null)} />}
      </Paper>
    </DatePickersProvider>
  );
}
