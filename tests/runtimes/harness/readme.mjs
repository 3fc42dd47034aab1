// Keeps the README's "Runtimes" snippets and the smoke-test fixtures one and the same: each snippet is a
// fenced block whose info string names its file (```js file=tests/runtimes/node/index.mjs).
//   node readme.mjs check   fails if a snippet differs from its file, or a fixture file has no snippet
//   node readme.mjs write   copies the files into their snippets
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('../../../', import.meta.url);
// The package's README (js/README.md, shipped as the package's README.md).
const readmePath = fileURLToPath(new URL('js/README.md', root));
// The user code of each runtime: what the README must show.
const documented = [
  'tests/runtimes/node/index.mjs', 'tests/runtimes/node/index.cjs',
  'tests/runtimes/workers/src/index.js', 'tests/runtimes/workers/wrangler.toml', 'tests/runtimes/workers/config.capnp',
  'tests/runtimes/vercel-edge/api/agent.js',
  'tests/runtimes/browser/index.html', 'tests/runtimes/browser/agent-worker.js', 'tests/runtimes/browser/sw.js',
  'tests/runtimes/esbuild/package.json', 'tests/runtimes/vite/main.js', 'tests/runtimes/vite/vite.config.js',
];
const block = /^```(\w+) file=(\S+)\n([\s\S]*?)^```$/gm;
const read = (path) => readFileSync(fileURLToPath(new URL(path, root)), 'utf8');

const readme = readFileSync(readmePath, 'utf8');
if (process.argv[2] === 'write') {
  writeFileSync(readmePath, readme.replace(block, (_, lang, path) => `\`\`\`${lang} file=${path}\n${read(path)}\`\`\``));
  process.exit(0);
}
const problems = [];
const shown = new Set();
for (const [, , path, code] of readme.matchAll(block)) {
  shown.add(path);
  if (code !== read(path)) problems.push(`${path}: the README's snippet differs (node ${process.argv[1]} write)`);
}
for (const path of documented) if (!shown.has(path)) problems.push(`${path}: no snippet in the README`);
// The esbuild app is the Vite app (the README shows it once).
if (read('tests/runtimes/esbuild/src/app.js') !== read('tests/runtimes/vite/main.js')) {
  problems.push('tests/runtimes/esbuild/src/app.js: differs from tests/runtimes/vite/main.js');
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`${shown.size} snippets`);
