/**
 * Products by the names customers see in the portal today: each row the names an article may still use, the name now,
 * since when (year and month of the rename) and the official page that says so. Read by the `product-names` rule.
 */

export interface ProductRename {
  /**
   * The old names as written in prose. Matched as whole words in any case, except words in capitals (`AD`, `AAD`),
   * which match only in capitals; a space stands for any run of spaces with at most one line break.
   */
  old: readonly string[];
  /** The name customers see now. */
  current: string;
  /** Year and month of the rename. */
  since: string;
  /** The official page that names the product now. */
  source: string;
}

const ENTRA = 'https://learn.microsoft.com/entra/fundamentals/new-name';
const ENTRA_SINCE = '2023-07';
const DEFENDER = 'https://learn.microsoft.com/azure/defender-for-cloud/release-notes-archive';
const AZURE_AD = ['Azure Active Directory', 'Azure AD', 'AAD'];

/** `Azure AD tenant` reads `Microsoft Entra tenant`: the old name describing a noun becomes "Microsoft Entra". */
const ENTRA_DESCRIBED = [
  'tenant',
  'tenants',
  'account',
  'accounts',
  'user',
  'users',
  'group',
  'groups',
  'role',
  'roles',
  'token',
  'tokens',
  'authentication',
  'identity',
  'identities',
  'admin',
  'administrator',
  'application',
  'applications',
  'app',
  'apps',
  'app registration',
  'object',
  'objects',
  'device',
  'devices',
  'credentials',
  'sign-in',
  'sign-ins',
  'directory',
  'service principal',
  'joined',
  'join',
  'registered',
  'audit logs',
  'sign-in logs',
  'logs',
];

