import { hostMatcher, INTERNAL_HOSTS, type InternalHost } from '../../format/internal-hosts';
import { urlsOf } from '../../parse/links';
import type { Rule } from '../rule';

/** Scheme (optional: `jarvis-west.dc.ad.msft.net/…` is a link too), host, port, then the path. */
const URL_PARTS = /^(?:[a-z][a-z0-9+.-]*:\/\/)?(?:[^/?#@\s]*@)?([^/?#:\s]+)(?::\d+)?([^?#\s]*)/i;

const BUILT_IN = INTERNAL_HOSTS.map((host) => ({ host, matches: hostMatcher(host.pattern) }));

/** The team's patterns, compiled once a list (the list of a configuration stays the same object while it holds). */
const teamMatchers = new WeakMap<
  readonly string[],
  { host: InternalHost; matches: ReturnType<typeof hostMatcher> }[]
>();

function matchersOf(team: readonly string[] | undefined) {
  if (!team?.length) return BUILT_IN;
  let compiled = teamMatchers.get(team);
  if (!compiled) {
    compiled = [
      ...BUILT_IN,
      ...team.map((pattern) => ({
        host: { pattern, what: "an internal host of the team's list (.selfhelp.json)" },
        matches: hostMatcher(pattern),
      })),
    ];
    teamMatchers.set(team, compiled);
  }
  return compiled;
}

export const internalLink: Rule = {
  id: 'SH313',
  slug: 'internal-link',
  description:
    'A link to a host customers cannot reach: internal tools (Jarvis, IcM, Azure Support Center), the corporate SharePoint, internal work items.',
  severity: 'error',
  messages: {
    publicHost: 'Link to {{host}}, {{what}}: customers cannot open it. Link to {{publicHost}}.',
    internal: 'Link to {{host}}, {{what}}: customers cannot open it. Link to a public page, or leave the link out.',
  },
  fixable: true,
  docs: {
    bad: '[the dashboard](https://jarvis-west.dc.ad.msft.net/dashboard/VMHealth)',
    good: '[VM health](https://learn.microsoft.com/azure/service-health/resource-health-overview)',
    notes: [
      "The hosts are a list in `src/core/format/internal-hosts.ts`: Microsoft's corporate network (`*.msft.net`,",
      '`*.corp.microsoft.com`), IcM, Geneva, Azure Support Center, the corporate SharePoint (`microsoft*.sharepoint.com`),',
      "internal Power BI, and the Azure DevOps organizations of Microsoft's own teams (`msazure.visualstudio.com`,",
      '`dev.azure.com/msazure/` …). A team adds its own in `.selfhelp.json`, as hosts where `*` stands for any run of',
      'characters, optionally with the start of a path:',
      '',
      '```json',
      '{ "internalHosts": ["*.contoso-corp.net", "dev.azure.com/contoso-internal/"] }',
      '```',
      '',
      "A link to the portal of Microsoft's own tenant (`ms.portal.azure.com`) is fixed to `portal.azure.com`, the same",
      "page in the customer's portal. Internal review sites have their own rule (`review-link`).",
    ].join('\n'),
  },
  check(article, report, { internalHosts }) {
    const matchers = matchersOf(internalHosts);
    for (const url of urlsOf(article)) {
      const parts = URL_PARTS.exec(url.url);
      if (!parts || !parts[1].includes('.')) continue;
      const host = parts[1].toLowerCase();
      const found = matchers.find((m) => m.matches(host, parts[2]));
      if (!found) continue;
      const { what, publicHost } = found.host;
      const hostStart = url.start + parts[0].indexOf(parts[1]);
      report({
        messageId: publicHost ? 'publicHost' : 'internal',
        data: { host, what, publicHost: publicHost ?? '' },
        span: url,
        fix: publicHost
          ? {
              title: `Link to ${publicHost}`,
              edits: [{ start: hostStart, end: hostStart + parts[1].length, text: publicHost }],
            }
          : undefined,
      });
    }
  },
};
