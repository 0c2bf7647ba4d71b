/**
 * The messages between the preview panel and its page: one type-only file that the extension (src/preview) and the
 * page's script (src/webview) both import. The extension checks every message it receives (see isFromPage).
 */

export interface TokenInfo {
  name: string;
  defaultText: string;
}

/** The page's saved state (VS Code keeps it across reloads; the serializer revives the panel from it). */
export interface PageState {
  /** The article shown. */
  uri: string;
  /** The source line at the top of the page. */
  line?: number;
}

export type ToPage =
  | {
      type: 'update';
      uri: string;
      version: number;
      html: string;
      tokens: TokenInfo[];
      samples: Record<string, string>;
      line?: number;
    }
  | { type: 'scrollTo'; line: number };

export type FromPage =
  /** The page has loaded and waits for its content. */
  | { type: 'ready' }
  /** The page shows this version; `text` is what it shows (the tests read it). */
  | { type: 'rendered'; version: number; text: string }
  /** The page scrolled (by the reader, or following the editor): this source line is at its top. */
  | { type: 'scrolled'; line: number; byEditor: boolean }
  /** A web or mail link was clicked. */
  | { type: 'openLink'; href: string }
  /** Show this line in the editor (a double click, a finding's mark). */
  | { type: 'showSource'; line: number }
  /** The author's sample values for the replacement tokens. */
  | { type: 'samples'; values: Record<string, string> };
