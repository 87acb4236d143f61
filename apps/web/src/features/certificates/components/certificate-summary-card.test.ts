import { describe, expect, it } from 'vitest';
import { summaryStanding } from './certificate-summary-card';

describe('where a held conference’s certificates stand, on its card', () => {
  it('says certificates are left to issue while any are', () => {
    expect(summaryStanding({ eligible: 40, issued: 35, toIssue: 5, revoked: 1 })).toBe('toIssue');
  });

  it('says all are issued once every eligible person has one', () => {
    expect(summaryStanding({ eligible: 40, issued: 40, toIssue: 0, revoked: 0 })).toBe('allIssued');
  });

  it('says nobody is eligible when nobody checked in', () => {
    expect(summaryStanding({ eligible: 0, issued: 0, toIssue: 0, revoked: 0 })).toBe(
      'noneEligible',
    );
  });
});
