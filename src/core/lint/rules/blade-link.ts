import type { Rule } from '../rule';
import { BLADE_SCHEMES, schemeOf } from '../../parse/links';

/** The parts of `data-blade:Extension.Blade[.name.value]*[;data-blade-uri:…]`. */
export function parseBladeTarget(target: string): { extension: string; blade: string; parameters: string[]; valid: boolean } | undefined {
  const scheme = schemeOf(target);
  if (!scheme || !BLADE_SCHEMES.has(scheme)) return undefined;
  const path = target.slice(scheme.length + 1).split(';')[0].trim();
  const segments = path.split('.');
  const valid = segments.length >= 2 && segments.every((s) => s.trim() !== '') && (segments.length - 2) % 2 === 0;
  return { extension: segments[0] ?? '', blade: segments[1] ?? '', parameters: segments.slice(2), valid };
}

export const bladeLink: Rule = {
  id: 'SH306',
  slug: 'blade-link',
  description: 'A blade link is `data-blade:Extension.Blade` followed by parameter name/value pairs.',
  severity: 'error',
  fixable: false,
  docs: { bad: '[Resize](data-blade:Microsoft_Azure_Compute.VmSizeBlade.id)', good: '[Resize](data-blade:Microsoft_Azure_Compute.VmSizeBlade.id.$resourceId)' },
  check(article, report) {
    for (const link of article.body.links) {
      const blade = parseBladeTarget(link.target);
      if (!blade || blade.valid) continue;
      report({ message: 'Malformed blade link: write data-blade:Extension.Blade, then name.value pairs (data-blade:Microsoft_Azure_Compute.VmBlade.id.$resourceId).', span: link.targetSpan });
    }
  },
};
