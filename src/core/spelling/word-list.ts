/**
 * A word list as a trie in typed arrays: built in one pass from the compact file `scripts/dictionary.mjs` writes
 * (lower-case words in order, each line the count of characters shared with the word before, as one character
 * from '0', then the rest, then how often the word is written as a digit when it is not rare), or from any words.
 * Looks words up, and finds the closest words by a weighted edit distance in one bounded walk of the trie.
 */

/** Edit costs, in hundredths of an edit: the slips people make cost less, so their corrections rank first. */
const EDIT = 100;
const VOWEL_FOR_VOWEL = 70;
const SWAP = 60;
/** A letter typed twice, or once where it is doubled ("occured", "reccommend"). */
const DOUBLING = 25;
/** Slips in the first letter are rare: a correction that changes it ranks lower. */
const FIRST_LETTER = 40;
/** Words read between two pauses when the list is built a slice at a time. */
const SLICE_WORDS = 20_000;
/** What a correction may cost: about two edits. */
export const MAX_COST = 2 * EDIT;

/** A cell beyond any bound: what no cell within reach leads to. */
const DEAD = 1 << 28;

/** 1 for a vowel, by character code (a table: the walk asks for every cell). */
const VOWEL = new Uint8Array(128);
for (const c of 'aeiouy') VOWEL[c.charCodeAt(0)] = 1;

export interface Correction {
  word: string;
  cost: number;
  /** How often the word is written: 0 (rare) to 9 (the commonest words), see scripts/word-frequencies.mjs. */
  frequency: number;
}

/** The highest frequency class. */
export const MAX_FREQUENCY = 9;

export class WordList {
  private chars: Uint16Array;
  private firstChild: Int32Array;
  private nextSibling: Int32Array;
  private isWord: Uint8Array;
  /** At the node ending a word: how often the word is written (0 to 9). */
  private frequency: Uint8Array;
  /** Letters from each node to the nearest and to the farthest end of a word below it (at most 255). */
  private nearestBelow = new Uint8Array(0);
  private farthestBelow = new Uint8Array(0);
  private size = 1;
  /** How many words it holds. */
  count = 0;

  private constructor(capacity: number) {
    this.chars = new Uint16Array(capacity);
    this.firstChild = new Int32Array(capacity).fill(-1);
    this.nextSibling = new Int32Array(capacity).fill(-1);
    this.isWord = new Uint8Array(capacity);
    this.frequency = new Uint8Array(capacity);
  }

  /** Reads the compact file (a first line starting with '#' is its header). */
  static fromCompact(text: string): WordList {
    const reading = WordList.readCompact(text);
    let step = reading.next();
    while (!step.done) step = reading.next();
    return step.value;
  }

  /**
   * The same, a slice at a time with `pause` between slices: an editor's host stays responsive while it builds
   * (a slice of 20,000 words takes about 10 ms).
   */
  static async fromCompactInSlices(text: string, pause: () => Promise<void>): Promise<WordList> {
    const reading = WordList.readCompact(text);
    for (let step = reading.next(); ; step = reading.next()) {
      if (step.done) return step.value;
      await pause();
    }
  }

