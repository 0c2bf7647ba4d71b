/**
 * `selfhelp mcp` offered to VS Code's MCP support (`contributes.mcpServerDefinitionProviders`): one server per
 * workspace folder, listed without configuration. It runs the server the .vsix ships (dist/mcp.js) with the
 * editor's own Node.js, so only a host that can start a process offers it (not VS Code for the Web).
 */
import * as vscode from 'vscode';
import type { Log } from './log';

export const MCP_PROVIDER_ID = 'selfhelp.mcp';

/** The Node.js running this extension host, when there is one (the web worker host has none). */
function nodeExecutable(): string | undefined {
  const host = (globalThis as { process?: { execPath?: string; versions?: { node?: string } } }).process;
  return host?.versions?.node ? host.execPath : undefined;
}

export const NO_MCP_SERVER =
  'MCP server: this host cannot start one (no Node.js or no MCP support), so none is listed.';

/** Registers the provider; `definitions` gives what it offers VS Code now, or `why` says why there is none. */
export function registerMcpServers(
  extensionUri: vscode.Uri,
  log: Log,
): { disposables: vscode.Disposable[]; definitions: () => vscode.McpStdioServerDefinition[]; why?: string } {
  const lm = (vscode as { lm?: Partial<typeof vscode.lm> }).lm;
  const node = nodeExecutable();
  if (typeof lm?.registerMcpServerDefinitionProvider !== 'function' || !node || extensionUri.scheme !== 'file') {
    log.line(NO_MCP_SERVER);
    return { disposables: [], definitions: () => [], why: NO_MCP_SERVER };
  }
  const changed = new vscode.EventEmitter<void>();
  const server = vscode.Uri.joinPath(extensionUri, 'dist', 'mcp.js').fsPath;
  const definitions = () =>
    (vscode.workspace.workspaceFolders ?? [])
      .filter((folder) => folder.uri.scheme === 'file')
      .map(
        (folder) =>
          // ELECTRON_RUN_AS_NODE: on the desktop the editor's executable is Electron, which then runs as Node.js.
          new vscode.McpStdioServerDefinition(
            `Self-Help Articles (${folder.name})`,
            node,
            [server, folder.uri.fsPath],
            {
              ELECTRON_RUN_AS_NODE: '1',
            },
          ),
      );
  return {
    disposables: [
      changed,
      vscode.workspace.onDidChangeWorkspaceFolders(() => changed.fire()),
      lm.registerMcpServerDefinitionProvider(MCP_PROVIDER_ID, {
        onDidChangeMcpServerDefinitions: changed.event,
        provideMcpServerDefinitions: definitions,
      }),
    ],
    definitions,
  };
}
