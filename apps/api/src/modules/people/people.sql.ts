import type { Scope } from '../../common/auth/scope';
import {
  NOT_SEEN_TODAY,
  PERSON_COLUMNS,
  type PersonRecord,
  personVisibleTo,
} from './people.repository';

/**
 * The people module's SQL that other modules place in their own statements: who may see which
 * people, a person as json, and "seen today". Other modules import it from here, never from the
 * people's service or repository.
 */

/** Who may see which people, as SQL (`people.repository.ts`), for statements that show people. */
export { personVisibleTo };

/**
 * The person whose id is `idSql`, as one json value and as the scope sees them (a coordinator:
 * their organization's copy), for a statement of another module that returns people with its
 * own rows (check-in answers with its registration and person in one round trip). Read it back
 * with `PeopleService.presentJson`. Uses the next positional parameter, like `personVisibleTo`.
 */
export const personJsonSql = (scope: Scope, params: unknown[], idSql: string) =>
  `(SELECT row_to_json(j) FROM (SELECT ${PERSON_COLUMNS('p')} FROM ${personVisibleTo(scope, params)} p WHERE p.id = ${idSql}) j)`;

/**
 * Marks as seen the people whose ids are in `idColumn` of `source` (a CTE), as a statement to
 * place in another module's WITH list; the same rule as `touch`.
 */
export const personTouchSql = (source: string, idColumn: string) =>
  `UPDATE person p SET last_seen_at = now() FROM ${source} s WHERE p.id = s.${idColumn} AND ${NOT_SEEN_TODAY('p')}`;

/** A person row as `personJsonSql` returns it: the timestamps are strings. */
export type PersonJson = Omit<PersonRecord, 'consentAt' | 'createdAt'> & {
  consentAt: string | null;
  createdAt: string;
};
