import { parseCSharp, collectDeclarations, ProjectIndex, createTypeResolver, ucmaTypes } from './dist/src/index.js';
import fs from 'fs'; import path from 'path';
const root = process.argv[2];
const files = []; (function walk(d){ for (const e of fs.readdirSync(d,{withFileTypes:true})) { const p=path.join(d,e.name); if (e.isDirectory()) walk(p); else if (p.endsWith('.cs')) files.push(p);} })(root);
const parsed = files.map(f => ({ f, tree: parseCSharp(fs.readFileSync(f,'utf8').replace(/^\uFEFF/,'')) }));
const index = new ProjectIndex(parsed.map(p => collectDeclarations(p.f, p.tree)));
const counts = {};
let total=0, resolved=0;
for (const { f, tree } of parsed) {
  const r = createTypeResolver({ tree, path: f, project: index }, ucmaTypes);
  for (const m of tree.rootNode.descendantsOfType('member_access_expression')) {
    total++;
    const t = r.typeOf(m.childForFieldName('expression'));
    if (t) { resolved++; if (ucmaTypes.type(t.fullName)) { const k = t.fullName.split('.').pop()+'.'+m.childForFieldName('name').text; counts[k]=(counts[k]??0)+1; } }
  }
}
console.log(total, resolved, Object.entries(counts).sort((a,b)=>b[1]-a[1]).slice(0,25).map(([k,v])=>k+':'+v).join(' '));
