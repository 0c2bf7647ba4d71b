/**
 * `selfhelp mcp` alone, as the extension ships it for VS Code's MCP support (dist/mcp.js): the server without the
 * rest of the command line, so the .vsix stays small. Usage: node mcp.js [FOLDER].
 */
import { runMcp } from './mcp';

runMcp(process.argv[2], process.cwd(), (text) => process.stderr.write(text)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`selfhelp mcp: ${(error as Error)?.stack ?? error}\n`);
    process.exitCode = 2;
  },
);
