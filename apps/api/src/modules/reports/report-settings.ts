/**
 * Settings for the statement of a report. Its one big sort (each person's first attendance, a row
 * per attendance: about 110 MB for 1,000,000 attendances, `pnpm bench:reports`) stays in memory
 * instead of spilling to disk, and JIT compilation, which costs more than it saves on a statement
 * run once, is off. Only the report's own transaction has them: a report is rare and reads
 * everything, a request of the app is frequent and reads little, and the server's defaults are set
 * for the latter.
 */
export const REPORT_SETTINGS = { work_mem: '128MB', jit: 'off' } as const;

/** The statement that gives the current transaction the settings of a report. */
export const reportSettingsSql = `SELECT ${Object.entries(REPORT_SETTINGS)
  .map(([name, value]) => `set_config('${name}', '${value}', true)`)
  .join(', ')}`;
