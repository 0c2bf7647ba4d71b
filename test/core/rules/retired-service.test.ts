import { retiredService } from '../../../src/core/lint/rules/retired-service';
import { article, withBody } from '../../helpers/article';
import { ruleTester } from '../../helpers/rule-tester';

const STEP = '1. Restart the virtual machine from the portal.';
const MYSQL =
  'Azure Database for MySQL Single Server was retired on 2024-09-16. Tell customers to move to Azure Database for MySQL Flexible Server (https://learn.microsoft.com/azure/mysql/migrate/whats-happening-to-mysql-single-server), or retire the article.';
const AGENT =
  'the Log Analytics agent (Microsoft Monitoring Agent) was retired on 2024-08-31. Tell customers to move to the Azure Monitor Agent (https://learn.microsoft.com/azure/azure-monitor/agents/azure-monitor-agent-migration), or retire the article.';
const atBlock = { line: 1, column: 1, endLine: 1, endColumn: 12 };

ruleTester(retiredService, {
  valid: [
    { name: 'the valid article of the tests', text: article() },
    {
      name: "a service's type that still runs (flexibleServers)",
      text: article({ service: 'microsoft.dbformysql', resource: 'flexibleServers' }),
    },
    {
      name: 'a guide to the move: the retired service named with what replaces it',
      text: withBody(STEP, '1. Move from the Log Analytics agent to the Azure Monitor Agent.'),
    },
    {
      name: 'a retired name where customers read nothing: code and a link target',
      text: withBody(STEP, '1. Run `Remove-OMS agent` and read [the notes](https://contoso.com/Log Analytics agent).'),
    },
  ],
  invalid: [
    {
      name: 'an article for the type of a retired service, once even when its text names the service too',
      text: article(
        { service: 'microsoft.dbformysql', resource: 'servers' },
        '# Azure Database for MySQL Single Server does not start\n\nRestart it.\n',
      ),
      errors: [{ message: `This article is for microsoft.dbformysql/servers: ${MYSQL}`, ...atBlock }],
    },
    {
      name: 'a retired service named in the words customers read, and nothing of the move',
      text: withBody(STEP, '1. Restart the Microsoft Monitoring Agent service on the machine.'),
      errors: [
        {
          message: `This article names "Microsoft Monitoring Agent" (line 28) and not what replaces it: ${AGENT}`,
          ...atBlock,
        },
      ],
    },
  ],
});
