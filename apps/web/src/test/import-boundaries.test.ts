import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// The repository's lint config, run on small sources placed in the web's layers: it proves the
// boundaries that `pnpm lint` enforces (app → features → components/lib → contracts).
// Vitest runs in apps/web.
const root = `${resolve(process.cwd(), '../..')}/`;
const inFeature = 'apps/web/src/features/people/components/boundary-fixture.tsx';
const inLib = 'apps/web/src/lib/boundary-fixture.ts';

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

async function boundaryErrors(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath: `${root}${filePath}` });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'boundaries/dependencies')
    .map((message) => message.line);
}

describe('web import boundaries', () => {
  it('lets a feature import its own files, shared code and packages', async () => {
    const code = [
      "import { usePeople } from '../api/get-people';",
      "import { DataGrid } from '../../../components/data-grid';",
      "import { formatDate } from '../../../lib/format';",
      "import { personSchema } from '@canhgiac/contracts';",
      'export const used = [usePeople, DataGrid, formatDate, personSchema];',
    ].join('\n');
    expect(await boundaryErrors(inFeature, code)).toEqual([]);
  });

  it('fails a feature that imports app/', async () => {
    const code = [
      "import { conferenceTabs } from '../../../app/conference-tabs/conference-tab-registry';",
      'export const used = conferenceTabs;',
    ].join('\n');
    expect(await boundaryErrors(inFeature, code)).toEqual([1]);
  });

  it('fails a feature that imports another feature', async () => {
    const code = [
      "import { useConferences } from '../../conferences/api/get-conferences';",
      'export const used = useConferences;',
    ].join('\n');
    expect(await boundaryErrors(inFeature, code)).toEqual([1]);
  });

  it('fails shared code that imports a feature or app/', async () => {
    const code = [
      "import { usePeople } from '../features/people/api/get-people';",
      "import { conferenceTabs } from '../app/conference-tabs/conference-tab-registry';",
      'export const used = [usePeople, conferenceTabs];',
    ].join('\n');
    expect(await boundaryErrors(inLib, code)).toEqual([1, 2]);
  });
});
