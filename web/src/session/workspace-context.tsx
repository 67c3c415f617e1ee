import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { type WorkspaceApi, workspaceApi } from '../api/endpoints.js';
import type { Me, WorkspaceSummary } from '../api/types.js';
import { createFormatter, type Formatter } from '../format.js';

export interface WorkspaceValue {
  readonly ws: string;
  readonly workspace: WorkspaceSummary;
  readonly me: Me;
  readonly api: WorkspaceApi;
  readonly fmt: Formatter;
}

const WorkspaceContext = createContext<WorkspaceValue | null>(null);

export function WorkspaceProvider(props: {
  readonly me: Me;
  readonly workspace: WorkspaceSummary;
  readonly children: ReactNode;
}) {
  const { me, workspace, children } = props;
  const value = useMemo(
    () => ({
      ws: workspace.slug,
      workspace,
      me,
      api: workspaceApi(workspace.slug),
      fmt: createFormatter(workspace.locale, workspace.currency),
    }),
    [me, workspace],
  );
  return <WorkspaceContext.Provider value={value}>{children}</WorkspaceContext.Provider>;
}

/** The workspace the page is in: its slug, API, formatter and the signed-in user. */
export function useWorkspace(): WorkspaceValue {
  const value = useContext(WorkspaceContext);
  if (!value) throw new Error('useWorkspace must be used inside <WorkspaceProvider>');
  return value;
}
