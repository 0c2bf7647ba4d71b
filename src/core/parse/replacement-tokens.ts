/** Replacement tokens paired from their markers, once an article. */
import type { Article } from './article';
import type { Marker, ReplacementToken } from './body';
import { memoized } from '../text/memo';

export interface TokenPairing {
  tokens: ReplacementToken[];
  /** Markers that pair with nothing, and why: the token-balance rule words them. */
  problems: { marker: Marker; kind: 'openBeforeClose' | 'mismatched' | 'noOpening' | 'neverClosed'; open?: string }[];
}

/** Pairs `<!--$Name-->` with the next `<!--/$Name-->`; tokens do not nest. Names are case-sensitive. */
export const replacementTokens = memoized((article: Article): TokenPairing => {
  const tokens: ReplacementToken[] = [];
  const problems: TokenPairing['problems'] = [];
  let pending: Marker | undefined;
  for (const marker of article.body.tokenMarkers) {
    if (!marker.closing) {
      if (pending) problems.push({ marker: pending, kind: 'openBeforeClose' });
      pending = marker;
    } else if (pending && pending.name === marker.name) {
      tokens.push({ name: marker.name, open: pending, close: marker });
      pending = undefined;
    } else if (pending) {
      problems.push({ marker, kind: 'mismatched', open: pending.name });
      pending = undefined;
    } else {
      problems.push({ marker, kind: 'noOpening' });
    }
  }
  if (pending) problems.push({ marker: pending, kind: 'neverClosed' });
  return { tokens, problems };
});
