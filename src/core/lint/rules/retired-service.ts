import { RETIREMENTS, type Retirement } from '../../format/retired-services';
import { attributeValue } from '../../parse/article';
import { namedProducts } from '../../parse/named-products';
import type { Rule } from '../rule';
import { blockOpenSpan } from '../rule-helpers';

const RETIREMENT_OF_NAME = new Map<string, Retirement>();
for (const retirement of RETIREMENTS)
  for (const name of retirement.names ?? []) RETIREMENT_OF_NAME.set(name, retirement);

const MOVING_NAMES = new Map<Retirement, (text: string) => boolean>(
  RETIREMENTS.map((retirement) => {
    const pattern = new RegExp(
      `(?<![A-Za-z0-9])(?:${retirement.movingNames.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![A-Za-z0-9])`,
      'i',
    );
    return [retirement, (text: string) => pattern.test(text)];
  }),
);

/** The retirements whose `service` (one of a list) and `resource` the article's block names. */
function retiredByResource(service: string | undefined, resource: string | undefined): Retirement[] {
  if (!service) return [];
  const services = service
    .toLowerCase()
    .split(',')
    .map((s) => s.trim());
  // `microsoft.dbformysql/servers` or `servers`: the type's last part names it.
  const type = resource?.toLowerCase().trim().split('/').pop();
  return RETIREMENTS.filter((r) =>
    r.resources?.some((m) => services.includes(m.service) && (!m.resources || (type && m.resources.includes(type)))),
  );
}

export const retiredService: Rule = {
  id: 'SH702',
  slug: 'retired-service',
  description:
    'The article is about a service Azure has retired (the Log Analytics agent, MySQL Single Server, classic VMs …): customers need to hear that, and where to go.',
  severity: 'warning',
  messages: {
    retired:
      '{{why}} {{service}} was retired on {{retired}}. Tell customers to move to {{replacement}} ({{migration}}), or retire the article.',
  },
  fixable: false,
  docs: {
    bad: 'service="microsoft.dbformysql" resource="servers" … "Restart your Azure Database for MySQL Single Server."',
    good: 'service="microsoft.dbformysql" resource="flexibleServers" … "Restart your Azure Database for MySQL flexible server."',
    notes: [
      'The retirements are a table in `src/core/format/retired-services.ts`: the day, what replaces the service and the',
      'official migration page. An article is about a retired service when its `service` and `resource` are the',
      "service's (`microsoft.dbformysql` / `servers` is Single Server), or when the words customers read name it",
      '(`Log Analytics agent`, `Microsoft Monitoring Agent`) and never the service that replaces it: an article that',
      'names both is taken for a guide to the move. One finding for each retired service, at the `<properties` block.',
    ].join('\n'),
  },
  check(article, report) {
    if (!article.block) return;
    const service = attributeValue(article, 'service');
    const resource = attributeValue(article, 'resource');
    /** Each retired service the article is about, with how that shows. */
    const found = new Map<Retirement, string>();
    for (const retirement of retiredByResource(service, resource))
      found.set(retirement, `This article is for ${service}${resource ? `/${resource}` : ''}:`);
    for (const phrase of namedProducts(article)) {
      const retirement = RETIREMENT_OF_NAME.get(phrase.name);
      if (!retirement || found.has(retirement) || MOVING_NAMES.get(retirement)!(article.text)) continue;
      const line = article.lines.positionAt(phrase.start).line + 1;
      found.set(retirement, `This article names "${phrase.written}" (line ${line}) and not what replaces it:`);
    }
    for (const [retirement, why] of found)
      report({
        messageId: 'retired',
        data: {
          why,
          service: retirement.name,
          retired: retirement.retired,
          replacement: retirement.replacement,
          migration: retirement.migration,
        },
        span: blockOpenSpan(article),
      });
  },
};
