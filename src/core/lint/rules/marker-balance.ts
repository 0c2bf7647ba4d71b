import { pairMarkers } from '../../parse/body';
import type { Rule } from '../rule';

/** Paired section markers of RCA articles (FORMAT §3.5). */
const PAIRED = new Set(['rcaDescription', 'resolutionDetails', 'recommendedActions', 'additionalInfo', 'salutation']);

export const markerBalance: Rule = {
  id: 'SH212',
  slug: 'marker-balance',
  description: 'RCA section markers (`<!--rcaDescription-->` …) are closed by their `<!--/name-->`.',
  severity: 'warning',
  messages: {
    noOpening: '<!--/{{name}}--> has no opening marker.',
    neverClosed: '<!--{{name}}--> is never closed.',
  },
  fixable: false,
  docs: {
    bad: '<!--recommendedActions-->\nRestart the VM.',
    good: '<!--recommendedActions-->\nRestart the VM.\n<!--/recommendedActions-->',
  },
  check(article, report) {
    const { unpaired } = pairMarkers(article.body.markers.filter((m) => PAIRED.has(m.name)));
    for (const marker of unpaired) {
      report({
        messageId: marker.closing ? 'noOpening' : 'neverClosed',
        data: { name: marker.name },
        span: marker,
      });
    }
  },
};
