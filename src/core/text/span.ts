/** A stretch of an article's text, by offsets: [start, end). Every parsed thing and every finding carries one. */
export interface Span {
  start: number;
  end: number;
}
