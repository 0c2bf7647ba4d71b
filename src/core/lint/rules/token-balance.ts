import type { Rule } from '../rule';
import { replacementTokens } from '../../parse/replacement-tokens';

export const tokenBalance: Rule = {
  id: 'SH210',
  slug: 'token-balance',
  description: 'Each replacement token `<!--$Name-->default<!--/$Name-->` is closed, with the same name.',
  severity: 'error',
  fixable: false,
  docs: { bad: '<!--$startTime-->the start<!--/$StartTime-->', good: '<!--$startTime-->the start<!--/$startTime-->' },
  check(article, report) {
    for (const { marker, message } of replacementTokens(article).problems) report({ message, span: marker });
  },
};
