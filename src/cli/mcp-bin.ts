/**
 * `selfhelp mcp` alone, as the extension ships it for VS Code's MCP support (dist/mcp.js): the server without the
 * rest of the command line, so the .vsix stays small. Usage: node mcp.js [FOLDER].
 */
import { serve } from './mcp-run';

serve(process.argv[2]);
