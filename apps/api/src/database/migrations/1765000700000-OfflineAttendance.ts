import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Offline check-in: every event a device sends is kept under the id the device gave it, so that
 * sending it again changes nothing. The attendance itself stays where online check-ins put it
 * (`registration.status`, `checked_in_at`, `check_in_method`); this table only remembers which
 * events were processed, by whom, from which device, and what was decided. No personal data.
 *
 * A sync first claims its events (INSERT … ON CONFLICT DO NOTHING: an id already here is a
 * duplicate), then decides them and writes the outcome in the same transaction, so a committed
 * row always has its outcome. `kind` and `device_at` are null for an event whose content was
 * invalid; `checked_in_at` is the time the attendance was counted at (the device's time, or the
 * server's when the device's could not be right).
 */
export class OfflineAttendance1765000700000 implements MigrationInterface {
  name = 'OfflineAttendance1765000700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE attendance_event (
        id uuid PRIMARY KEY,
        conference_id uuid NOT NULL REFERENCES conference (id) ON DELETE CASCADE,
        device_id text NOT NULL CHECK (length(device_id) BETWEEN 1 AND 120),
        user_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        kind text CHECK (kind IN ('check_in', 'walk_in')),
        device_at timestamptz,
        outcome text CHECK (outcome IN ('applied', 'rejected')),
        registration_id uuid REFERENCES registration (id) ON DELETE SET NULL,
        checked_in_at timestamptz,
        reason text,
        received_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX attendance_event_conference ON attendance_event (conference_id, received_at)`,
    );
    await queryRunner.query(
      `CREATE INDEX attendance_event_registration ON attendance_event (registration_id) WHERE registration_id IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE attendance_event`);
  }
}
