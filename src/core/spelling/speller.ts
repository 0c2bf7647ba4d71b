/**
 * Whether a word is spelled right, and what it should be when it is not: the English word list (from
 * @cspell/dict-en_us, loaded by the host), Azure's own vocabulary (azure-words.json, made by scripts/azure-words.mjs
 * and reviewed) and the team's words (`words` of the configuration, cSpell's files).
 */
import AZURE_WORDS from './azure-words.json';
import { MAX_COST, WordList, type Correction } from './word-list';
import { detached } from '../text/source-text';

/** A cheap first search finds most corrections; the wider one runs only when it finds none. */
const NEAR = 100;
/** Corrections a search keeps, to rank by how often each is written. */
const CANDIDATES = 4;
/**
 * Corrections are ranked by their cost less this much a frequency class: a slip of a common word is likelier than a
 * cheaper slip of a rare one ("clent" is "client", not "clint"; "storge" is "storage", not "stodge").
 */
const FREQUENCY_WEIGHT = 12;
/** Only corrections at most this much dearer than the cheapest are ranked so: frequency breaks near ties. */
const MARGIN = 60;
/** Azure's words and the team's: each written in several articles (Azure's are chosen so), a middling frequency. */
const LISTED_FREQUENCY = 5;

let azure: { list: WordList; canonical: Map<string, string> } | undefined;

function azureWords() {
  azure ??= { list: WordList.fromWords(AZURE_WORDS, LISTED_FREQUENCY), canonical: canonicalForms(AZURE_WORDS) };
  return azure;
}

function canonicalForms(words: Iterable<string>): Map<string, string> {
  const forms = new Map<string, string>();
  for (const word of words) if (word !== word.toLowerCase()) forms.set(word.toLowerCase(), word);
  return forms;
}

export class Speller {
  private readonly team: WordList;
  private readonly teamForms: Map<string, string>;
  /** Unknown words repeat across articles (names, terms): a walk for each is the costliest part of the check. */
  private readonly bestCache = new Map<string, Correction | null>();
  /** Words repeat: most are looked up once (the cache stays small, an article's vocabulary is). */
  private readonly knownCache = new KnownWords();

  /** The team's words it accepts, as given. */
  readonly teamWords: readonly string[];

  constructor(
    private readonly english: WordList,
    teamWords: Iterable<string> = [],
  ) {
    this.teamWords = [...teamWords].filter((w) => typeof w === 'string' && w.trim()).map((w) => w.trim());
    this.team = WordList.fromWords(this.teamWords, LISTED_FREQUENCY);
    this.teamForms = canonicalForms(this.teamWords);
  }

  isKnown(word: string): boolean {
    return this.isKnownIn(word, 0, word.length);
  }

  /**
   * Whether text[start, end) is a known word (a curly apostrophe read as a straight one), looked up in place: the
   * words of a corpus are checked a million times, and most need no string of their own.
   */
  isKnownIn(text: string, start: number, end: number): boolean {
    const hash = rangeHash(text, start, end);
    const cached = this.knownCache.get(hash, text, start, end);
    if (cached !== undefined) return cached;
    // Kept in the cache: a copy, not a view that would keep the article's text alive.
    const word = detached(text.slice(start, end).replace(/’/g, "'"));
    const known = this.lookUp(word);
    this.knownCache.set(hash, word, known);
    return known;
  }

  private lookUp(word: string): boolean {
    const lower = word.toLowerCase().replace(/’/g, "'");
    if (this.has(lower)) return true;
    // Possessives and plurals in quotes: customer's, customers'.
    if (lower.endsWith("'s")) return this.has(lower.slice(0, -2));
    if (lower.endsWith("'")) return this.has(lower.slice(0, -1));
    return isRegularPlural(lower) && this.has(lower.slice(0, -1));
  }

  private has(lower: string): boolean {
    return this.english.has(lower) || azureWords().list.has(lower) || this.team.has(lower);
  }

  /**
   * The best correction costing at most `maxCost`, in the word's case; remembered, since a typo tends to repeat. The
   * walk is cheaper the lower the bound.
   */
  correction(word: string, maxCost = MAX_COST): Correction | undefined {
    const lower = word.toLowerCase();
    const key = `${maxCost}:${lower}`;
    let best = this.bestCache.get(key);
    if (best === undefined) {
      best =
        this.closest(lower, 1, Math.min(NEAR, maxCost))[0] ??
        (maxCost > NEAR ? this.closest(lower, 1, maxCost)[0] : undefined) ??
        null;
      if (this.bestCache.size > 50_000) this.bestCache.clear();
      // A copy of the key: the word may be a view of its article's text.
      this.bestCache.set(detached(key), best);
    }
    return best ? { ...best, word: inCaseOf(word, best.word) } : undefined;
  }

  /** Up to `limit` corrections, best first, in the word's case. */
  corrections(word: string, limit = 3): string[] {
    return this.closest(word.toLowerCase(), limit).map((c) => inCaseOf(word, c.word));
  }