  private static *readCompact(text: string): Generator<void, WordList> {
    const list = new WordList(Math.max(16, text.length));
    const path = [0];
    let previousLength = 0;
    let lineStart = text.startsWith('#') ? text.indexOf('\n') + 1 || text.length : 0;
    for (let words = 1; lineStart < text.length; words++) {
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) lineEnd = text.length;
      const shared = Math.min(Math.max(text.charCodeAt(lineStart) - 48, 0), previousLength);
      // A digit last is the word's frequency (a word is letters and apostrophes).
      const last = lineEnd > lineStart + 1 ? text.charCodeAt(lineEnd - 1) : 0;
      const frequency = last >= 48 && last <= 57 ? last - 48 : -1;
      // The word is the last one's first `shared` letters (already in the trie) and the rest of the line: read in
      // place, no string made for it.
      const length = shared + Math.max(0, lineEnd - lineStart - 1 - (frequency >= 0 ? 1 : 0));
      if (length) list.insertSorted(text, lineStart + 1 - shared, length, shared, path, Math.max(0, frequency));
      previousLength = length;
      lineStart = lineEnd + 1;
      if (words % SLICE_WORDS === 0) yield;
    }
    return list.trimmed();
  }

  /** Any words, in any order and case (a team's words): lower-cased and sorted first, all of one frequency. */
  static fromWords(words: Iterable<string>, frequency = 0): WordList {
    const sorted = [...new Set([...words].map((w) => w.toLowerCase()).filter(Boolean))].sort();
    const list = new WordList(
      Math.max(
        16,
        sorted.reduce((n, w) => n + w.length, 1),
      ),
    );
    const path = [0];
    let previous = '';
    for (const word of sorted) {
      let shared = 0;
      while (shared < previous.length && previous[shared] === word[shared]) shared++;
      list.insertSorted(word, 0, word.length, shared, path, frequency);
      previous = word;
    }
    return list.trimmed();
  }

  /**
   * Adds a word that sorts after every word added so far and shares `shared` characters with the last one: its
   * letter `i` is source[at + i], read from `shared` on. `path` holds the nodes of the last word. New children
   * arrive in order, so each becomes its parent's last child.
   */
  private insertSorted(
    source: string,
    at: number,
    length: number,
    shared: number,
    path: number[],
    frequency: number,
  ): void {
    path.length = shared + 1;
    for (let i = shared; i < length; i++) {
      const parent = path[i];
      const node = this.size++;
      this.chars[node] = source.charCodeAt(at + i);
      let child = this.firstChild[parent];
      if (child < 0) this.firstChild[parent] = node;
      else {
        while (this.nextSibling[child] >= 0) child = this.nextSibling[child];
        this.nextSibling[child] = node;
      }
      path.push(node);
    }
    const last = path[length];
    if (!this.isWord[last]) this.count++;
    this.isWord[last] = 1;
    this.frequency[last] = Math.min(frequency, MAX_FREQUENCY);
  }

  private trimmed(): this {
    this.chars = this.chars.slice(0, this.size);
    this.firstChild = this.firstChild.slice(0, this.size);
    this.nextSibling = this.nextSibling.slice(0, this.size);
    this.isWord = this.isWord.slice(0, this.size);
    this.frequency = this.frequency.slice(0, this.size);
    // A child always comes after its parent: from the last node back, every child is done before its parent.
    this.nearestBelow = new Uint8Array(this.size).fill(255);
    this.farthestBelow = new Uint8Array(this.size);
    for (let node = this.size - 1; node >= 0; node--) {
      for (let child = this.firstChild[node]; child >= 0; child = this.nextSibling[child]) {
        const nearest = this.isWord[child] ? 1 : Math.min(255, this.nearestBelow[child] + 1);
        if (nearest < this.nearestBelow[node]) this.nearestBelow[node] = nearest;
        const farthest = Math.min(255, this.farthestBelow[child] + 1);
        if (farthest > this.farthestBelow[node]) this.farthestBelow[node] = farthest;
      }
    }
    return this;
  }

  private child(node: number, code: number): number {
    for (let c = this.firstChild[node]; c >= 0; c = this.nextSibling[c]) if (this.chars[c] === code) return c;
    return -1;
  }

  /** Whether it holds the word (give it lower-cased). */
  has(word: string): boolean {
    return this.nodeOf(word) > 0;
  }

  /** How often the word is written, 0 to 9 (0: rare, or not in the list). */
  frequencyOf(word: string): number {
    const node = this.nodeOf(word);
    return node > 0 ? this.frequency[node] : 0;
  }

  /** The node ending the word, or -1 when the list does not hold it. */
  private nodeOf(word: string): number {
    let node = 0;
    for (let i = 0; i < word.length && node >= 0; i++) node = this.child(node, word.charCodeAt(i));
    return node > 0 && this.isWord[node] === 1 ? node : -1;
  }

  /**
   * The closest words to a lower-case word, cheapest first (of equal cost the commoner first, then the nearer in
   * length, then in alphabetical order), at most `limit` of them and
   * none costing more than `maxCost`: one walk of the trie, a row of the distance table per depth (weighted
   * Damerau-Levenshtein), a branch cut as soon as no word below it can cost as little as the bound. Once `limit`
   * words are found the bound drops to the dearest of the best `limit` (ties kept): the rest of the walk looks only
   * for words as good. A property test holds it to the whole table.
   */
  closest(word: string, limit: number, maxCost = MAX_COST): Correction[] {
    const n = word.length;
    if (!n || n > 60) return [];
    const target = new Int32Array(n);
    for (let i = 0; i < n; i++) target[i] = word.charCodeAt(i);
    // What depends only on the word's letters is reckoned once, not in every row: dropping each letter, and whether
    // it is a vowel.
    const dropCost = new Int32Array(n);
    const targetVowel = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      dropCost[i] = insertCost(target, i);
      targetVowel[i] = target[i] < 128 ? VOWEL[target[i]] : 0;
    }
    const width = n + 1;
    const depthMax = n + Math.ceil(maxCost / DOUBLING) + 1;
    const rows = new Int32Array(width * (depthMax + 1));
    for (let j = 1; j <= n; j++) rows[j] = rows[j - 1] + dropCost[j - 1];
    // The cheapest of the word's letters from each one on, to drop those no word below can take.
    const cheapestDrop = new Int32Array(n + 1).fill(DEAD);
    for (let i = n - 1; i >= 0; i--) cheapestDrop[i] = Math.min(dropCost[i], cheapestDrop[i + 1]);
    // Each row's cells within `maxCost` lie between `low` and `high`: only the cells a cell within reach can lead to
    // are reckoned in the row below (the rest cost more than `maxCost` whatever they are, so they read as DEAD).
    const low = new Int32Array(depthMax + 1);
    const high = new Int32Array(depthMax + 1);
    high[0] = -1;
    for (let j = 0; j <= n && rows[j] <= maxCost; j++) high[0] = j;
    const path = new Uint16Array(depthMax + 1);
    // The walk keeps its place with a stack of its own: the child it is at on each depth.
    const at = new Int32Array(depthMax + 2);
    const { chars, firstChild, nextSibling, isWord, frequency, nearestBelow, farthestBelow } = this;
    const found: Correction[] = [];
    let bound = maxCost;
    let depth = 1;
    at[1] = firstChild[0];
    while (depth > 0) {
      const c = at[depth];
      if (c < 0) {
        depth--;
        at[depth] = nextSibling[at[depth]];
        continue;
      }
      const code = chars[c];
      path[depth] = code;
      const before = depth > 1 ? path[depth - 1] : -1;
      const codeVowel = code < 128 ? VOWEL[code] : 0;
      const row = depth * width;
      const previous = row - width;
      const aboveLow = low[depth - 1];
      const aboveHigh = high[depth - 1];
      // A swap reads two rows up; the top row has none.
      const twoUpLow = depth > 1 ? low[depth - 2] : n + 1;
      const twoUpHigh = depth > 1 ? high[depth - 2] : -1;
      // Column 0: the prefix so far against nothing of the word (each of its letters added).
      const first = rows[previous] + (before === code ? DOUBLING : EDIT) + (depth === 1 ? FIRST_LETTER : 0);
      rows[row] = first;
      let rowLow = first <= maxCost ? 0 : n + 1;
      let rowHigh = first <= maxCost ? 0 : -1;
      const from = Math.max(1, Math.min(aboveLow, twoUpLow + 2));
      const to = Math.min(n, Math.max(aboveHigh + 1, twoUpHigh + 2));
      let left = from === 1 ? first : DEAD;
      // What a swap of this letter with the next one down reaches, two rows down from the row above: only where the
      // word's next letter is this one.
      let swapReach = DEAD;
      let j = from;
      for (; j <= n; j++) {
        // Past the cells the rows above reach, only dropping the word's letters goes on.
        if (j > to && left > maxCost) break;
        const wanted = target[j - 1];
        let cost = j - 1 >= aboveLow && j - 1 <= aboveHigh ? rows[previous + j - 1] : DEAD;
        if (j < n && target[j] === code) {
          const reach = cost + SWAP + (j === 1 ? FIRST_LETTER : 0);
          if (reach < swapReach) swapReach = reach;
        }
        if (wanted !== code)
          cost += (targetVowel[j - 1] & codeVowel ? VOWEL_FOR_VOWEL : EDIT) + (j === 1 ? FIRST_LETTER : 0);
        // The trie's letter added (the word lacks it).
        if (j >= aboveLow && j <= aboveHigh) {
          const added = rows[previous + j] + (code === wanted || before === code ? DOUBLING : EDIT);
          if (added < cost) cost = added;
        }
        // The word's letter dropped (the trie lacks it).
        const dropped = left + dropCost[j - 1];
        if (dropped < cost) cost = dropped;
        if (
          j > 1 &&
          wanted === before &&
          target[j - 2] === code &&
          wanted !== code &&
          j - 2 >= twoUpLow &&
          j - 2 <= twoUpHigh
        ) {
          const swapped = rows[previous - width + j - 2] + SWAP + (j === 2 ? FIRST_LETTER : 0);
          if (swapped < cost) cost = swapped;
        }
        rows[row + j] = cost;
        left = cost;
        if (cost <= maxCost) {
          if (rowLow > j) rowLow = j;
          rowHigh = j;
        }
      }
      low[depth] = rowLow;
      high[depth] = rowHigh;
      if (j <= n) left = DEAD;
      if (isWord[c] && left <= bound && left > 0) {
        found.push({ word: String.fromCharCode(...path.subarray(1, depth + 1)), cost: left, frequency: frequency[c] });
        if (found.length >= limit) bound = limitCost(found, limit);
      }
      // A word below costs at least a cell of this row, plus dropping the word's letters its length leaves over or
      // adding those it lacks; or a cell of the row above plus a swap of this letter with the next (swapReach).
      let below = DEAD;
      if (firstChild[c] >= 0) {
        const nearest = nearestBelow[c];
        const farthest = farthestBelow[c];
        // Column 0, then the cells reckoned in this row (those between were not: they hold another branch's).
        for (let k = rowLow; k <= rowHigh; k = k === 0 ? Math.max(1, from) : k + 1) {
          const remaining = n - k;
          const rest =
            remaining > farthest
              ? (remaining - farthest) * cheapestDrop[k]
              : nearest > remaining
                ? (nearest - remaining) * DOUBLING
                : 0;
          if (rows[row + k] + rest < below) below = rows[row + k] + rest;
        }
      }
      if (Math.min(below, swapReach) <= bound && depth < depthMax && firstChild[c] >= 0) {
        depth++;
        at[depth] = firstChild[c];
      } else {
        at[depth] = nextSibling[c];
      }
    }
    // Of words that cost the same, the commoner first: the walk keeps every word at the bound, so the cut is the same
    // as that of a search keeping every word within it.
    return found
      .sort(
        (a, b) =>
          a.cost - b.cost ||
          b.frequency - a.frequency ||
          Math.abs(a.word.length - n) - Math.abs(b.word.length - n) ||
          (a.word < b.word ? -1 : 1),
      )
      .slice(0, limit);
  }
}

/** The cost of the `limit`-th cheapest word found. */
function limitCost(found: Correction[], limit: number): number {
  return found.map((f) => f.cost).sort((a, b) => a - b)[limit - 1];
}

/** Dropping the word's letter at `i`: cheap when it doubles its neighbour. */
function insertCost(target: Int32Array, i: number): number {
  return target[i] === target[i - 1] || target[i] === target[i + 1] ? DOUBLING : EDIT;
}
