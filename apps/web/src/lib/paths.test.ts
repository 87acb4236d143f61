import { describe, expect, it } from 'vitest';
import { opensWithoutAccount } from './paths';

describe('pages that open without an account', () => {
  it('are the certificate check and offline check-in, and no other page', () => {
    expect(opensWithoutAccount('/verify/AB12-CD34')).toBe(true);
    expect(opensWithoutAccount('/conferences/5b0c/check-in/offline')).toBe(true);
    expect(opensWithoutAccount('/conferences/5b0c/check-in/offline/')).toBe(true);
    expect(opensWithoutAccount('/conferences/5b0c/check-in')).toBe(false);
    expect(opensWithoutAccount('/verify')).toBe(false);
    expect(opensWithoutAccount('/dashboard')).toBe(false);
    expect(opensWithoutAccount('/login')).toBe(false);
  });
});
