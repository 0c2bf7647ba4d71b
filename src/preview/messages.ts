/** The page's messages as the extension accepts them: checked field by field, anything else dropped. */
import type { FromPage } from './protocol';

const isLine = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 10_000_000;

function isStringRecord(value: unknown): value is Record<string, string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  return (
    entries.length <= 500 && entries.every(([k, v]) => k.length <= 200 && typeof v === 'string' && v.length <= 2000)
  );
}

export function fromPage(message: unknown): FromPage | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const m = message as Record<string, unknown>;
  switch (m.type) {
    case 'ready':
      return { type: 'ready' };
    case 'rendered':
      return isLine(m.version) && typeof m.text === 'string'
        ? { type: 'rendered', version: m.version, text: m.text.slice(0, 100_000) }
        : undefined;
    case 'scrolled':
      return isLine(m.line) && typeof m.byEditor === 'boolean'
        ? { type: 'scrolled', line: m.line, byEditor: m.byEditor }
        : undefined;
    case 'showSource':
      return isLine(m.line) ? { type: 'showSource', line: m.line } : undefined;
    case 'openLink':
      return typeof m.href === 'string' && m.href.length <= 8192 ? { type: 'openLink', href: m.href } : undefined;
    case 'samples':
      return isStringRecord(m.values) ? { type: 'samples', values: { ...m.values } } : undefined;
    default:
      return undefined;
  }
}
