/** What each role may do, in the words the settings page uses. */
export const ROLE_LABELS: Readonly<Record<string, string>> = {
  owner: 'Owner: everything, including other owners',
  admin: 'Admin: manages people, teams and tokens',
  editor: 'Editor: updates their own goals',
  viewer: 'Viewer: sees everything',
};

export function roleName(role: string): string {
  return role.charAt(0).toUpperCase() + role.slice(1);
}
