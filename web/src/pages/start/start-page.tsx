import { useMemo, useState } from 'react';
import type { AdviceAnswers } from '../../../../src/core/advise/advice-questions.js';
import { advise } from '../../../../src/core/advise/advise.js';
import { suggest } from '../../../../src/core/suggest/suggest.js';
import { findDomain } from '../../../../src/core/suggest/templates/index.js';
import { useWorkspace } from '../../session/workspace-context.js';
import { emptyAdviceForm } from './advice-answers.js';
import { AdviceForm } from './advice-form.js';
import { AdvicePlan } from './advice-plan.js';
import './start.css';

/**
 * "Where do I start?": the advice questionnaire a new workspace is offered at setup. The
 * rules are the core's (`advise`, `suggest`), run here in the browser: this page and the
 * template library load only when someone opens it.
 */
export default function StartPage() {
  const { workspace } = useWorkspace();
  const [answers, setAnswers] = useState<AdviceAnswers | null>(null);
  const [form, setForm] = useState(() => emptyAdviceForm(workspace.freelancer));
  const plan = useMemo(() => {
    if (!answers) return null;
    const advice = advise(answers);
    // The same query `advise` uses, in the workspace's currency.
    const templates = suggest(answers.objective ?? findDomain(answers.domain)?.label ?? answers.domain, {
      domain: answers.domain,
      freelancer: answers.freelancer,
      limit: Math.max(advice.kpis.recommended, 3),
      currency: workspace.currency ?? undefined,
    });
    return { advice, templates };
  }, [answers, workspace.currency]);

  return (
    <div className="page page-narrow">
      <div>
        <h1>A starting plan</h1>
        <p className="subtitle">
          {workspace.freelancer
            ? 'Five quick questions from the articles Ratchet grew from: how many KPIs to watch, whether you need an OKR this quarter, and how long the weekly ritual takes.'
            : 'Six quick questions from the articles Ratchet grew from: lead with KPIs, OKRs or both, how many of each, and which metrics to start with.'}
        </p>
      </div>
      {plan ? (
        <AdvicePlan
          advice={plan.advice}
          templates={plan.templates}
          onChangeAnswers={() => setAnswers(null)}
        />
      ) : (
        <AdviceForm
          freelancer={workspace.freelancer}
          initial={form}
          onPlan={(reading, typed) => {
            setForm(typed);
            setAnswers(reading.answers);
          }}
        />
      )}
    </div>
  );
}
