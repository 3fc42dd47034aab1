// Reads TypeDoc's JSON of the API reference and fails when a function, class, constructor or method of
// the public API has no @example: TypeDoc's own `notDocumented` validation only asks for a comment.
//   node scripts/docs-examples.mjs docs/api/reference.json
import { readFileSync } from 'node:fs';

const KIND = { Function: 64, Class: 128, Constructor: 512, Method: 2048, Variable: 32, Parameter: 32768, TypeLiteral: 65536, TypeParameter: 131072 };
const needsExample = new Set([KIND.Function, KIND.Class, KIND.Method]);
const project = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const hasExample = (comment) => comment?.blockTags?.some((tag) => tag.tag === '@example') ?? false;

const missing = [];
let checked = 0;
let documented = 0;
function walk(node, path) {
  for (const child of node.children ?? []) {
    const name = [...path, child.name].join('.');
    if (!(child.kind & (KIND.Parameter | KIND.TypeLiteral | KIND.TypeParameter))) documented++;
    if (needsExample.has(child.kind)) {
      checked++;
      const comments = [child.comment, ...(child.signatures ?? []).map((s) => s.comment)];
      if (!comments.some(hasExample)) missing.push(name);
    }
    walk(child, [...path, child.name]);
  }
}
walk(project, []);
if (missing.length) {
  console.error(`${missing.length} of ${checked} public functions, classes and methods have no @example:\n  ${missing.join('\n  ')}`);
  process.exit(1);
}
console.log(`[docs] ${documented} public items, each documented (TypeDoc's notDocumented); ${checked} functions, classes and methods, each with an @example`);
