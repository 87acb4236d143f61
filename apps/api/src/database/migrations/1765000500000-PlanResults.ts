import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PlanResults1765000500000 implements MigrationInterface {
  name = 'PlanResults1765000500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Outreach on every channel besides conferences: a video, a post, an SMS wave, a Zalo group…
    await queryRunner.query(`
      CREATE TABLE outreach_activity (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        campaign_id uuid NOT NULL REFERENCES campaign (id),
        channel text NOT NULL CHECK (channel IN ('video', 'social_post', 'portal_post', 'sms', 'zalo_group', 'leaflet_drop', 'other')),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
        starts_on date NOT NULL,
        ends_on date,
        commune_code varchar(10),
        organization_id uuid REFERENCES organization (id),
        link text,
        notes text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT outreach_activity_period CHECK (ends_on IS NULL OR ends_on >= starts_on)
      )`);
    await queryRunner.query(
      `CREATE INDEX outreach_activity_campaign ON outreach_activity (campaign_id, starts_on)`,
    );
    await queryRunner.query(
      `CREATE INDEX outreach_activity_organization ON outreach_activity (organization_id) WHERE organization_id IS NOT NULL`,
    );

    // Metrics grow (views, shares): each update is a new snapshot, so a report for a past period
    // reads the figures as they were known at its end. The latest snapshot of a day wins (by id).
    await queryRunner.query(`
      CREATE TABLE activity_metric_snapshot (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        activity_id uuid NOT NULL REFERENCES outreach_activity (id) ON DELETE CASCADE,
        as_of date NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        views integer CHECK (views >= 0),
        shares integer CHECK (shares >= 0),
        sharers integer CHECK (sharers >= 0),
        messages integer CHECK (messages >= 0),
        groups integer CHECK (groups >= 0),
        members integer CHECK (members >= 0),
        posts integer CHECK (posts >= 0)
      )`);
    await queryRunner.query(
      `CREATE INDEX activity_metric_snapshot_latest ON activity_metric_snapshot (activity_id, as_of DESC, id DESC)`,
    );

    // Targets below the campaign's totals: per commune, per organization, per commune × organization.
    // A commune is a code read on a day (the campaign's first day), so a target set in a former
    // commune can be rolled up to the unit that covers it today.
    await queryRunner.query(`
      CREATE TABLE campaign_target (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        campaign_id uuid NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
        commune_code varchar(10),
        commune_valid_on date,
        organization_id uuid REFERENCES organization (id),
        conferences integer CHECK (conferences >= 0),
        participants integer CHECK (participants >= 0),
        leaflets integer CHECK (leaflets >= 0),
        CONSTRAINT campaign_target_subject CHECK (commune_code IS NOT NULL OR organization_id IS NOT NULL),
        CONSTRAINT campaign_target_commune_day CHECK ((commune_code IS NULL) = (commune_valid_on IS NULL)),
        CONSTRAINT campaign_target_once UNIQUE NULLS NOT DISTINCT (campaign_id, commune_code, organization_id)
      )`);

    // What staff write for the results report before generating it.
    await queryRunner.query(`
      CREATE TABLE plan_report_draft (
        campaign_id uuid PRIMARY KEY REFERENCES campaign (id) ON DELETE CASCADE,
        document_number text NOT NULL DEFAULT '',
        plan_reference text NOT NULL DEFAULT '',
        general_assessment text NOT NULL DEFAULT '',
        recommendations text NOT NULL DEFAULT '',
        recipients text[] NOT NULL DEFAULT '{}',
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE plan_report_draft`);
    await queryRunner.query(`DROP TABLE campaign_target`);
    await queryRunner.query(`DROP TABLE activity_metric_snapshot`);
    await queryRunner.query(`DROP TABLE outreach_activity`);
  }
}
