/**
 * Hand-written SQL answers `unknown` until its caller names the rows' type
 * (`manager.query<Array<{ id: string }>>(…)`, or the type of the variable or the method it
 * fills): no `any` comes out of a repository, and the compiler holds every use of a row to the
 * type declared for it (ADR 0016).
 */
import 'typeorm';

declare module 'typeorm' {
  interface EntityManager {
    /** Rows of a hand-written statement: `unknown` until the caller names their type. */
    query<T = unknown>(query: string, parameters?: unknown[]): Promise<T>;
  }
  interface QueryRunner {
    query<T = unknown>(query: string, parameters?: unknown[]): Promise<T>;
  }
  interface DataSource {
    query<T = unknown>(
      query: string,
      parameters?: unknown[],
      queryRunner?: QueryRunner,
    ): Promise<T>;
  }
}
