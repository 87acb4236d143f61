import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CampaignsAndConferences1764489600000 implements MigrationInterface {
  name = 'CampaignsAndConferences1764489600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE campaign (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        target_conferences integer NOT NULL DEFAULT 0 CHECK (target_conferences >= 0),
        target_participants integer NOT NULL DEFAULT 0 CHECK (target_participants >= 0),
        target_leaflets integer NOT NULL DEFAULT 0 CHECK (target_leaflets >= 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT campaign_period CHECK (ends_on >= starts_on)
      )`);

    // venue_key folds case, spaces and diacritics, so "Hội trường UBND xã" and "hoi truong  ubnd xa"
    // are the same venue. Non-cancelled, non-forced bookings of one venue cannot overlap: the
    // exclusion constraint holds even when two requests race.
    await queryRunner.query(`
      CREATE TABLE conference (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        campaign_id uuid NOT NULL REFERENCES campaign (id),
        title text NOT NULL,
        topic text NOT NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        commune_code varchar(10) NOT NULL,
        venue text NOT NULL,
        venue_key text GENERATED ALWAYS AS (fold_text(venue)) STORED,
        capacity integer NOT NULL CHECK (capacity > 0),
        notes text,
        status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'confirmed', 'held', 'cancelled')),
        cancel_reason text,
        forced boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT conference_time_order CHECK (ends_at > starts_at),
        CONSTRAINT conference_cancel_reason CHECK (status <> 'cancelled' OR cancel_reason IS NOT NULL),
        CONSTRAINT conference_venue_free EXCLUDE USING gist (
          commune_code WITH =, venue_key WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&
        ) WHERE (status <> 'cancelled' AND NOT forced)
      )`);
    await queryRunner.query(
      `CREATE INDEX conference_campaign_start ON conference (campaign_id, starts_at)`,
    );
    await queryRunner.query(`CREATE INDEX conference_start ON conference (starts_at)`);
    await queryRunner.query(
      `CREATE INDEX conference_commune ON conference (commune_code, starts_at)`,
    );

    await queryRunner.query(`
      CREATE TABLE conference_organizer (
        conference_id uuid NOT NULL REFERENCES conference (id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organization (id),
        PRIMARY KEY (conference_id, organization_id)
      )`);
    await queryRunner.query(
      `CREATE INDEX conference_organizer_organization ON conference_organizer (organization_id)`,
    );

    // A trainer is known by name for now; trainer_key folds it like a venue. Each row carries its
    // conference's time range so that a trainer cannot be booked twice at once.
    await queryRunner.query(`
      CREATE TABLE conference_trainer (
        conference_id uuid NOT NULL REFERENCES conference (id) ON DELETE CASCADE,
        position integer NOT NULL,
        name text NOT NULL,
        trainer_key text GENERATED ALWAYS AS (fold_text(name)) STORED,
        during tstzrange NOT NULL,
        active boolean NOT NULL,
        PRIMARY KEY (conference_id, trainer_key),
        CONSTRAINT conference_trainer_free EXCLUDE USING gist (trainer_key WITH =, during WITH &&) WHERE (active)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE conference_trainer`);
    await queryRunner.query(`DROP TABLE conference_organizer`);
    await queryRunner.query(`DROP TABLE conference`);
    await queryRunner.query(`DROP TABLE campaign`);
  }
}
