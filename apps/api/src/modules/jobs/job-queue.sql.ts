import PgBoss from 'pg-boss';

/** The PostgreSQL schema pg-boss keeps its tables in. */
export const JOB_QUEUE_SCHEMA = 'pgboss';

/** The statements that make the job queue's schema, as pg-boss's first start would. */
export const jobQueueSchemaSql = (): string => PgBoss.getConstructionPlans(JOB_QUEUE_SCHEMA);
