import { describe, expect, it } from 'vitest';
import { scopeOfRoles } from './sync-settings.js';
import { usersOfPack } from './couch-design.js';
import { ORG_UNITS } from './sync-support.test-helper.js';

describe('scopeOfRoles', () => {
  it('gives each user couch-setup makes the scope it may write', () => {
    const scopes = Object.fromEntries(usersOfPack(ORG_UNITS).map((u) => [u.name, scopeOfRoles(u.roles)]));
    expect(scopes['ward-p00091']).toEqual({ role: 'ward', ward: 'P00091' });
    expect(scopes['district-d003']).toEqual({ role: 'district' });
  });

  it('gives nothing for a user without formplan roles (a server admin)', () => {
    expect(scopeOfRoles(['_admin'])).toBeUndefined();
    expect(scopeOfRoles([])).toBeUndefined();
  });
});
