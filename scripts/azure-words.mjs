// Makes src/core/spelling/azure-words.json, Azure's own vocabulary, from the published articles of ../shared/corpus:
// the visible words the English list lacks that appear in at least MIN_ARTICLES articles and are no slip of an
// English word (none within two edits), plus the words a person reviewed and put in; minus those a person took out.
// Frequency alone is no proof: "occurance" is in 34 articles. Run `npm run words` after changing the lists below.
import { readFileSync, writeFileSync } from 'fs';
import { createRequire } from 'module';
import { articleWords } from './corpus-words.mjs';

const require = createRequire(import.meta.url);
const { WordList } = require('../out/src/core/spelling/word-list.js');

const CORPUS = process.argv[2] ?? '../shared/corpus';
const MIN_ARTICLES = 3;

/** Reviewed: product, service and technical words within two edits of an English word (so kept out by the script). */
const REVIEWED_IN = `
backend backends failover failovers failback intune config configs quickstart quickstarts onboarding onboarded kusto
vnet vnets namespace namespaces hyperscale autoscale autoscaling postgres cmdlet cmdlets serverless unmanaged pooler
runbook runbooks repo repos ambari signin signup peerings hostname hostnames citus dev stateful syslog webhook
webhooks sku skus perf callstack azdata paas metastore frontend dropdown jupyter tempdb avere perfmon deallocate
deallocated deallocates deallocating cosell iot agentless citrix bacpac dacpac webapp https runtimes grafana mbps gbps
unregister hotfix hotfixes bootable polybase nslookup cloudyn unmount sudo kube netapp aadsts hresult sdk upn twilio
sev csv bing json kibana schemas kik cdn netsh vpn deprovision deprovisioned deprovisioning asc nodejs datetime xbox
distro distros cortana lsof addon dns skillset huawei azfunctions disti xstore tcp uri dll delisting enablement
exfiltration dbs conda uninstallation hikari codec codecs cmd headnode headnodes appmap onprem subkey ldf mdf ndf
reprotect vmware aci avanade lenovo reimage performant src charset icm systemd env undelete ssisdb qualys acm
defragmentation netmon burstable psql mnt appinsights initializer edifact inferencing widevine tracefile unencrypted
svagents midmarket ips klist clamav palo contoso documentdb sharded joda waagent dataflows untrusted cli webview
passcode pfx vcore vcores autorotate regedit redistributable iometer azcopy nuget upsert devops dfs uncheck gmail npm
jamf informix mgmt adassessment scom resync sysvol preconfigured rowgroup kdump unpublish presales jedis dgrep icacls
rebalance rebalancing autopause textbox unbilled rntbd docdb cloudnet psping readme subfolder subfolders whitepaper
webserver roadmap perfview westus tracert programdata deeplink extranet corpnet routable ssl gsuite params param
winsxs vhd cer backoff sparklyr binlog httpfs hdfs restapi href bde pem spn bitrate changelog intigua findstr nsg
iptables appdata armprod aznw deduplicated uname lsa maxdop gzip vmss acr myregistry kinit hana iperf mdadm tos mis
vmname scaleset zscaler applens splunk kanban qradar skillsets iboss reenable sqoop oozie moby propagations telegraf
dotnet safeboot pbix undeleting vcenter movere ssms collab datasheet util yaml pcuser tcpping tcping hotspots offboarding
gradle carbonite gantt remediations unprotecting windir geth deallocation unsharded dbfs ipython numpy scipy downloader
flink akka webtest keras nmap mutex debatching fstab openssl etcd subid partitionid tokenizer uber typings saml ebooks
fairplay rtmp rtmps precheck tracelog cname diskpart untracked backint pypi precreate ikey itsm sccm wsus fdisk webapps
iaas rsync amqp coadmin oauth mssql foreach rollups nagios initializers gridfs bson wasb wasbs payg ngrok roundtrips
subtree eventid gdpr avro himds esri xero slurm zerto ungated repurpose mooncake fairfax usnat ussec blackforest
autoscaler lookback userless hitech databox filex liftr mbyte meanjs ovpn keepalive datasource
`;

/** Named in the issue that asked for this list: the vocabulary authors write every day. */
const PRODUCT_WORDS =
  'VNet ExpressRoute HDInsight Kubernetes failover runbook vCores Azure Entra Bicep Terraform Fabrikam';

/** Reviewed: misspellings (and placeholders) that the script would otherwise let in. */
const REVIEWED_OUT = `
occurance recieve recieved occured occuring adversly troublehooter defenderr dont doesnt doesn howto advisoring ano
connectiviy reccommended itermittent firewal detailson workaound incluse disabe peformance recyle cmldlets previosuly
initative connet conect creationg tring incude preferrable optimzed atleast upto incase behaviour userless
`;

const words = (list) => list.split(/\s+/).filter(Boolean);
const english = WordList.fromCompact(readFileSync('dist/spelling/en-us.words', 'utf8'));
const out = new Set(words(REVIEWED_OUT).map((w) => w.toLowerCase()));
const reviewedIn = new Set(words(REVIEWED_IN));

/** By lower-case word: in how many articles, and how it is written. */
const found = new Map();
for (const visible of articleWords(CORPUS)) {
  const seen = new Set();
  for (const { text } of visible) {
    const lower = text.toLowerCase().replace(/'s?$/, '');
    if (lower.length < 3 || english.has(lower) || seen.has(lower)) continue;
    seen.add(lower);
    const entry = found.get(lower) ?? { articles: 0, capitalized: 0 };
    entry.articles++;
    if (text[0] !== text[0].toLowerCase()) entry.capitalized++;
    found.set(lower, entry);
  }
}

const chosen = new Map();
for (const [word, { articles, capitalized }] of found) {
  if (out.has(word) || /^(.)\1*$/.test(word)) continue;
  // Near an English word, it may be a slip of it; a pair of words written apart ("web service") is no such word.
  const nearWord = english.closest(word, 8).some((c) => !c.word.includes(' '));
  if (!reviewedIn.has(word) && (articles < MIN_ARTICLES || nearWord)) continue;
  // A proper name is written capitalized everywhere it appears.
  chosen.set(word, capitalized === articles ? word[0].toUpperCase() + word.slice(1) : word);
}
for (const word of words(PRODUCT_WORDS)) chosen.set(word.toLowerCase(), word);
const list = [...chosen.values()].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));
writeFileSync('src/core/spelling/azure-words.json', JSON.stringify(list, null, 0).replace(/","/g, '",\n"') + '\n');
console.log(`${list.length} words written to src/core/spelling/azure-words.json`);
