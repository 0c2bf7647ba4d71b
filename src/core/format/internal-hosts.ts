/**
 * Hosts customers cannot reach: Microsoft's internal tools, its corporate SharePoint and work-item trackers. Read by
 * the `internal-link` rule; a team adds its own in `.selfhelp.json` (`"internalHosts"`).
 *
 * A pattern is a host, where `*` stands for any run of characters within the host (`*.msft.net`: every host under
 * msft.net; `microsoft*.sharepoint.com`: the tenant's sites in every region), optionally followed by the start of a
 * path (`dev.azure.com/msazure`). Case does not matter.
 */
export interface InternalHost {
  pattern: string;
  /** What lives there, as the message says it. */
  what: string;
  /** The host customers open instead, where there is one (the fix writes it). */
  publicHost?: string;
}

const WORK_ITEMS = "Microsoft's internal Azure DevOps";
const INTERNAL_DEVOPS_ORGANIZATIONS = [
  'msazure',
  'supportability',
  'msdata',
  'microsoft',
  'mseng',
  'identitydivision',
  'o365exchange',
  'msasg',
  'skype',
  'office',
  'onedrive',
  'domoreexp',
  'dynamicscrm',
  'msft-skype',
];

export const INTERNAL_HOSTS: readonly InternalHost[] = [
  { pattern: '*.msft.net', what: "Microsoft's corporate network: Jarvis, IcM" },
  { pattern: '*.corp.microsoft.com', what: "Microsoft's corporate network" },
  { pattern: '*.microsofticm.com', what: 'IcM, the incident manager' },
  { pattern: 'portal.microsoftgeneva.com', what: 'Geneva (Jarvis) dashboards' },
  { pattern: '*.msftcloudes.com', what: "Microsoft's internal support tools (Azure Support Center, Lens)" },
  { pattern: 'internal.support.services.microsoft.com', what: "Microsoft's internal support tools" },
  { pattern: 'microsoft*.sharepoint.com', what: "Microsoft's corporate SharePoint" },
  { pattern: 'msit.powerbi.com', what: "Microsoft's internal Power BI" },
  {
    pattern: 'ms.portal.azure.com',
    what: "the Azure portal of Microsoft's own tenant",
    publicHost: 'portal.azure.com',
  },
  { pattern: 'eng.ms', what: "Microsoft's engineering hub" },
  { pattern: '*.eng.ms', what: "Microsoft's engineering hub" },
  ...INTERNAL_DEVOPS_ORGANIZATIONS.flatMap((organization) => [
    { pattern: `${organization}.visualstudio.com`, what: WORK_ITEMS },
    { pattern: `dev.azure.com/${organization}/`, what: WORK_ITEMS },
  ]),
];

/** A pattern as a test of a URL's host and path (`host` lower case, `path` from its first slash). */
export function hostMatcher(pattern: string): (host: string, path: string) => boolean {
  const slash = pattern.indexOf('/');
  const hostPart = (slash < 0 ? pattern : pattern.slice(0, slash)).toLowerCase();
  const pathPrefix = slash < 0 ? '' : pattern.slice(slash).toLowerCase();
  const hostPattern = new RegExp(`^${hostPart.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/:?#]*')}$`);
  return (host, path) =>
    hostPattern.test(host) && (!pathPrefix || `${path.toLowerCase()}/`.startsWith(pathPrefix.replace(/\/?$/, '/')));
}
