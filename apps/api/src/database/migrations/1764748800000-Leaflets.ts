import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Leaflets1764748800000 implements MigrationInterface {
  name = 'Leaflets1764748800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // allocated is kept by the statements that allocate and cancel; the check makes
    // over-allocation impossible even when requests race.
    await queryRunner.query(`
      CREATE TABLE leaflet_batch (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL,
        quantity integer NOT NULL CHECK (quantity > 0),
        received_on date NOT NULL,
        campaign_id uuid REFERENCES campaign (id),
        note text,
        allocated integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by uuid REFERENCES app_user (id),
        CONSTRAINT leaflet_batch_stock CHECK (allocated >= 0 AND allocated <= quantity)
      )`);

    // Numbered registers of documents (handover notes), one counter per series and year.
    await queryRunner.query(`
      CREATE TABLE document_counter (
        series text NOT NULL,
        year integer NOT NULL,
        last_number integer NOT NULL DEFAULT 0,
        PRIMARY KEY (series, year)
      )`);

    await queryRunner.query(`
      CREATE TABLE leaflet_allocation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        batch_id uuid NOT NULL REFERENCES leaflet_batch (id),
        document_number text NOT NULL UNIQUE,
        quantity integer NOT NULL CHECK (quantity > 0),
        recipient_kind text NOT NULL CHECK (recipient_kind IN ('organization', 'commune', 'conference')),
        organization_id uuid REFERENCES organization (id),
        commune_code varchar(10),
        conference_id uuid REFERENCES conference (id),
        note text,
        status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'delivered', 'cancelled')),
        delivered_on date,
        received_by text,
        delivered_by uuid REFERENCES app_user (id),
        cancelled_at timestamptz,
        cancel_reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by uuid REFERENCES app_user (id),
        CONSTRAINT leaflet_allocation_recipient CHECK (
          (recipient_kind = 'organization') = (organization_id IS NOT NULL)
          AND (recipient_kind = 'commune') = (commune_code IS NOT NULL)
          AND (recipient_kind = 'conference') = (conference_id IS NOT NULL)),
        CONSTRAINT leaflet_allocation_delivery CHECK ((status = 'delivered') = (delivered_on IS NOT NULL AND received_by IS NOT NULL)),
        CONSTRAINT leaflet_allocation_cancel CHECK ((status = 'cancelled') = (cancelled_at IS NOT NULL))
      )`);
    await queryRunner.query(
      `CREATE INDEX leaflet_allocation_batch ON leaflet_allocation (batch_id, status)`,
    );
    await queryRunner.query(
      `CREATE INDEX leaflet_allocation_conference ON leaflet_allocation (conference_id) WHERE conference_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX leaflet_allocation_organization ON leaflet_allocation (organization_id) WHERE organization_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX leaflet_allocation_commune ON leaflet_allocation (commune_code) WHERE commune_code IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE leaflet_allocation`);
    await queryRunner.query(`DROP TABLE document_counter`);
    await queryRunner.query(`DROP TABLE leaflet_batch`);
  }
}
