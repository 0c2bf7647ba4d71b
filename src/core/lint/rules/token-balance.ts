import type { Rule } from '../rule';
import { replacementTokens } from '../../parse/replacement-tokens';

export const tokenBalance: Rule = {
  id: 'SH210',
  slug: 'token-balance',
  description: 'Each replacement token `<!--$Name-->default<!--/$Name-->` is closed, with the same name.',
  severity: 'error',
  messages: {
    openBeforeClose:
      'Replacement token "{{name}}" is not closed before the next token opens; close it with <!--/${{name}}--> after its default text.',
    mismatched: '<!--/${{name}}--> closes token "{{open}}": the names must match.',
    noOpening: '<!--/${{name}}--> has no opening <!--${{name}}-->; add it before the default text, or remove this one.',
    neverClosed: 'Replacement token "{{name}}" is never closed by <!--/${{name}}-->; close it after its default text.',
  },
  fixable: false,
  docs: { bad: '<!--$startTime-->the start<!--/$StartTime-->', good: '<!--$startTime-->the start<!--/$startTime-->' },
  check(article, report) {
    for (const { marker, kind, open } of replacementTokens(article).problems)
      report({ messageId: kind, data: { name: marker.name, open: open ?? '' }, span: marker });
  },
};
