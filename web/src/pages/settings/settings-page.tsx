import { useResource } from '../../hooks/use-resource.js';
import { useWorkspace } from '../../session/workspace-context.js';
import { ArchivedKpis } from './archived-kpis.js';
import { CyclesSettings } from './cycles-settings.js';
import { InvitationsSettings } from './invitations-settings.js';
import { MyNotifications } from './my-notifications.js';
import { NotificationsSettings } from './notifications-settings.js';
import { PeopleSettings } from './people-settings.js';
import { PointsCsvImport } from './points-csv-import.js';
import { ROLE_LABELS, roleName } from './role-labels.js';
import { TeamsSettings } from './teams-settings.js';
import { TokensSettings } from './tokens-settings.js';
import { ToolImport } from './tool-import.js';
import { WorkspaceSettingsForm } from './workspace-settings-form.js';

/** Workspace facts, teams, people and API tokens. */
export default function SettingsPage() {
  const { ws, api, workspace, fmt } = useWorkspace();
  const canManage = workspace.role === 'owner' || workspace.role === 'admin';
  const settings = useResource(canManage ? `settings:${ws}` : null, (signal) => api.settings(signal));
  return (
    <div className="page">
      <div>
        <h1>Settings</h1>
        <p className="subtitle">{workspace.name}</p>
      </div>
      <section className="card" aria-labelledby="ws-title">
        <h2 id="ws-title" className="section-title">
          Workspace
        </h2>
        {canManage && settings.data && <WorkspaceSettingsForm settings={settings.data} />}
        <dl className="kr-facts">
          <div>
            <dt>Kind</dt>
            <dd>{workspace.freelancer ? 'Freelancer' : 'Team'}</dd>
          </div>
          <div>
            <dt>Locale</dt>
            <dd>{fmt.locale}</dd>
          </div>
          <div>
            <dt>Currency</dt>
            <dd>{fmt.currency ?? 'Not set'}</dd>
          </div>
          <div>
            <dt>Your role</dt>
            <dd title={ROLE_LABELS[workspace.role]}>{roleName(workspace.role)}</dd>
          </div>
          <div>
            <dt>Example</dt>
            <dd>
              {fmt.number(1234.5)} · {fmt.value(950.5, fmt.currency ?? null)} · {fmt.date(new Date())}
            </dd>
          </div>
        </dl>
      </section>
      {!canManage && (
        <p className="alert alert-info">
          Only owners and admins change teams, people and tokens. You can see them here.
        </p>
      )}
      <div className="two-col">
        <div className="stack">
          {!workspace.freelancer && <TeamsSettings canManage={canManage} />}
          <PeopleSettings canManage={canManage} />
          {canManage && <InvitationsSettings />}
        </div>
        <div className="stack">
          <CyclesSettings canManage={canManage} />
          <TokensSettings canManage={canManage} />
          <ArchivedKpis canEdit={workspace.role !== 'viewer'} />
        </div>
      </div>
      <div className="two-col">
        <MyNotifications />
        {canManage && <NotificationsSettings />}
      </div>
      <h2 id="import-title">Import</h2>
      <div className="two-col">
        <PointsCsvImport />
        {canManage && <ToolImport />}
      </div>
    </div>
  );
}
