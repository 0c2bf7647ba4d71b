/** Blade targets of links: `data-blade:` and `button-data-blade:`. */
import { BLADE_SCHEMES, schemeOf } from './links';

/** The parts of `data-blade:Extension.Blade[.name.value]*[;data-blade-uri:…]`. */
export function parseBladeTarget(
  target: string,
): { extension: string; blade: string; parameters: string[]; valid: boolean } | undefined {
  const scheme = schemeOf(target);
  if (!scheme || !BLADE_SCHEMES.has(scheme)) return undefined;
  const path = target
    .slice(scheme.length + 1)
    .split(';')[0]
    .trim();
  const segments = path.split('.');
  const valid = segments.length >= 2 && segments.every((s) => s.trim() !== '') && (segments.length - 2) % 2 === 0;
  return { extension: segments[0] ?? '', blade: segments[1] ?? '', parameters: segments.slice(2), valid };
}
