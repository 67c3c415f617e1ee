import type { Objective } from '../model.js';
import type { Finding } from '../report.types.js';
import {
  type CoachContext,
  type CoachRule,
  countBy,
  finding,
  groupLabel,
  groupOf,
  isOpen,
} from './coach-rule.js';

/** domain.md: at most 3 objectives per team or person in a cycle; 1–2 for a freelancer. */
export const MAX_OBJECTIVES = 3;
export const MAX_OBJECTIVES_FREELANCER = 2;

/**
 * Counted per cycle that has not ended, once per team and once per owner. A freelancer's
 * workspace is one unit, so it is counted once, against the freelancer limit.
 */
export const tooManyObjectivesRule: CoachRule = {
  id: 'too-many-objectives',
  check(ctx: CoachContext): Finding[] {
    const ws = ctx.workspace;
    const limit = ws.freelancer ? MAX_OBJECTIVES_FREELANCER : MAX_OBJECTIVES;
    const open = ctx.objectives.filter((e) => isOpen(e, ctx.asOf)).map((e) => e.objective);
    const out: Finding[] = [];
    const report = (
      groups: Map<string, Objective[]>,
      label: (key: string) => string,
      ref: (key: string) => string,
    ) => {
      for (const [key, objectives] of groups) {
        if (objectives.length <= limit) continue;
        const [group, cycle] = splitKey(key);
        out.push(
          finding(
            'too-many-objectives',
            'warning',
            ref(group),
            `${label(group)} has ${objectives.length} objectives in cycle ${cycle}: focus on at most ${limit} and move the rest to the next cycle or to KPIs.`,
          ),
        );
      }
    };
    report(
      countBy(open, (o) => joinKey(groupOf(ws, o.team), o.cycle)),
      (g) => capitalise(groupLabel(ws, g)),
      (g) => g,
    );
    if (!ws.freelancer) {
      report(
        countBy(open, (o) => (o.owner === undefined ? undefined : joinKey(o.owner, o.cycle))),
        (owner) => ctx.people.get(owner)?.name ?? owner,
        (owner) => owner,
      );
    }
    return out;
  },
};

// A separator that cannot appear in ids typed into a YAML file.
const SEP = '\u0000';
function joinKey(group: string, cycle: string): string {
  return `${group}${SEP}${cycle}`;
}
function splitKey(key: string): [string, string] {
  const at = key.indexOf(SEP);
  return [key.slice(0, at), key.slice(at + 1)];
}
function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
