import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Three migrations were edited after they had run (against ADR 0004), so a database that ran
 * them as first released never got the edits. This brings such a database to the schema a fresh
 * one gets; on a database that already has it, every step finds nothing to do.
 *
 * - Foundation: fold_text also trims leading and trailing spaces. The stored keys computed with
 *   the old function (people's names, venues, trainers) are recomputed and the organization
 *   name indexes rebuilt, only when the function is the old one.
 * - PeopleAndRegistrations: person_phone indexes with varchar_pattern_ops, so phone search by
 *   prefix ("0912…") uses it; random_check_in_code draws 40 random bits once instead of eight
 *   draws.
 * - Hardening: refresh_token.rotated_at and refresh_token.replaced_by, for telling a lost reply
 *   from a replayed refresh cookie.
 */
export class RepairEditedMigrations1765000050000 implements MigrationInterface {
  name = 'RepairEditedMigrations1765000050000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DO $repair$
      BEGIN
        IF NOT EXISTS (
          SELECT 1 FROM pg_proc
          WHERE proname = 'fold_text' AND pronamespace = 'public'::regnamespace AND prosrc LIKE '%btrim(%'
        ) THEN
          CREATE OR REPLACE FUNCTION fold_text(value text) RETURNS text
          LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
          AS $$ SELECT btrim(lower(regexp_replace(public.unaccent('public.unaccent'::regdictionary, value), '\\s+', ' ', 'g'))) $$;
          REINDEX INDEX organization_name_district;
          REINDEX INDEX organization_name_trgm;
          UPDATE conference SET venue = venue WHERE venue_key IS DISTINCT FROM fold_text(venue);
          UPDATE conference_trainer SET name = name WHERE trainer_key IS DISTINCT FROM fold_text(name);
          UPDATE person SET full_name = full_name WHERE name_key IS DISTINCT FROM fold_text(full_name);
        END IF;
      END
      $repair$`);

    await queryRunner.query(`
      DO $repair$
      BEGIN
        IF EXISTS (
          SELECT 1 FROM pg_indexes
          WHERE schemaname = 'public' AND indexname = 'person_phone' AND indexdef NOT LIKE '%varchar_pattern_ops%'
        ) THEN
          DROP INDEX person_phone;
        END IF;
      END
      $repair$`);
    await queryRunner.query(
      `CREATE INDEX IF NOT EXISTS person_phone ON person (phone varchar_pattern_ops) WHERE phone IS NOT NULL`,
    );
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION random_check_in_code() RETURNS text LANGUAGE sql VOLATILE AS $$
        SELECT substr(a, (v >> 35 & 31)::int + 1, 1) || substr(a, (v >> 30 & 31)::int + 1, 1)
            || substr(a, (v >> 25 & 31)::int + 1, 1) || substr(a, (v >> 20 & 31)::int + 1, 1)
            || substr(a, (v >> 15 & 31)::int + 1, 1) || substr(a, (v >> 10 & 31)::int + 1, 1)
            || substr(a, (v >> 5 & 31)::int + 1, 1) || substr(a, (v & 31)::int + 1, 1)
        FROM (SELECT '0123456789ABCDEFGHJKMNPQRSTVWXYZ'::text AS a, floor(random() * 1099511627776)::bigint AS v) s
      $$`);

    await queryRunner.query(
      `ALTER TABLE refresh_token ADD COLUMN IF NOT EXISTS rotated_at timestamptz`,
    );
    await queryRunner.query(
      `ALTER TABLE refresh_token ADD COLUMN IF NOT EXISTS replaced_by uuid REFERENCES refresh_token (id) ON DELETE SET NULL`,
    );
  }

  async down(): Promise<void> {
    // Nothing to undo: the schema after this migration is the one the migrations before it
    // already give a fresh database.
  }
}
