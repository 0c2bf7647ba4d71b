/**
 * The product names customers read in an article: every name the rules over names know (renamed, kept, retired)
 * found in one search, memoized, so that an article's text is read once for all of them, and a name is one name
 * whichever list holds it (the longest wins where names overlap, as within one list).
 */
import { KEPT_NAMES, PRODUCT_RENAMES } from '../format/product-names';
import { RETIREMENTS } from '../format/retired-services';
import { memoized } from '../text/memo';
import { visiblePhrases } from './visible-phrases';

export const namedProducts = memoized(
  visiblePhrases([
    ...PRODUCT_RENAMES.flatMap((row) => row.old),
    ...KEPT_NAMES,
    ...RETIREMENTS.flatMap((retirement) => retirement.names ?? []),
  ]),
);
