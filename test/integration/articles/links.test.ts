import * as assert from 'assert';
import * as vscode from 'vscode';
import { codeActionsWhen, diagnosticsWhen, workspaceFile } from '../helpers';
import { EXPECTED_HOST, LINKS_CONFIG_VARIABLE } from '../protocol';

const FILE = 'articles/microsoft.compute/vm-links.md';
const ruleOf = (d: vscode.Diagnostic) => (d.code as { value: string }).value;
const write = (uri: vscode.Uri, text: string) => vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));

const ARTICLE = `<properties
\tpageTitle="Virtual machine links"
\tdescription="Links of a virtual machine article"
\tservice="microsoft.compute"
\tresource="virtualmachines"
\tauthors="contoso-writer"
\tms.author="contoso"
\tarticleId="vm-links-0001"
\tselfHelpType="generic"
\tsupportTopicIds="32628854"
\tproductPesIds="14749"
\tcloudEnvironments="public"
\townershipId="Compute_VirtualMachines"
/>

# Virtual machine links

* [Sizes](https://docs.microsoft.com/azure/sizes#general-purpose)
* [Gone](https://learn.microsoft.com/azure/gone)
`;

describe('Self-Help: Check Links', function () {
  this.timeout(60_000);
  if (EXPECTED_HOST === 'web') {
    it('says in the web host that it needs the desktop, rather than failing quietly', async () => {
      const answer = await vscode.commands.executeCommand<string>('selfhelp.checkLinks');
      assert.match(answer ?? '', /needs VS Code on the desktop: in a browser, most sites refuse requests/);
      const forFolder = await vscode.commands.executeCommand<string>('selfhelp.articles.checkLinks', {
        kind: 'group',
        children: [],
      });
      assert.strictEqual(forFolder, answer);
    });
    return;
  }
  const config = workspaceFile('.selfhelp.json');
  const article = workspaceFile(FILE);
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const uri of [config, article]) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
  });

  it("reports the active article's dead and moved links as diagnostics; the redirect's quick fix writes the new address", async () => {
    const links = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env[
      LINKS_CONFIG_VARIABLE
    ];
    assert.ok(links, 'the harness serves the test web');
    await write(config, links);
    await write(article, ARTICLE);
    const document = await vscode.workspace.openTextDocument(article);
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('selfhelp.checkLinks');
    const diagnostics = await diagnosticsWhen(article, (d) => d.some((x) => ruleOf(x) === 'SH801'));
    const moved = diagnostics.find((d) => ruleOf(d) === 'SH803');
    assert.ok(moved, diagnostics.map((d) => `${ruleOf(d)} ${d.message}`).join('\n'));
    assert.match(moved.message, /has moved for good to https:\/\/learn\.microsoft\.com\/azure\/sizes/);
    const actions = await codeActionsWhen(article, moved.range, undefined, (a) =>
      a.some((x) => x.title.startsWith('Link to')),
    );
    const fix = actions.find((a) => a.title === 'Link to https://learn.microsoft.com/azure/sizes#general-purpose');
    assert.ok(fix?.edit, actions.map((a) => a.title).join(' | '));
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.strictEqual(document.lineAt(17).text, '* [Sizes](https://learn.microsoft.com/azure/sizes#general-purpose)');
    // The edit moved the links: what was found about them goes until they are checked again.
    await diagnosticsWhen(article, (d) => !d.some((x) => ['SH801', 'SH803'].includes(ruleOf(x))));
  });

  it('checks the articles of a node of the Articles view at once', async () => {
    const node = { kind: 'group', children: [{ kind: 'article', article: { uri: article } }] };
    const found = await vscode.commands.executeCommand<Map<string, { rule: string }[]>>(
      'selfhelp.articles.checkLinks',
      node,
    );
    assert.deepStrictEqual(
      found?.get(article.toString())?.map((f) => f.rule),
      ['SH801'],
      'the dead link; the moved one was fixed above',
    );
    await diagnosticsWhen(article, (d) => d.some((x) => ruleOf(x) === 'SH801'));
  });
});