  /** The best `limit` corrections of the three lists, ranked by cost and frequency (see FREQUENCY_WEIGHT). */
  private closest(lower: string, limit: number, maxCost?: number): Correction[] {
    const { list, canonical } = azureWords();
    const candidates = Math.max(limit, CANDIDATES);
    const found = [
      ...this.english.closest(lower, candidates, maxCost),
      ...list.closest(lower, candidates, maxCost).map((c) => ({ ...c, word: canonical.get(c.word) ?? c.word })),
      ...this.team
        .closest(lower, candidates, maxCost)
        .map((c) => ({ ...c, word: this.teamForms.get(c.word) ?? c.word })),
    ];
    // A word in two lists (at the same cost: the lists hold lower case) counts once, as the list that writes it more
    // often writes it.
    const byWord = new Map<string, Correction>();
    for (const c of found) {
      const key = c.word.toLowerCase();
      const known = byWord.get(key);
      if (!known || c.frequency > known.frequency) byWord.set(key, c);
    }
    const all = [...byWord.values()];
    const cheapest = Math.min(...all.map((c) => c.cost));
    const score = (c: Correction) => c.cost - FREQUENCY_WEIGHT * c.frequency;
    const near = all.filter((c) => c.cost <= cheapest + MARGIN);
    const far = all.filter((c) => c.cost > cheapest + MARGIN);
    return [
      ...near.sort((a, b) => score(a) - score(b) || a.cost - b.cost || (a.word < b.word ? -1 : 1)),
      ...far.sort((a, b) => a.cost - b.cost || (a.word < b.word ? -1 : 1)),
    ].slice(0, limit);
  }
}

/**
 * A plural made the regular way (`dockerfiles`, `metastores`): the word lists hold the plurals of English words, not of
 * the trade's words. Not where the plural takes -es or -ies (`indexs`, `latencys` are slips), nor of short words.
 */
function isRegularPlural(lower: string): boolean {
  return lower.length >= 5 && lower.endsWith('s') && !/(?:s|x|z|ch|sh|[^aeiou]y)s$/.test(lower);
}

const APOSTROPHE = 39;
const CURLY_APOSTROPHE = 0x2019;

/** A string hash (FNV-1a) of text[start, end), a curly apostrophe counted as a straight one. */
function rangeHash(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    hash = Math.imul(hash ^ (code === CURLY_APOSTROPHE ? APOSTROPHE : code), 0x01000193);
  }
  return hash >>> 0;
}

/** Known and unknown words by their text, found from a range of another text without a string made of it. */
class KnownWords {
  private words: (string | undefined)[] = new Array(1024);
  private hashes = new Uint32Array(1024);
  private known = new Uint8Array(1024);
  private size = 0;

  get(hash: number, text: string, start: number, end: number): boolean | undefined {
    const mask = this.words.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const word = this.words[slot];
      if (word === undefined) return undefined;
      if (this.hashes[slot] === hash && sameText(word, text, start, end)) return this.known[slot] === 1;
    }
  }

  set(hash: number, word: string, known: boolean): void {
    // Half full at most, so a search ends soon at an empty slot; past 100,000 words it starts again.
    if ((this.size + 1) * 2 > this.words.length)
      this.resize(this.size >= 100_000 ? 1024 : this.words.length * 2, this.size < 100_000);
    const mask = this.words.length - 1;
    let slot = hash & mask;
    while (this.words[slot] !== undefined) slot = (slot + 1) & mask;
    this.words[slot] = word;
    this.hashes[slot] = hash;
    this.known[slot] = known ? 1 : 0;
    this.size++;
  }

  private resize(capacity: number, keep: boolean): void {
    const { words, hashes, known } = this;
    this.words = new Array(capacity);
    this.hashes = new Uint32Array(capacity);
    this.known = new Uint8Array(capacity);
    this.size = 0;
    if (!keep) return;
    for (let slot = 0; slot < words.length; slot++)
      if (words[slot] !== undefined) this.set(hashes[slot], words[slot]!, known[slot] === 1);
  }
}

/** Whether `word` is text[start, end), a curly apostrophe in the text read as the straight one `word` holds. */
function sameText(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++) {
    const code = text.charCodeAt(start + i);
    if (word.charCodeAt(i) !== (code === CURLY_APOSTROPHE ? APOSTROPHE : code)) return false;
  }
  return true;
}

/** The correction written as the word was: Capitalized, ALL CAPS, or as the list has it (ExpressRoute). */
function inCaseOf(word: string, correction: string): string {
  if (correction !== correction.toLowerCase()) return correction;
  if (word.length > 1 && word === word.toUpperCase()) return correction.toUpperCase();
  if (word[0] !== word[0].toLowerCase()) return correction[0].toUpperCase() + correction.slice(1);
  return correction;
}
