import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CertificateSettingsAtIssue1764921600000 implements MigrationInterface {
  name = 'CertificateSettingsAtIssue1764921600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // A certificate is a document: its issuer, signer and place are those of the day it was
    // issued, and a reprint years later must read the same. The campaign's settings are copied
    // onto each certificate at issue; those issued before this migration take today's.
    await queryRunner.query(`ALTER TABLE certificate ADD COLUMN settings jsonb`);
    await queryRunner.query(`
      UPDATE certificate c SET settings = jsonb_build_object(
        'parentBody', k.certificate_parent_body, 'issuer', k.certificate_issuer,
        'serialSuffix', k.certificate_serial_suffix, 'signerTitle', k.certificate_signer_title,
        'signerName', k.certificate_signer_name, 'issuePlace', k.certificate_issue_place)
      FROM conference f JOIN campaign k ON k.id = f.campaign_id
      WHERE f.id = c.conference_id`);
    await queryRunner.query(`ALTER TABLE certificate ALTER COLUMN settings SET NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE certificate DROP COLUMN settings`);
  }
}
