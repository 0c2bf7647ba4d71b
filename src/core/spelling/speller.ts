/**
 * Whether a word is spelled right, and what it should be when it is not: the English word list (from
 * @cspell/dict-en_us, loaded by the host), Azure's own vocabulary (azure-words.json, made by scripts/azure-words.mjs
 * and reviewed) and the team's words (`words` of the configuration, cSpell's files).
 */
import AZURE_WORDS from './azure-words.json';
import { MAX_COST, WordList, type Correction } from './word-list';

/** A cheap first search finds most corrections; the wider one runs only when it finds none. */
const NEAR = 100;

let azure: { list: WordList; canonical: Map<string, string> } | undefined;

function azureWords() {
  azure ??= { list: WordList.fromWords(AZURE_WORDS), canonical: canonicalForms(AZURE_WORDS) };
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
  private readonly knownCache = new Map<string, boolean>();

  /** The team's words it accepts, as given. */
  readonly teamWords: readonly string[];

  constructor(
    private readonly english: WordList,
    teamWords: Iterable<string> = [],
  ) {
    this.teamWords = [...teamWords].filter((w) => typeof w === 'string' && w.trim()).map((w) => w.trim());
    this.team = WordList.fromWords(this.teamWords);
    this.teamForms = canonicalForms(this.teamWords);
  }

  isKnown(word: string): boolean {
    let known = this.knownCache.get(word);
    if (known === undefined) {
      known = this.lookUp(word);
      if (this.knownCache.size > 100_000) this.knownCache.clear();
      this.knownCache.set(word, known);
    }
    return known;
  }

  private lookUp(word: string): boolean {
    const lower = word.toLowerCase().replace(/’/g, "'");
    if (this.has(lower)) return true;
    // Possessives and plurals in quotes: customer's, customers'.
    if (lower.endsWith("'s")) return this.has(lower.slice(0, -2));
    if (lower.endsWith("'")) return this.has(lower.slice(0, -1));
    return false;
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
      best = this.closest(lower, 1, Math.min(NEAR, maxCost))[0] ?? (maxCost > NEAR ? this.closest(lower, 1, maxCost)[0] : undefined) ?? null;
      if (this.bestCache.size > 50_000) this.bestCache.clear();
      this.bestCache.set(key, best);
    }
    return best ? { word: inCaseOf(word, best.word), cost: best.cost } : undefined;
  }

  /** Up to `limit` corrections, best first, in the word's case. */
  corrections(word: string, limit = 3): string[] {
    return this.closest(word.toLowerCase(), limit).map((c) => inCaseOf(word, c.word));
  }

  private closest(lower: string, limit: number, maxCost?: number): Correction[] {
    const { list, canonical } = azureWords();
    const found = [
      ...this.english.closest(lower, limit, maxCost),
      ...list.closest(lower, limit, maxCost).map((c) => ({ ...c, word: canonical.get(c.word) ?? c.word })),
      ...this.team.closest(lower, limit, maxCost).map((c) => ({ ...c, word: this.teamForms.get(c.word) ?? c.word })),
    ];
    const seen = new Set<string>();
    return found
      .sort((a, b) => a.cost - b.cost)
      .filter((c) => !seen.has(c.word.toLowerCase()) && seen.add(c.word.toLowerCase()))
      .slice(0, limit);
  }
}

/** The correction written as the word was: Capitalized, ALL CAPS, or as the list has it (ExpressRoute). */
function inCaseOf(word: string, correction: string): string {
  if (correction !== correction.toLowerCase()) return correction;
  if (word.length > 1 && word === word.toUpperCase()) return correction.toUpperCase();
  if (word[0] !== word[0].toLowerCase()) return correction[0].toUpperCase() + correction.slice(1);
  return correction;
}
