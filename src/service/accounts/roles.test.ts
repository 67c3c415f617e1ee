import { describe, expect, it } from 'vitest';
import { type RoleChange, roleChangeRefusal } from './roles.js';

const change = (c: Partial<RoleChange>): RoleChange => ({
  by: 'admin',
  from: null,
  to: 'editor',
  otherOwners: 1,
  ...c,
});

describe('who may change whose role', () => {
  it.each([
    ['an admin adds an account as editor', change({}), null],
    ['an admin adds an account as viewer', change({ to: 'viewer' }), null],
    ['an admin turns an editor into a viewer', change({ from: 'editor', to: 'viewer' }), null],
    ['an admin makes an account an admin', change({ to: 'admin' }), 'permission'],
    ['an admin makes an account an owner', change({ to: 'owner' }), 'permission'],
    ['an admin demotes another admin', change({ from: 'admin', to: 'editor' }), 'permission'],
    ['an admin demotes an owner', change({ from: 'owner', to: 'viewer', otherOwners: 3 }), 'permission'],
    ['an admin re-grants owner to an owner', change({ from: 'owner', to: 'owner' }), 'permission'],
    ['an editor gives anyone a role', change({ by: 'editor', to: 'viewer' }), 'permission'],
    ['a viewer gives anyone a role', change({ by: 'viewer', to: 'viewer' }), 'permission'],
    ['an owner makes an account an owner', change({ by: 'owner', to: 'owner' }), null],
    ['an owner makes an account an admin', change({ by: 'owner', to: 'admin' }), null],
    ['an owner demotes another owner', change({ by: 'owner', from: 'owner', to: 'admin' }), null],
    [
      'an owner demotes the only owner',
      change({ by: 'owner', from: 'owner', to: 'admin', otherOwners: 0 }),
      'last-owner',
    ],
    [
      'an owner removes the only owner',
      change({ by: 'owner', from: 'owner', to: null, otherOwners: 0 }),
      'last-owner',
    ],
    [
      'the operator demotes the only owner',
      change({ by: 'operator', from: 'owner', to: 'editor', otherOwners: 0 }),
      'last-owner',
    ],
    ['the operator makes an account an owner', change({ by: 'operator', to: 'owner' }), null],
  ] as const)('%s → %s', (_, c, refused) => {
    expect(roleChangeRefusal(c)?.kind ?? null).toBe(refused);
  });
});
