import type { Classified, DirectionReason, KindReason } from './classify.js';
import type { LabelHint } from './label.js';

const KIND_WORDS = {
  key_result: 'A key result',
  kpi: 'A KPI',
  task: 'A task',
  milestone: 'A milestone',
  objective: 'An objective',
} as const;

function kindReason(reason: KindReason, verb: string | null, metric: string): string {
  const v = verb ? `"${verb}"` : 'the verb';
  switch (reason) {
    case 'change-verb':
      return `${v} sets out to change ${metric} (improve, not maintain)`;
    case 'from-to':
      return `${metric} moves from a starting value to a target`;
    case 'target-only':
      return `${v} names a target for ${metric}`;
    case 'labelled-kr':
      return `it is labelled a key result and names a level for ${metric}`;
    case 'labelled-task':
      return 'it is labelled an initiative or a task: work to do';
    case 'maintain-verb':
      return `${v} holds ${metric} at a level (maintain, not improve)`;
    case 'bound':
      return `it states a bound for ${metric} to stay within, a level to maintain`;
    case 'reading':
      return `it reads ${metric} against a target, a level to maintain`;
    case 'service-level':
      return 'it states a service level (a share done within a time), a level to maintain';
    case 'level':
      return `it states a level for ${metric} without a change to make`;
    case 'activity':
      return `${v} describes work to do, not the outcome it should change`;
    case 'frequency':
      return 'it counts how often something is done, which is an activity';
    case 'activity-noun':
      return `it counts ${metric}, which are work done rather than an outcome`;
    case 'deliver':
      return `${v} names something delivered once: done or not`;
    case 'binary-outcome':
      return 'a certification or approval is obtained or not: a binary outcome';
    case 'aspiration':
      return 'it is qualitative and aspirational, with no number';
    case 'direction-only':
      return `${v} names a direction but no number to measure`;
    case 'metric-name':
      return `it names a metric (${metric}) without a level or a change`;
    case 'qualitative':
      return 'it has no number and no verb of change: a qualitative aim';
  }
}

function directionReason(c: Classified, verb: string | null, metric: string): string | null {
  if (!c.direction || !c.directionReason) return null;
  const dir = c.direction.replace('_', ' ');
  const reasons: Record<DirectionReason, string> = {
    numbers: `${dir} because the numbers go ${c.direction === 'increase' ? 'up' : 'down'}`,
    verb: `${dir} from "${verb ?? ''}"`,
    change: `${dir} from the sign of the change`,
    comparator:
      c.direction === 'between' ? 'a range between two bounds' : `${dir} from the words around the bound`,
    polarity: `${dir} because ${metric} is ${c.direction === 'increase' || c.direction === 'at_least' ? 'higher' : 'lower'}-is-better`,
    reading: `${dir} because the target is on the side the current value has not reached`,
    assumed: `${dir}, assuming higher is better (the metric's polarity is unknown)`,
    words: `${dir} from the words "low"/"high"`,
  };
  return reasons[c.directionReason];
}

/** One sentence: the kind, why, and where the direction came from. */
export function explain(
  c: Classified,
  verb: string | null,
  metric: string | null,
  hint: LabelHint | null,
): string {
  const name = metric ?? 'the metric';
  const direction = directionReason(c, verb, name);
  const label =
    hint === 'objective' && c.kind !== 'objective' ? ', although it is labelled an objective' : '';
  return `${KIND_WORDS[c.kind]}: ${kindReason(c.reason, verb, name)}${label}${direction ? `; ${direction}` : ''}.`;
}
