import { visibleWords } from '../../parse/visible-text';
import { wordsIgnoredIn } from '../../parse/ignored-words';
import type { Rule } from '../rule';

/** Shorter words are abbreviations (`vm`, `az`); longer ones are ids run together. */
const MIN_LENGTH = 3;
/**
 * Below this length most unknown words are abbreviations (`rdp`, `utf`): only a dropped or swapped letter of one of the
 * commonest words counts (`teh`, `frm`).
 */
const SHORT = 4;
const SHORT_MIN_FREQUENCY = 7;
/** A word two slips from a rare word only (`burndown`, `springboot`) is a term or a name of its own, not a slip. */
const FAR_COST = 120;
const MAX_LENGTH = 20;
/** A capitalized word is a name unless it is one slip from a word; a lower-case one may be two cheap slips away. */
const MAX_COST_CAPITALIZED = 140;
const MAX_COST_LOWER_CASE = 150;
/**
 * Unknown words looked into in one article: real articles have a handful; a text with hundreds is no prose (a pasted
 * log, a binary), and searching them all would keep the editor busy for nothing.
 */
const MAX_UNKNOWN = 200;

export const spelling: Rule = {
  id: 'SH601',
  slug: 'spelling',
  description:
    "A word customers read is misspelled: it is in none of the dictionaries (English, Azure, the team's) and one or two slips from a word that is.",
  severity: 'warning',
  messages: {
    unknownWord: 'Unknown word "{{word}}": did you mean "{{correction}}"?',
  },
  fixable: false,
  suggests: true,
  docs: {
    bad: 'infoBubbleText="We found a maintanence event on your VM."',
    good: 'infoBubbleText="We found a maintenance event on your VM."',
    notes: [
      "Checked: `pageTitle`, `description` and `infoBubbleText`; the body's headings, paragraphs, list items, link and",
      "image text and the default text of replacement tokens; the JSON section's visible strings (`title`,",
      '`displayLabel`, `watermarkText`, `infoBalloonText`, option and hint `text`, `fileAttachmentHint`, `content`,',
      '`description` …). Never checked: attribute names and other values, code spans and fences, HTML tags and',
      'comments, link targets and URLs, e-mail addresses, paths, placeholders in braces, and identifiers written in',
      'prose: words joined to digits, underscores, dots or slashes (`v2`, `vm_size`, `Microsoft.Compute`), capitals',
      'inside (`ExpressRoute`, `vCores`), short words in capitals (`SKU`), command flags (`-ano`).',
      '',
      'From the published articles: words under four letters (abbreviations) and over twenty (ids run together) are',
      'left alone, and so is a word that no dictionary word is near, a capitalized word more than one slip from one,',
      'or a word two slips from rare words only (`burndown`, `springboot`): those are names and terms, not slips. A',
      'slip is a letter left out, added, doubled, swapped or changed. Three-letter words count only when a letter of',
      'one of the commonest words was dropped or two swapped (`frm`, `teh`): the rest are abbreviations. A regular',
      'plural of a known word is known (`dockerfiles`), but not one that takes -es or -ies (`indexs`, `latencys`).',
      'At most 200 unknown words of one article are looked into: more is no prose (a pasted log).',
      '',
      'The correction offered first is the likeliest word: of the words one or two slips away, a common one before a',
      'rare one that is a little closer (`clent` is "client", not "clint"; `throught` is "through", not "thought"),',
      'by how often each is written in published articles and in American English (SUBTLEX-US); two common words run',
      'together are offered apart (`upto`: "up to").',
      '',
      "The dictionaries: English (US) from `@cspell/dict-en_us`; Azure's vocabulary (`src/core/spelling/azure-words.json`,",
      'made from published articles by `npm run words` and reviewed); the team\'s `"words"` in `.selfhelp.json`, and',
      "cSpell's `words` and `ignoreWords` in `cspell.json` or `.cspell.json` and `cSpell.words` in",
      "`.vscode/settings.json`. In an article, `<!-- selfhelp-words word … -->` (or cSpell's `<!-- cspell:ignore … -->`)",
      "accepts words there. The quick fixes offer up to three corrections, add the word to the workspace's words, or",
      'accept it in the article; nothing corrects a word in bulk.',
    ].join('\n'),
  },
  check(article, report, { speller }) {
    if (!speller) return;
    let ignored: ReadonlySet<string> | undefined;
    let unknown = 0;
    const words = visibleWords(article);
    for (let i = 0; i < words.count; i++) {
      const start = words.start(i);
      const end = words.end(i);
      if (end - start < MIN_LENGTH || end - start > MAX_LENGTH || speller.isKnownIn(article.text, start, end)) continue;
      const text = words.text(i);
      if (isPlaceholder(text)) continue;
      ignored ??= wordsIgnoredIn(article);
      if (ignored.has(text.toLowerCase())) continue;
      if (++unknown > MAX_UNKNOWN) return;
      const capitalized = text[0] !== text[0].toLowerCase();
      const correction = speller.correction(text, capitalized ? MAX_COST_CAPITALIZED : MAX_COST_LOWER_CASE);
      if (!correction || (correction.frequency === 0 && correction.cost >= FAR_COST)) continue;
      if (text.length < SHORT && !isShortSlip(text.toLowerCase(), correction.word.toLowerCase(), correction.frequency))
        continue;
      const span = { start, end };
      report({
        messageId: 'unknownWord',
        data: { word: text, correction: correction.word },
        span,
        suggestions: [{ title: `Change to "${correction.word}"`, edits: [{ ...span, text: correction.word }] }],
      });
    }
  },
};

/** `frm` for `from`, `teh` for `the`: a letter dropped from a common word, or two swapped; not an abbreviation. */
function isShortSlip(word: string, correction: string, frequency: number): boolean {
  if (frequency < SHORT_MIN_FREQUENCY) return false;
  if (correction.length === word.length + 1) return true;
  return correction.length === word.length && [...word].sort().join('') === [...correction].sort().join('');
}

/** `xxxx`, `nnnnn`: a placeholder for a value, not a word. */
function isPlaceholder(text: string): boolean {
  const first = text[0].toLowerCase();
  for (let i = 1; i < text.length; i++) if (text[i].toLowerCase() !== first) return false;
  return true;
}
