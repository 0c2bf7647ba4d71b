/** Replacement tokens paired from their markers, once an article. */
import type { Article } from './article';
import type { Marker, ReplacementToken } from './body';
import { memoized } from '../text/memo';

export interface TokenPairing {
  tokens: ReplacementToken[];
  problems: { marker: Marker; message: string }[];
}

/** Pairs `<!--$Name-->` with the next `<!--/$Name-->`; tokens do not nest. Names are case-sensitive. */
export const replacementTokens = memoized((article: Article): TokenPairing => {
  const tokens: ReplacementToken[] = [];
  const problems: TokenPairing['problems'] = [];
  let pending: Marker | undefined;
  for (const marker of article.body.tokenMarkers) {
    if (!marker.closing) {
      if (pending)
        problems.push({
          marker: pending,
          message: `Replacement token "${pending.name}" is not closed before the next token opens; close it with <!--/$${pending.name}--> after its default text.`,
        });
      pending = marker;
    } else if (pending && pending.name === marker.name) {
      tokens.push({ name: marker.name, open: pending, close: marker });
      pending = undefined;
    } else if (pending) {
      problems.push({
        marker,
        message: `<!--/$${marker.name}--> closes token "${pending.name}": the names must match.`,
      });
      pending = undefined;
    } else {
      problems.push({
        marker,
        message: `<!--/$${marker.name}--> has no opening <!--$${marker.name}-->; add it before the default text, or remove this one.`,
      });
    }
  }
  if (pending)
    problems.push({
      marker: pending,
      message: `Replacement token "${pending.name}" is never closed by <!--/$${pending.name}-->; close it after its default text.`,
    });
  return { tokens, problems };
});
