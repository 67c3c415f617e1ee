import { useEffect, useState } from 'react';
import type { SourceCheck } from '../../api/types.js';
import { useWorkspace } from '../../session/workspace-context.js';

/** Asks the server, a moment after typing stops, whether the formula would be accepted and why not. */
export function FormulaCheck({ kpi, expression }: { readonly kpi: string; readonly expression: string }) {
  const { api } = useWorkspace();
  const [verdict, setVerdict] = useState<SourceCheck | 'checking' | undefined>();
  useEffect(() => {
    if (expression.trim() === '') {
      setVerdict(undefined);
      return;
    }
    const controller = new AbortController();
    setVerdict('checking');
    const timer = setTimeout(() => {
      api
        .checkKpiSource(kpi, { kind: 'formula', expression: expression.trim() }, controller.signal)
        .then(setVerdict)
        .catch(() => {
          if (!controller.signal.aborted) setVerdict(undefined);
        });
    }, 300);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [api, kpi, expression]);

  if (verdict === undefined) return null;
  if (verdict === 'checking')
    return (
      <p className="muted small" role="status">
        Checking…
      </p>
    );
  return verdict.valid ? (
    <p className="text-healthy small" role="status">
      Valid formula.
    </p>
  ) : (
    <p className="text-breach small" role="status">
      Invalid: {verdict.problems.map((p) => p.message).join('; ')}
    </p>
  );
}
