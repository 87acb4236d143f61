import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';

/**
 * Every repository method that reads people or registrations takes the caller's scope: the one
 * place where a coordinator is kept to their organization (ADR 0004, docs/privacy.md). A method
 * that reads them without one must be named here with the reason it may.
 */
const UNSCOPED_BY_DESIGN: Record<string, string> = {
  'certificates.repository.ts#issueAll':
    'issues certificates for a conference inside the transaction of a scoped request; answers counts only',
  'certificates.repository.ts#previewIssue':
    'what issuing would number, for staff only as issuing is: the whole conference, and one holder to confirm with',
  'certificates.repository.ts#findByVerifyCode':
    'the public check of a certificate by its code: the holder shows it to anyone',
  'people.repository.ts#findDuplicate':
    'the duplicate rule runs over the whole registry, and its answer never reaches the caller (docs/privacy.md, Membership)',
  'people.repository.ts#findMemberDuplicate': 'looks only at the given organization’s own members',
  'people.repository.ts#findHomeOrganization':
    'an id the service already read through the caller’s scope, for the membership rules',
  'people.repository.ts#countNotSeenFor': 'housekeeping (retention): a count, no person',
  'registrations.repository.ts#findByPerson':
    'the registration rules inside a scoped request; never an answer as such',
  'registrations.repository.ts#lockForRemoval':
    'a registration the service already read through the caller’s scope',
  'registrations.repository.ts#removeClaim':
    'a registration the service already read through the caller’s scope',
};

const READS_PEOPLE =
  /\b(FROM|JOIN)\s+(person|registration|person_membership|registration_claim)\b|personVisibleTo|registrationsVisibleTo/u;

function repositories(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return repositories(full);
    return entry.name.endsWith('.repository.ts') ? [full] : [];
  });
}

/** `file#method` → whether it takes a `Scope`, for each method whose SQL reads people. */
function methodsReadingPeople(): Map<string, boolean> {
  const found = new Map<string, boolean>();
  for (const file of repositories(path.join(__dirname, '../../modules'))) {
    const source = ts.createSourceFile(
      file,
      fs.readFileSync(file, 'utf8'),
      ts.ScriptTarget.Latest,
      true,
    );
    const visit = (node: ts.Node) => {
      if (ts.isMethodDeclaration(node) && node.body) {
        const body = node.body.getText(source);
        if (READS_PEOPLE.test(body) && /\bSELECT\b/u.test(body)) {
          const scoped = node.parameters.some(
            (parameter) =>
              parameter.type !== undefined && /\bScope\b/u.test(parameter.type.getText(source)),
          );
          found.set(`${path.basename(file)}#${node.name.getText(source)}`, scoped);
        }
      }
      node.forEachChild(visit);
    };
    visit(source);
  }
  return found;
}

describe('the scope of queries on people and registrations', () => {
  const methods = methodsReadingPeople();

  it('is a parameter of every repository method that reads them', () => {
    const unscoped = [...methods]
      .filter(([name, scoped]) => !scoped && !(name in UNSCOPED_BY_DESIGN))
      .map(([name]) => name);
    expect(unscoped).toEqual([]);
  });

  it('finds the methods it checks, and names no exception that no longer exists', () => {
    expect(methods.get('people.repository.ts#findPage')).toBe(true);
    expect(methods.get('registrations.repository.ts#findForConference')).toBe(true);
    const stale = Object.keys(UNSCOPED_BY_DESIGN).filter((name) => methods.get(name) !== false);
    expect(stale).toEqual([]);
  });
});
