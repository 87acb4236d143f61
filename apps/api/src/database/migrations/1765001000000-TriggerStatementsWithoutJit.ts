import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The trigger functions that read a statement's transition tables (its old and new rows). */
const functions = [
  'person_home_membership',
  'registration_home_claim',
  'rollup_mark_registration',
  'rollup_mark_person',
  'rollup_mark_conference',
];

/**
 * A transition table has no statistics, so the planner guesses how its rows join, and the guess
 * for a statement joining the old rows, the new rows and `registration` runs into hundreds of
 * millions of rows. That guess turns on JIT compilation: marking 10,000 people of an import as
 * seen spent 0.17 s compiling a trigger statement that then ran in 8 ms. These functions run
 * set-based statements over the rows of one statement, which never need compiled code.
 */
export class TriggerStatementsWithoutJit1765001000000 implements MigrationInterface {
  name = 'TriggerStatementsWithoutJit1765001000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const name of functions) await queryRunner.query(`ALTER FUNCTION ${name}() SET jit = off`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const name of functions) await queryRunner.query(`ALTER FUNCTION ${name}() RESET jit`);
  }
}