export const PRODUCT_RENAMES: readonly ProductRename[] = [
  ...ENTRA_DESCRIBED.map((noun) => ({
    old: AZURE_AD.map((name) => `${name} ${noun}`).concat(noun === 'joined' ? ['Azure AD-joined'] : []),
    current: `Microsoft Entra ${noun}`,
    since: ENTRA_SINCE,
    source: ENTRA,
  })),
  { old: ['Hybrid Azure AD joined', 'Hybrid Azure AD-joined'], current: 'Microsoft Entra hybrid joined' },
  { old: ['Hybrid Azure AD join'], current: 'Microsoft Entra hybrid join' },
  { old: ['Azure AD Connect cloud sync', 'Azure AD Cloud Sync'], current: 'Microsoft Entra Cloud Sync' },
  { old: ['Azure AD Connect Sync', 'AAD Connect Sync'], current: 'Microsoft Entra Connect Sync' },
  { old: ['Azure AD Connect Health', 'AAD Connect Health'], current: 'Microsoft Entra Connect Health' },
  {
    old: ['Azure AD Connect', 'Azure Active Directory Connect', 'AAD Connect'],
    current: 'Microsoft Entra Connect',
  },
  {
    old: ['Azure AD Domain Services', 'Azure Active Directory Domain Services', 'Azure AD DS', 'AAD DS', 'AADDS'],
    current: 'Microsoft Entra Domain Services',
  },
  {
    old: [
      'Azure AD Multi-Factor Authentication',
      'Azure Active Directory Multi-Factor Authentication',
      'Azure AD MFA',
      'Azure Multi-Factor Authentication',
      'Azure MFA',
      'AAD MFA',
    ],
    current: 'Microsoft Entra multifactor authentication',
  },
  {
    old: ['Azure AD Conditional Access', 'Azure Active Directory Conditional Access', 'AAD Conditional Access'],
    current: 'Microsoft Entra Conditional Access',
  },
  {
    old: ['Azure AD Identity Protection', 'Azure Active Directory Identity Protection'],
    current: 'Microsoft Entra ID Protection',
  },
  {
    old: [
      'Azure AD Privileged Identity Management',
      'Azure Active Directory Privileged Identity Management',
      'Azure AD PIM',
    ],
    current: 'Microsoft Entra Privileged Identity Management',
  },
  {
    old: ['Azure AD Application Proxy', 'Azure Active Directory Application Proxy', 'Azure AD App Proxy'],
    current: 'Microsoft Entra application proxy',
  },
  {
    old: ['Azure AD Premium P1', 'Azure Active Directory Premium P1', 'AAD Premium P1'],
    current: 'Microsoft Entra ID P1',
  },
  {
    old: ['Azure AD Premium P2', 'Azure Active Directory Premium P2', 'AAD Premium P2'],
    current: 'Microsoft Entra ID P2',
  },
  { old: ['Azure AD Premium', 'Azure Active Directory Premium'], current: 'Microsoft Entra ID P1 or P2' },
  { old: ['Azure AD Free', 'Azure Active Directory Free'], current: 'Microsoft Entra ID Free' },
  { old: ['Azure AD External Identities'], current: 'Microsoft Entra External ID' },
  { old: ['Azure AD Identity Governance'], current: 'Microsoft Entra ID Governance' },
  { old: ['Azure AD admin center', 'Azure Active Directory admin center'], current: 'Microsoft Entra admin center' },
  { old: ['Azure AD B2B', 'Azure Active Directory B2B'], current: 'Microsoft Entra B2B' },
  { old: ['Azure AD Password Protection'], current: 'Microsoft Entra Password Protection' },
  {
    old: ['Azure AD Seamless Single Sign-On', 'Azure AD Seamless SSO'],
    current: 'Microsoft Entra seamless single sign-on',
  },
  { old: ['Azure AD Pass-through Authentication'], current: 'Microsoft Entra pass-through authentication' },
  { old: ['Azure AD Workload Identity', 'Azure AD Workload Identities'], current: 'Microsoft Entra Workload ID' },
  { old: AZURE_AD, current: 'Microsoft Entra ID' },
]
  .map((row) => ({ since: ENTRA_SINCE, source: ENTRA, ...row }))
  .concat([
    {
      old: ['Azure Security Center', 'Azure Defender'],
      current: 'Microsoft Defender for Cloud',
      since: '2021-11',
      source: DEFENDER,
    },
    {
      old: ['Azure Defender for Servers'],
      current: 'Microsoft Defender for Servers',
      since: '2021-11',
      source: DEFENDER,
    },
    { old: ['Azure Defender for SQL'], current: 'Microsoft Defender for SQL', since: '2021-11', source: DEFENDER },
    {
      old: ['Azure Defender for Storage'],
      current: 'Microsoft Defender for Storage',
      since: '2021-11',
      source: DEFENDER,
    },
    {
      old: ['Azure Defender for Kubernetes'],
      current: 'Microsoft Defender for Containers',
      since: '2021-12',
      source: DEFENDER,
    },
    {
      old: ['Azure Sentinel'],
      current: 'Microsoft Sentinel',
      since: '2021-11',
      source: 'https://learn.microsoft.com/azure/sentinel/whats-new',
    },
    {
      old: ['Windows Virtual Desktop', 'WVD'],
      current: 'Azure Virtual Desktop',
      since: '2021-06',
      source: 'https://learn.microsoft.com/azure/virtual-desktop/whats-new',
    },
    {
      old: ['Azure Cognitive Search'],
      current: 'Azure AI Search',
      since: '2023-11',
      source: 'https://learn.microsoft.com/azure/search/whats-new',
    },
    {
      old: ['Azure Cognitive Services', 'Cognitive Services'],
      current: 'Azure AI services',
      since: '2023-07',
      source: 'https://learn.microsoft.com/azure/ai-services/what-are-ai-services',
    },
    {
      old: ['Azure Form Recognizer', 'Form Recognizer'],
      current: 'Azure AI Document Intelligence',
      since: '2023-07',
      source: 'https://learn.microsoft.com/azure/ai-services/document-intelligence/overview',
    },
    {
      old: ['Azure Purview'],
      current: 'Microsoft Purview',
      since: '2022-04',
      source: 'https://learn.microsoft.com/purview/purview',
    },
    {
      old: ['Azure Spring Cloud'],
      current: 'Azure Spring Apps',
      since: '2022-04',
      source: 'https://learn.microsoft.com/azure/spring-apps/basic-standard/overview',
    },
    {
      old: ['Microsoft Cloud App Security', 'MCAS'],
      current: 'Microsoft Defender for Cloud Apps',
      since: '2021-11',
      source: 'https://learn.microsoft.com/defender-cloud-apps/what-is-defender-for-cloud-apps',
    },
    {
      old: ['Azure Advanced Threat Protection', 'Azure ATP'],
      current: 'Microsoft Defender for Identity',
      since: '2020-09',
      source: 'https://learn.microsoft.com/defender-for-identity/what-is',
    },
    {
      old: ['Azure Information Protection'],
      current: 'Microsoft Purview Information Protection',
      since: '2022-04',
      source: 'https://learn.microsoft.com/purview/information-protection',
    },
    {
      old: ['Microsoft Endpoint Manager', 'Microsoft Endpoint Manager admin center'],
      current: 'Microsoft Intune admin center',
      since: '2022-10',
      source: 'https://learn.microsoft.com/mem/intune/fundamentals/whats-new',
    },
    {
      old: ['Azure Database for PostgreSQL Hyperscale (Citus)', 'Hyperscale (Citus)'],
      current: 'Azure Cosmos DB for PostgreSQL',
      since: '2022-10',
      source: 'https://learn.microsoft.com/azure/cosmos-db/postgresql/introduction',
    },
    {
      old: ['Azure Data Box Edge', 'Data Box Edge'],
      current: 'Azure Stack Edge',
      since: '2020-10',
      source: 'https://learn.microsoft.com/azure/databox-online/azure-stack-edge-overview',
    },
    {
      old: ['Azure Stack HCI'],
      current: 'Azure Local',
      since: '2024-11',
      source: 'https://learn.microsoft.com/azure/azure-local/overview',
    },
    {
      old: ['Azure Monitor for containers'],
      current: 'Container insights',
      since: '2020-06',
      source: 'https://learn.microsoft.com/azure/azure-monitor/containers/container-insights-overview',
    },
    {
      old: ['Azure Monitor for VMs'],
      current: 'VM insights',
      since: '2020-06',
      source: 'https://learn.microsoft.com/azure/azure-monitor/vm/vminsights-overview',
    },
  ]);

/**
 * Names that hold an old name but that the rename guidance keeps (Azure AD B2C, Azure AD Graph, ADAL's full name) or
 * that name something else (Active Directory Domain Services on Windows Server): never reported.
 */
export const KEPT_NAMES: readonly string[] = [
  // The sync tools Azure AD Connect replaced, named so in the guides to upgrade from them.
  'Windows Azure Active Directory Sync',
  'Azure Active Directory Sync',
  'Azure AD Sync',
  'Azure AD B2C',
  'Azure Active Directory B2C',
  'AAD B2C',
  'Azure AD Graph',
  'Azure Active Directory Graph',
  'AAD Graph',
  'Azure AD Authentication Library',
  'Azure Active Directory Authentication Library',
  'Azure AD PowerShell',
  'Azure Active Directory PowerShell',
  'Azure AD module',
  'Azure AD Pod Identity',
];
