/** A rule's documentation as agents read it: what it finds, its severity, its messages and examples. */
import { ruleIdOf } from '../lint/config';
import { ruleDocsUrl } from '../lint/docs-url';
import { ALL_RULES, RULES_BY_ID } from '../lint/rules';

export interface RuleExplanation {
  id: string;
  slug: string;
  severity: string;
  fixable: boolean;
  description: string;
  messages: Readonly<Record<string, string>>;
  breaks: string;
  follows: string | null;
  notes: string | null;
  documentation: string;
}

/** The rule named by id (SH104) or slug (attribute-syntax); undefined for no rule. */
export function explainRule(rule: string): RuleExplanation | undefined {
  const found = RULES_BY_ID.get(ruleIdOf(rule.trim()) ?? '');
  if (!found) return undefined;
  return {
    id: found.id,
    slug: found.slug,
    severity: found.severity,
    fixable: found.fixable,
    description: found.description,
    messages: found.messages,
    breaks: found.docs.bad,
    follows: found.docs.good ?? null,
    notes: found.docs.notes ?? null,
    documentation: ruleDocsUrl(found),
  };
}

/** Why a rule name was not found, with the names there are. */
export function noSuchRule(rule: string): string {
  return `No rule "${rule}": the rules are ${ALL_RULES.map((r) => r.slug).join(', ')}.`;
}
