/**
 * Services Azure has retired: since when, what replaces them and the page that tells customers how to move. Read by
 * the `retired-service` rule, which finds an article about one by its `service` and `resource` or by the names
 * customers read.
 */

export interface Retirement {
  /** The service as customers knew it. */
  name: string;
  /** The day it was retired (YYYY-MM-DD). */
  retired: string;
  /** What customers use instead. */
  replacement: string;
  /** The official page on moving to the replacement. */
  migration: string;
  /** `service` values (lower case) of articles about it, each with the `resource` types meant (any when absent). */
  resources?: readonly { service: string; resources?: readonly string[] }[];
  /** Its names in prose (matched as whole words; words in capitals only in capitals). */
  names?: readonly string[];
  /**
   * Names that tell an article is about the move (the replacement's): an article naming the retired service with one
   * of these is a migration guide, not an article about a service that no longer runs.
   */
  movingNames: readonly string[];
}

export const RETIREMENTS: readonly Retirement[] = [
  {
    name: 'the Log Analytics agent (Microsoft Monitoring Agent)',
    retired: '2024-08-31',
    replacement: 'the Azure Monitor Agent',
    migration: 'https://learn.microsoft.com/azure/azure-monitor/agents/azure-monitor-agent-migration',
    names: ['Log Analytics agent', 'Log Analytics agents', 'Microsoft Monitoring Agent', 'MMA agent', 'OMS agent'],
    movingNames: ['Azure Monitor Agent', 'AMA'],
  },
  {
    name: 'Azure Database for MySQL Single Server',
    retired: '2024-09-16',
    replacement: 'Azure Database for MySQL Flexible Server',
    migration: 'https://learn.microsoft.com/azure/mysql/migrate/whats-happening-to-mysql-single-server',
    resources: [{ service: 'microsoft.dbformysql', resources: ['servers'] }],
    names: [
      'Azure Database for MySQL Single Server',
      'Azure Database for MySQL - Single Server',
      'MySQL Single Server',
      'MySQL - Single Server',
    ],
    movingNames: ['Flexible Server'],
  },
  {
    name: 'Azure Database for PostgreSQL Single Server',
    retired: '2025-03-28',
    replacement: 'Azure Database for PostgreSQL Flexible Server',
    migration: 'https://learn.microsoft.com/azure/postgresql/migrate/whats-happening-to-postgresql-single-server',
    resources: [{ service: 'microsoft.dbforpostgresql', resources: ['servers'] }],
    names: [
      'Azure Database for PostgreSQL Single Server',
      'Azure Database for PostgreSQL - Single Server',
      'PostgreSQL Single Server',
      'PostgreSQL - Single Server',
    ],
    movingNames: ['Flexible Server'],
  },
  {
    name: 'Azure Data Lake Storage Gen1',
    retired: '2024-02-29',
    replacement: 'Azure Data Lake Storage Gen2',
    migration: 'https://learn.microsoft.com/azure/storage/blobs/data-lake-storage-migrate-gen1-to-gen2-azure-portal',
    resources: [{ service: 'microsoft.datalakestore' }],
    names: ['Data Lake Storage Gen1', 'Data Lake Store Gen1', 'Azure Data Lake Store', 'ADLS Gen1'],
    movingNames: ['Gen2'],
  },
  {
    name: 'classic virtual machines (Azure Service Manager)',
    retired: '2023-09-06',
    replacement: 'virtual machines in Azure Resource Manager',
    migration: 'https://learn.microsoft.com/azure/virtual-machines/classic-vm-deprecation',
    resources: [{ service: 'microsoft.classiccompute', resources: ['virtualmachines'] }],
    names: ['classic VM', 'classic VMs', 'classic virtual machine', 'classic virtual machines'],
    movingNames: ['Azure Resource Manager'],
  },
  {
    name: 'Cloud Services (classic)',
    retired: '2024-08-31',
    replacement: 'Cloud Services (extended support)',
    migration: 'https://learn.microsoft.com/azure/cloud-services-extended-support/in-place-migration-overview',
    resources: [{ service: 'microsoft.classiccompute', resources: ['domainnames'] }],
    names: ['Cloud Services (classic)', 'classic cloud service', 'classic cloud services'],
    movingNames: ['extended support'],
  },
  {
    name: 'classic storage accounts',
    retired: '2024-08-31',
    replacement: 'storage accounts in Azure Resource Manager',
    migration: 'https://learn.microsoft.com/azure/storage/common/classic-account-migration-overview',
    resources: [{ service: 'microsoft.classicstorage' }],
    names: ['classic storage account', 'classic storage accounts'],
    movingNames: ['Azure Resource Manager'],
  },
  {
    name: 'Azure Media Services',
    retired: '2024-06-30',
    replacement: 'the partner solutions Microsoft lists',
    migration: 'https://learn.microsoft.com/azure/media-services/latest/azure-media-services-retirement',
    resources: [{ service: 'microsoft.media' }],
    names: ['Azure Media Services', 'Media Services account', 'Media Services accounts'],
    movingNames: ['retirement', 'retired'],
  },
  {
    name: 'Machine Learning Studio (classic)',
    retired: '2024-08-31',
    replacement: 'Azure Machine Learning',
    migration: 'https://learn.microsoft.com/azure/machine-learning/migrate-overview',
    resources: [
      { service: 'microsoft.machinelearning', resources: ['webservices', 'commitmentplans'] },
      { service: 'microsoft.machinelearningstudioclassic' },
    ],
    names: ['Machine Learning Studio (classic)', 'ML Studio (classic)', 'Azure Machine Learning Studio (classic)'],
    movingNames: ['migrate', 'migration'],
  },
  {
    name: 'Basic Load Balancer',
    retired: '2025-09-30',
    replacement: 'Standard Load Balancer',
    migration: 'https://learn.microsoft.com/azure/load-balancer/load-balancer-basic-upgrade-guidance',
    names: ['Basic Load Balancer', 'Basic Load Balancers', 'Basic SKU Load Balancer', 'Basic SKU load balancers'],
    movingNames: ['Standard Load Balancer', 'Standard SKU'],
  },
  {
    name: 'Basic SKU public IP addresses',
    retired: '2025-09-30',
    replacement: 'Standard SKU public IP addresses',
    migration: 'https://learn.microsoft.com/azure/virtual-network/ip-services/public-ip-basic-upgrade-guidance',
    names: ['Basic SKU public IP', 'Basic SKU public IPs', 'Basic public IP', 'Basic public IPs'],
    movingNames: ['Standard SKU', 'Standard public IP'],
  },
  {
    name: 'App Service Environment v1 and v2',
    retired: '2024-08-31',
    replacement: 'App Service Environment v3',
    migration: 'https://learn.microsoft.com/azure/app-service/environment/migration-alternatives',
    names: ['App Service Environment v1', 'App Service Environment v2', 'ASEv1', 'ASEv2', 'ASE v1', 'ASE v2'],
    movingNames: ['App Service Environment v3', 'ASEv3', 'ASE v3'],
  },
  {
    name: 'the integration service environment (ISE) of Logic Apps',
    retired: '2024-08-31',
    replacement: 'Logic Apps Standard',
    migration: 'https://learn.microsoft.com/azure/logic-apps/export-from-ise-to-standard-logic-app',
    names: ['integration service environment', 'integration service environments'],
    movingNames: ['Logic Apps Standard', 'Standard logic app', 'Standard logic apps'],
  },
  {
    name: 'Azure Time Series Insights',
    retired: '2024-07-07',
    replacement: 'Azure Data Explorer or Real-Time Intelligence in Microsoft Fabric',
    migration: 'https://learn.microsoft.com/azure/time-series-insights/how-to-tsi-gen1-migration',
    resources: [{ service: 'microsoft.timeseriesinsights' }],
    names: ['Time Series Insights'],
    movingNames: ['Fabric', 'Azure Data Explorer'],
  },
  {
    name: 'Azure Blockchain Service',
    retired: '2021-09-10',
    replacement: 'ConsenSys Quorum Blockchain Service',
    migration: 'https://learn.microsoft.com/azure/blockchain/service/migration-guide',
    resources: [{ service: 'microsoft.blockchain' }, { service: 'microsoft.azblockchainservice' }],
    names: ['Azure Blockchain Service'],
    movingNames: ['Quorum Blockchain Service'],
  },
];
