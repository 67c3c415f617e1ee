import type { ReactNode } from 'react';

/** An empty list that teaches: what the thing is, a good example, and the next step. */
export function EmptyState(props: {
  readonly title: string;
  readonly children: ReactNode;
  readonly example?: string;
  readonly action?: ReactNode;
}) {
  return (
    <div className="empty">
      <h3>{props.title}</h3>
      <p>{props.children}</p>
      {props.example && <p className="example">{props.example}</p>}
      {props.action && <div className="row">{props.action}</div>}
    </div>
  );
}
