import {
  auditActions,
  auditEntities,
  jobKinds,
  loginFailureReasons,
  loginLimitScopes,
} from '@canhgiac/contracts';
import { describe, expect, it } from 'vitest';
import { en } from '../../../i18n/en';
import { auditSummaryFields, unitLoadKinds } from './audit-labels';
import { vi } from '../../../i18n/vi';

/**
 * Every entity, action and coded reason the API writes into the audit log is listed in the
 * contracts (the API's audit writes are typed with those lists); the names of the summaries'
 * fields, and the kinds of file jobs and unit loads, are listed beside the labels. Each needs
 * words in both languages: a new one without them fails here, before the log shows a raw key.
 */
describe('the audit log labels', () => {
  const cases = [
    ['entities', auditEntities, vi.audit.entities, en.audit.entities],
    ['actions', auditActions, vi.audit.actions, en.audit.actions],
    ['reasons', loginFailureReasons, vi.audit.reasons, en.audit.reasons],
    ['lockScopes', loginLimitScopes, vi.audit.lockScopes, en.audit.lockScopes],
    ['summaryFields', auditSummaryFields, vi.audit.summaryFields, en.audit.summaryFields],
    ['jobKinds', jobKinds, vi.audit.jobKinds, en.audit.jobKinds],
    ['unitLoads', unitLoadKinds, vi.audit.unitLoads, en.audit.unitLoads],
  ] as const;

  it.each(cases)('names every one of the %s in Vietnamese and English', (_, codes, vie, eng) => {
    const labels = (texts: Record<string, string>) =>
      codes.filter((code) => !texts[code] || texts[code] === code);
    expect(labels(vie as Record<string, string>)).toEqual([]);
    expect(labels(eng as Record<string, string>)).toEqual([]);
  });

  it.each(cases)('has no label for %s the API does not write', (_, codes, vie) => {
    expect(Object.keys(vie).filter((key) => !(codes as readonly string[]).includes(key))).toEqual(
      [],
    );
  });

  it('gives every summary field its own Vietnamese label, but the notes of leaflets and activities', () => {
    const names = auditSummaryFields.map((field) => vi.audit.summaryFields[field]);
    const repeated = names.filter((name, index) => names.indexOf(name) !== index);
    expect(repeated).toEqual(['Ghi chú']);
  });

  it('gives every entity its own Vietnamese label', () => {
    const names = auditEntities.map((entity) => vi.audit.entities[entity]);
    expect(new Set(names).size).toBe(names.length);
  });
});
