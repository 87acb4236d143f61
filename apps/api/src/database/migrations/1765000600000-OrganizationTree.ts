import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Organizations form a tree: since 1/7/2025 the Farmers' and Veterans' Associations work at the
 * province and in the communes, so a provincial association has commune branches. A branch names
 * the commune it works in (today's code). A coordinator's scope is their organization and every
 * organization under it, read through `organization_subtree`.
 */
export class OrganizationTree1765000600000 implements MigrationInterface {
  name = 'OrganizationTree1765000600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE organization
        ADD COLUMN parent_id uuid REFERENCES organization (id),
        ADD COLUMN commune_code varchar(10),
        ADD CONSTRAINT organization_not_own_parent CHECK (parent_id IS NULL OR parent_id <> id)`);
    await queryRunner.query(
      `CREATE INDEX organization_parent ON organization (parent_id) WHERE parent_id IS NOT NULL`,
    );

    // The organization and every organization under it, at any depth.
    await queryRunner.query(`
      CREATE FUNCTION organization_subtree(root uuid) RETURNS SETOF uuid
      LANGUAGE sql STABLE AS $$
        WITH RECURSIVE tree(id) AS (
          SELECT root
          UNION
          SELECT o.id FROM organization o JOIN tree t ON o.parent_id = t.id
        )
        SELECT id FROM tree
      $$`);

    // The topmost organization above it (itself when it has no parent), for reports that roll
    // branches up into their association.
    await queryRunner.query(`
      CREATE FUNCTION organization_root(node uuid) RETURNS uuid
      LANGUAGE sql STABLE AS $$
        WITH RECURSIVE up(id, parent_id, depth) AS (
          SELECT o.id, o.parent_id, 0 FROM organization o WHERE o.id = node
          UNION ALL
          SELECT o.id, o.parent_id, up.depth + 1 FROM organization o JOIN up ON o.id = up.parent_id
          WHERE up.depth < 64
        )
        SELECT id FROM up ORDER BY depth DESC LIMIT 1
      $$`);

    // No cycles: a new parent may not be the organization itself or one of its branches. Two
    // concurrent moves could each pass the check alone, so moves take one lock in turn.
    await queryRunner.query(`
      CREATE FUNCTION organization_parent_check() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.parent_id IS NOT NULL THEN
          PERFORM pg_advisory_xact_lock(hashtext('organization_tree'));
          IF NEW.parent_id IN (SELECT organization_subtree(NEW.id)) THEN
            RAISE EXCEPTION 'organization % cannot be under its own branch %', NEW.id, NEW.parent_id
              USING ERRCODE = '23514', CONSTRAINT = 'organization_tree_no_cycle';
          END IF;
        END IF;
        RETURN NEW;
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER organization_parent_check
        BEFORE INSERT OR UPDATE OF parent_id ON organization
        FOR EACH ROW EXECUTE FUNCTION organization_parent_check()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER organization_parent_check ON organization`);
    await queryRunner.query(`DROP FUNCTION organization_parent_check()`);
    await queryRunner.query(`DROP FUNCTION organization_root(uuid)`);
    await queryRunner.query(`DROP FUNCTION organization_subtree(uuid)`);
    await queryRunner.query(`DROP INDEX organization_parent`);
    await queryRunner.query(`
      ALTER TABLE organization
        DROP CONSTRAINT organization_not_own_parent,
        DROP COLUMN commune_code,
        DROP COLUMN parent_id`);
  }
}
