/**
 * Inline comments that turn rules off and on:
 * `<!-- selfhelp-disable RULE … -->` … `<!-- selfhelp-enable RULE … -->`, `<!-- selfhelp-disable-next-line RULE -->`,
 * `<!-- selfhelp-disable-line RULE -->`. Without rule names they apply to every rule.
 */
import { ruleIdOf } from './config';
import type { LineIndex } from '../text/source-text';
import { htmlComments } from '../text/html-comments';

type Kind = 'disable' | 'enable' | 'disable-next-line' | 'disable-line';

interface Directive {
  kind: Kind;
  line: number;
  /** Rule ids, or undefined for all rules. */
  rules?: Set<string>;
}

const DIRECTIVE = /^\s*selfhelp-(disable-next-line|disable-line|disable|enable)\b([^]*)$/;

export class InlineConfig {
  private constructor(private readonly directives: Directive[]) {}

  static read(text: string, lines: LineIndex): InlineConfig {
    const directives: Directive[] = [];
    for (const comment of htmlComments(text)) {
      if (!comment.closed) break;
      const p = comment.start;
      const inner = text.slice(comment.innerStart, comment.innerEnd);
      const match = inner.length < 500 ? DIRECTIVE.exec(inner) : null;
      if (match) {
        const names = match[2].split(/[\s,]+/).filter(Boolean);
        const ids = names.map(ruleIdOf).filter((id): id is string => id !== undefined);
        directives.push({
          kind: match[1] as Kind,
          line: lines.positionAt(p).line,
          rules: names.length ? new Set(ids) : undefined,
        });
      }
    }
    return new InlineConfig(directives);
  }

  get isEmpty(): boolean {
    return this.directives.length === 0;
  }

  /** Whether a rule is turned off on a (0-based) line. */
  isDisabled(rule: string, line: number): boolean {
    let disabled = false;
    for (const directive of this.directives) {
      if (directive.line > line) break;
      if (directive.rules && !directive.rules.has(rule)) continue;
      if (directive.kind === 'disable') disabled = true;
      else if (directive.kind === 'enable') disabled = false;
      else if (directive.kind === 'disable-line' && directive.line === line) return true;
      else if (directive.kind === 'disable-next-line' && directive.line + 1 === line) return true;
    }
    return disabled;
  }
}
