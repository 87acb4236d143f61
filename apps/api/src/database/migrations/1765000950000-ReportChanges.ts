import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Every table whose rows a dashboard figure is made of. */
const tables = [
  'registration',
  'person',
  'conference',
  'conference_organizer',
  'campaign',
  'leaflet_batch',
  'leaflet_allocation',
  'organization',
  'admin_unit',
  'admin_unit_succession',
  'unit_statistic',
];

/**
 * A change counter for the reports: a statement that writes any table a dashboard figure is made of
 * takes a number from the sequence `report_change`. A server keeps the dashboard it last computed
 * with the number it read before computing it, and computes again once the number has moved
 * (ADR 0019). A sequence, not a counter row: taking a number locks nothing, so writers never
 * wait for each other, and a rolled-back write only costs a recompute.
 */
export class ReportChanges1765000950000 implements MigrationInterface {
  name = 'ReportChanges1765000950000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SEQUENCE report_change`);
    await queryRunner.query(`
      CREATE FUNCTION report_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM nextval('report_change');
        RETURN NULL;
      END $$`);
    for (const table of tables)
      await queryRunner.query(`
        CREATE TRIGGER ${table}_report_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION report_changed()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of tables)
      await queryRunner.query(`DROP TRIGGER ${table}_report_changed ON ${table}`);
    await queryRunner.query(`DROP FUNCTION report_changed()`);
    await queryRunner.query(`DROP SEQUENCE report_change`);
  }
}
