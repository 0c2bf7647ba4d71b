// The benchmark's baseline: read every file and parse it with a bare markdown-it, as a process of its own (like the CLI).
const fs = require('fs');
const path = require('path');
const MarkdownIt = require('markdown-it');

const md = new MarkdownIt();
(function walk(folder) {
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) walk(full);
    else md.parse(fs.readFileSync(full, 'utf8'), {});
  }
})(process.argv[2]);
