// The ucma-codemod worker thread's entry in one CommonJS file, made by scripts/compile.mjs from src/ and transforms/.
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// bundle:built-module-url
var import_node_path, import_node_url, __builtModuleUrl;
var init_built_module_url = __esm({
  "bundle:built-module-url"() {
    import_node_path = require("node:path");
    import_node_url = require("node:url");
    __builtModuleUrl = (path) => (0, import_node_url.pathToFileURL)((0, import_node_path.join)(__dirname, path)).href;
  }
});

// lazy-builtin:node:worker_threads
var require_node_worker_threads = __commonJS({
  "lazy-builtin:node:worker_threads"(exports2, module2) {
    init_built_module_url();
    var loaded;
    module2.exports = Object.create(new Proxy({}, { get: (_, name) => (loaded ??= require("node:worker_threads"))[name] }));
  }
});

// lazy-builtin:node:child_process
var require_node_child_process = __commonJS({
  "lazy-builtin:node:child_process"(exports2, module2) {
    init_built_module_url();
    var loaded;
    module2.exports = Object.create(new Proxy({}, { get: (_, name) => (loaded ??= require("node:child_process"))[name] }));
  }
});

// lazy-builtin:node:v8
var require_node_v8 = __commonJS({
  "lazy-builtin:node:v8"(exports2, module2) {
    init_built_module_url();
    var loaded;
    module2.exports = Object.create(new Proxy({}, { get: (_, name) => (loaded ??= require("node:v8"))[name] }));
  }
});

// src/cli/file-worker-bundle.ts
init_built_module_url();
var import_node_worker_threads = __toESM(require_node_worker_threads(), 1);

// src/engine/transform-origin.ts
init_built_module_url();
var origins = /* @__PURE__ */ new WeakMap();
function rememberTransformModule(transform, moduleUrl, userCode = false) {
  origins.set(transform, { moduleUrl, userCode });
}
function transformModuleUrl(transform) {
  return origins.get(transform)?.moduleUrl;
}
function isUserCode(transform) {
  return origins.get(transform)?.userCode ?? false;
}

// src/run/file-worker.ts
init_built_module_url();

// src/engine/project-index.ts
init_built_module_url();

// src/engine/languages/csharp/declaration-skeleton.ts
init_built_module_url();
var STRUCTURE_KEYWORD = /(?:^|[^\w@])(?:class|struct|interface|enum|record|namespace)(?![\w])/;
var INTERESTING = /[{};/"'@$#]/g;
var UNSCANNABLE = /^[ \t]*#[ \t]*(?:if|elif|else|endif)\b|"""/m;
function declarationSkeleton(text) {
  if (UNSCANNABLE.test(text)) return void 0;
  const scanner = new Scanner(text);
  const parts = [];
  let kept = 0;
  let depth = 0;
  let headerStart = 0;
  while (scanner.at < text.length) {
    const token = scanner.next();
    if (token === void 0) return void 0;
    const start = scanner.at - 1;
    if (token === ";" || token === "}") {
      if (token === "}" && --depth < 0) return void 0;
      headerStart = scanner.at;
    } else if (token === "{") {
      if (!STRUCTURE_KEYWORD.test(text.slice(headerStart, start))) {
        const close = scanner.matchingClose();
        if (close === void 0) return void 0;
        parts.push(text.slice(kept, start + 1));
        kept = close;
      } else {
        depth++;
      }
      headerStart = scanner.at;
    }
  }
  if (depth !== 0) return void 0;
  parts.push(text.slice(kept));
  return parts.join("");
}
var Scanner = class {
  constructor(text) {
    this.text = text;
  }
  text;
  at = 0;
  next() {
    const { text } = this;
    INTERESTING.lastIndex = this.at;
    const found = INTERESTING.exec(text);
    if (found === null) {
      this.at = text.length;
      return "skip";
    }
    this.at = found.index;
    const c = text[this.at];
    const d = text[this.at + 1];
    if (c === "/" && d === "/") {
      const end = text.indexOf("\n", this.at);
      this.at = end === -1 ? text.length : end;
      return "skip";
    }
    if (c === "/" && d === "*") {
      const end = text.indexOf("*/", this.at + 2);
      if (end === -1) return void 0;
      this.at = end + 2;
      return "skip";
    }
    if (c === "#" && this.atLineStart()) {
      const end = text.indexOf("\n", this.at);
      this.at = end === -1 ? text.length : end;
      return "skip";
    }
    if (c === '"' || c === "'" || (c === "@" || c === "$") && (d === '"' || d === "@" || d === "$")) {
      return this.literal() ? "skip" : void 0;
    }
    this.at++;
    return c === "{" || c === "}" || c === ";" ? c : "skip";
  }
  atLineStart() {
    for (let i = this.at - 1; i >= 0; i--) {
      const c = this.text[i];
      if (c === "\n") return true;
      if (c !== " " && c !== "	") return false;
    }
    return true;
  }
  /** From a `{` just read, the offset of its matching `}`, leaving the scanner after it. */
  matchingClose() {
    let depth = 1;
    while (this.at < this.text.length) {
      const token = this.next();
      if (token === void 0) return void 0;
      if (token === "{") depth++;
      else if (token === "}" && --depth === 0) return this.at - 1;
    }
    return void 0;
  }
  /** Skips one string or character literal starting here; false when it does not end. */
  literal() {
    const { text } = this;
    let verbatim = false;
    let interpolated = false;
    while (text[this.at] === "@" || text[this.at] === "$") {
      if (text[this.at] === "@") verbatim = true;
      else interpolated = true;
      this.at++;
    }
    const quote3 = text[this.at];
    if (quote3 === "'") return this.characterLiteral();
    if (quote3 !== '"') return false;
    this.at++;
    while (this.at < text.length) {
      const c = text[this.at];
      if (!verbatim && c === "\\") {
        this.at += 2;
      } else if (c === '"') {
        if (verbatim && text[this.at + 1] === '"') {
          this.at += 2;
          continue;
        }
        this.at++;
        return true;
      } else if (!verbatim && c === "\n") {
        return false;
      } else if (interpolated && c === "{") {
        if (text[this.at + 1] === "{") {
          this.at += 2;
          continue;
        }
        this.at++;
        if (this.matchingClose() === void 0) return false;
      } else {
        this.at++;
      }
    }
    return false;
  }
  characterLiteral() {
    const end = this.text.indexOf("'", this.at + (this.text[this.at + 1] === "\\" ? 3 : 2));
    if (end === -1 || end - this.at > 11) return false;
    this.at = end + 1;
    return true;
  }
};

// src/engine/lexical-facts.ts
init_built_module_url();
function plusAssignedNames(text) {
  const names = /* @__PURE__ */ new Set();
  const length = text.length;
  let at = 0;
  let lineStart = true;
  while (at < length) {
    const c = text[at];
    const d = text[at + 1];
    if (c === "\n") {
      lineStart = true;
      at++;
      continue;
    }
    if (c === " " || c === "	" || c === "\r") {
      at++;
      continue;
    }
    if (c === "#" && lineStart) {
      at = lineEnd(text, at);
      continue;
    }
    lineStart = false;
    if (c === "/" && d === "/") {
      at = lineEnd(text, at);
    } else if (c === "/" && d === "*") {
      const end = text.indexOf("*/", at + 2);
      at = end === -1 ? length : end + 2;
    } else if (c === '"' || (c === "@" || c === "$") && (d === '"' || d === "@" || d === "$")) {
      at = skipString(text, at);
    } else if (c === "'") {
      at = skipCharacter(text, at);
    } else if (c === "+" && d === "=") {
      const name = identifierBefore(text, at);
      if (name) names.add(name);
      at += 2;
    } else {
      at++;
    }
  }
  return [...names].sort();
}
function lineEnd(text, at) {
  const end = text.indexOf("\n", at);
  return end === -1 ? text.length : end;
}
function identifierBefore(text, at) {
  let end = at;
  while (end > 0 && (text[end - 1] === " " || text[end - 1] === "	")) end--;
  let start = end;
  while (start > 0 && /[\w@]/.test(text[start - 1])) start--;
  const name = text.slice(start, end).replace(/^@/, "");
  return /^[A-Za-z_]\w*$/.test(name) ? name : void 0;
}
function skipString(text, at) {
  let verbatim = false;
  let interpolated = false;
  while (text[at] === "@" || text[at] === "$") {
    if (text[at] === "@") verbatim = true;
    else interpolated = true;
    at++;
  }
  if (text.startsWith('"""', at)) {
    let quotes = 0;
    while (text[at + quotes] === '"') quotes++;
    const end = text.indexOf('"'.repeat(quotes), at + quotes);
    return end === -1 ? text.length : end + quotes;
  }
  at++;
  let holes = 0;
  while (at < text.length) {
    const c = text[at];
    if (holes > 0) {
      if (c === '"' || c === "'") at = c === '"' ? skipString(text, at) : skipCharacter(text, at);
      else {
        if (c === "{") holes++;
        else if (c === "}") holes--;
        at++;
      }
      continue;
    }
    if (!verbatim && c === "\\") at += 2;
    else if (c === '"') {
      if (verbatim && text[at + 1] === '"') at += 2;
      else return at + 1;
    } else if (!verbatim && c === "\n") return at;
    else if (interpolated && c === "{") {
      if (text[at + 1] === "{") at += 2;
      else {
        holes = 1;
        at++;
      }
    } else at++;
  }
  return at;
}
function skipCharacter(text, at) {
  const end = text.indexOf("'", at + (text[at + 1] === "\\" ? 3 : 2));
  return end === -1 || end - at > 11 ? at + 1 : end + 1;
}

// src/engine/languages/csharp/parse.ts
init_built_module_url();

// src/engine/languages/tree-sitter-core.ts
init_built_module_url();
var import_node_module = require("node:module");
var __moduleUrl = __builtModuleUrl("src/engine/languages/tree-sitter-core.js");
var require2 = (0, import_node_module.createRequire)(__moduleUrl);
var treeSitterModule;
function treeSitter() {
  treeSitterModule ??= require2("tree-sitter");
  return treeSitterModule;
}
function grammarParser(grammar3) {
  let parser;
  return (text, editedTree) => {
    if (!parser) {
      const TreeSitterParser = treeSitter();
      parser = new TreeSitterParser();
      parser.setLanguage(grammar3());
    }
    return parser.parse(text, editedTree ?? null, { bufferSize: bufferSizeFor(text) });
  };
}
function bufferSizeFor(text) {
  return Math.max(32 * 1024, Math.min(text.length + 1, 4 * 1024 * 1024));
}
function findSyntaxErrors(node, ignore) {
  const sites = [];
  const visit = (current) => {
    if ((current.isMissing || current.type === "ERROR") && ignore?.(current)) return;
    if (current.isMissing) {
      sites.push({ kind: "missing", start: current.startIndex, end: current.endIndex, detail: current.type });
      return;
    }
    if (current.type === "ERROR") {
      sites.push({ kind: "unexpected", start: current.startIndex, end: current.endIndex, detail: firstLine(current.text) });
      return;
    }
    for (const child of current.children) {
      if (child.hasError) visit(child);
    }
  };
  if (node.hasError) visit(node);
  return sites;
}
function describeSyntaxError(site) {
  if (site.kind === "missing") return `missing ${JSON.stringify(site.detail)}`;
  const snippet = site.detail.length > 40 ? `${site.detail.slice(0, 40)}...` : site.detail;
  return snippet.trim() === "" ? "unexpected end of code" : `unexpected ${JSON.stringify(snippet)}`;
}
function firstLine(text) {
  const end = text.search(/[\r\n]/);
  return end === -1 ? text : text.slice(0, end);
}
function splitsCharacterPair(text, offset) {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 55296 && before <= 56319 && after >= 56320 && after <= 57343 || before === 13 && after === 10;
}

// src/engine/languages/csharp/grammar.ts
init_built_module_url();
var import_node_module2 = require("node:module");
var import_node_path2 = require("node:path");
var __moduleUrl2 = __builtModuleUrl("src/engine/languages/csharp/grammar.js");
var require3 = (0, import_node_module2.createRequire)(__moduleUrl2);
var grammar;
function csharpGrammar() {
  if (grammar) return grammar;
  const root = (0, import_node_path2.dirname)(require3.resolve("tree-sitter-c-sharp/package.json"));
  const nodeGypBuild = (0, import_node_module2.createRequire)((0, import_node_path2.join)(root, "package.json"))("node-gyp-build");
  const binding = nodeGypBuild(root);
  try {
    binding.nodeTypeInfo ??= require3((0, import_node_path2.join)(root, "src", "node-types.json"));
  } catch {
  }
  grammar = binding;
  return grammar;
}

// src/engine/languages/csharp/parse.ts
var parse = grammarParser(csharpGrammar);
function parseCSharp(text) {
  return parse(text);
}
function reparseCSharp(text, editedTree) {
  return parse(text, editedTree);
}
var COMMENT_AND_STRING_TYPES = /* @__PURE__ */ new Set([
  "comment",
  "string_literal",
  "verbatim_string_literal",
  "raw_string_literal",
  "interpolated_string_expression",
  "character_literal"
]);

// src/engine/type-names.ts
init_built_module_url();

// src/engine/languages/tree-memo.ts
init_built_module_url();
function memoPerNode(read) {
  const byTree = /* @__PURE__ */ new WeakMap();
  return (node) => {
    let byNode = byTree.get(node.tree);
    if (!byNode) byTree.set(node.tree, byNode = /* @__PURE__ */ new Map());
    let value2 = byNode.get(node.id);
    if (value2 === void 0) byNode.set(node.id, value2 = read(node));
    return value2;
  };
}
function memoPerTree(read) {
  const byTree = /* @__PURE__ */ new WeakMap();
  return (tree) => {
    let value2 = byTree.get(tree);
    if (value2 === void 0) byTree.set(tree, value2 = read(tree));
    return value2;
  };
}

// src/engine/type-names.ts
function typeNameOf(node) {
  switch (node.type) {
    case "identifier":
      return { kind: "named", parts: [{ name: node.text, args: [] }] };
    case "generic_name": {
      const name = node.namedChildren.find((c) => c.type === "identifier");
      const list = node.namedChildren.find((c) => c.type === "type_argument_list");
      if (!name) return void 0;
      const args = (list?.namedChildren ?? []).filter((c) => c.type !== "comment").map((c) => typeNameOf(c) ?? other(c));
      return { kind: "named", parts: [{ name: name.text, args }] };
    }
    case "qualified_name": {
      const qualifier = node.childForFieldName("qualifier");
      const name = node.childForFieldName("name");
      if (!qualifier || !name) return void 0;
      const left = typeNameOf(qualifier);
      const right = typeNameOf(name);
      if (left?.kind !== "named" || right?.kind !== "named") return void 0;
      return { ...left, parts: [...left.parts, ...right.parts] };
    }
    case "alias_qualified_name": {
      const alias = node.childForFieldName("alias");
      const name = node.childForFieldName("name");
      if (!alias || !name) return void 0;
      const right = typeNameOf(name);
      if (right?.kind !== "named") return void 0;
      return { kind: "named", alias: alias.text, parts: right.parts };
    }
    case "nullable_type": {
      const inner = node.childForFieldName("type") ?? node.namedChildren[0];
      return inner ? typeNameOf(inner) : void 0;
    }
    case "array_type": {
      const element = node.childForFieldName("type");
      const rank = node.childForFieldName("rank");
      const elementName2 = element ? typeNameOf(element) : void 0;
      if (!elementName2) return other(node);
      return { kind: "array", element: elementName2, rank: rank ? rank.text.split(",").length : 1 };
    }
    case "predefined_type":
    case "tuple_type":
    case "pointer_type":
    case "function_pointer_type":
    case "ref_type":
      return other(node);
    default:
      return void 0;
  }
}
function other(node) {
  return { kind: "other", text: node.text };
}
function dottedName(name) {
  if (name.kind === "other") return name.text;
  if (name.kind === "array") return `${dottedName(name.element)}[${",".repeat(name.rank - 1)}]`;
  const body = name.parts.map((p) => p.name).join(".");
  return name.alias ? `${name.alias}::${body}` : body;
}
function parseDottedName(text) {
  return { kind: "named", parts: text.split(".").map((name) => ({ name, args: [] })) };
}
var NAMESPACE_TYPES = /* @__PURE__ */ new Set(["namespace_declaration", "file_scoped_namespace_declaration"]);
var TYPE_DECLARATIONS = /* @__PURE__ */ new Set([
  "class_declaration",
  "struct_declaration",
  "interface_declaration",
  "record_declaration",
  "record_struct_declaration",
  "enum_declaration"
]);
var METHOD_LIKE = /* @__PURE__ */ new Set(["method_declaration", "local_function_statement", "delegate_declaration"]);
function isTypeDeclaration(node) {
  return TYPE_DECLARATIONS.has(node.type);
}
function nameScopeAt(node) {
  let owner = node;
  while (owner && !isTypeDeclaration(owner) && !METHOD_LIKE.has(owner.type) && !NAMESPACE_TYPES.has(owner.type)) owner = owner.parent;
  return owner ? ownerNameScope(owner) : readNameScope(node);
}
var ownerNameScope = memoPerNode(readNameScope);
function readNameScope(node) {
  const namespaceDeclarations = [];
  const typeChain = [];
  const typeParameters = [];
  const constraints = {};
  let global = { namespace: "", usings: [], aliases: /* @__PURE__ */ new Map() };
  for (let current = node; current; current = current.parent) {
    if (isTypeDeclaration(current) || METHOD_LIKE.has(current.type)) {
      for (const list of current.namedChildren.filter((c) => c.type === "type_parameter_list")) {
        for (const parameter of list.namedChildren) {
          const name = parameter.childForFieldName("name") ?? parameter.namedChildren.find((c) => c.type === "identifier");
          if (name) typeParameters.push(name.text);
        }
      }
      readConstraints(current, constraints);
    }
    if (isTypeDeclaration(current)) {
      const name = current.childForFieldName("name")?.text;
      if (name) typeChain.push(name);
    }
    if (current.type === "compilation_unit") {
      const unit = compilationUnitScope(current);
      const fileScoped = unit.fileScoped;
      if (fileScoped && node.startIndex >= fileScoped.end && namespaceDeclarations.length === 0) {
        namespaceDeclarations.push({ parts: fileScoped.parts, ...fileScoped.inside });
        global = { namespace: "", ...fileScoped.before };
      } else {
        global = { namespace: "", ...unit.all };
      }
    } else if (NAMESPACE_TYPES.has(current.type)) {
      namespaceDeclarations.push(namespaceScope(current));
    }
  }
  const levels = [];
  let outer = [];
  const outsideIn = [];
  for (const declaration of [...namespaceDeclarations].reverse()) {
    const own2 = [];
    for (let length = 1; length <= declaration.parts.length; length++) {
      const name = [...outer, ...declaration.parts.slice(0, length)].join(".");
      const last = length === declaration.parts.length;
      own2.push({
        namespace: name,
        usings: last ? declaration.usings : [],
        aliases: last ? declaration.aliases : /* @__PURE__ */ new Map(),
        staticUsings: last ? declaration.staticUsings : []
      });
    }
    outsideIn.push(own2);
    outer = [...outer, ...declaration.parts];
  }
  for (const own2 of outsideIn.reverse()) levels.push(...own2.reverse());
  levels.push(global);
  const namespace = outer.join(".");
  const enclosingTypes = [];
  for (let index = 0; index < typeChain.length; index++) {
    const outerFirst = typeChain.slice(index).reverse();
    enclosingTypes.push([namespace, ...outerFirst].filter((s) => s !== "").join("."));
  }
  return { levels, enclosingTypes, typeParameters, ...Object.keys(constraints).length > 0 ? { constraints } : {} };
}
function readConstraints(declaration, into) {
  for (const clause of declaration.namedChildren) {
    if (clause.type !== "type_parameter_constraints_clause") continue;
    const parameter = clause.namedChildren.find((c) => c.type === "identifier")?.text;
    if (parameter === void 0 || parameter in into) continue;
    const types = clause.namedChildren.filter((c) => c.type === "type_parameter_constraint").map((c) => c.childForFieldName("type")).filter((t) => t !== null);
    const name = types.length === 1 ? typeNameOf(types[0]) : void 0;
    if (name?.kind === "named") into[parameter] = name;
  }
}
var compilationUnitScope = memoPerNode((unit) => {
  const fileScoped = unit.namedChildren.find((c) => c.type === "file_scoped_namespace_declaration");
  if (!fileScoped) return { all: readUsings(unit) };
  const written = fileScoped.childForFieldName("name");
  const name = written ? typeNameOf(written) : void 0;
  return {
    all: readUsings(unit),
    fileScoped: {
      end: fileScoped.endIndex,
      parts: name?.kind === "named" ? name.parts.map((p) => p.name) : [],
      before: readUsings(unit, (c) => c.endIndex <= fileScoped.startIndex),
      inside: readUsings(unit, (c) => c.startIndex >= fileScoped.endIndex)
    }
  };
});
var namespaceScope = memoPerNode((declaration) => {
  const container = declaration.type === "namespace_declaration" ? declaration.childForFieldName("body") : declaration;
  const nameNode = declaration.childForFieldName("name");
  const written = nameNode ? typeNameOf(nameNode) : void 0;
  const parts = written?.kind === "named" ? written.parts.map((p) => p.name) : [];
  return { parts, ...container ? readUsings(container) : { usings: [], aliases: /* @__PURE__ */ new Map(), staticUsings: [] } };
});
function readUsings(container, include = () => true) {
  const usings = [];
  const aliases = /* @__PURE__ */ new Map();
  const staticUsings = [];
  for (const child of container.namedChildren) {
    if (child.type !== "using_directive" || !include(child)) continue;
    const target = child.namedChildren.filter((c) => c.type !== "comment" && !isAliasNameNode(child, c)).at(-1);
    const targetName = target ? typeNameOf(target) : void 0;
    if (child.children.some((token) => token.type === "static")) {
      if (targetName?.kind === "named") staticUsings.push(targetName);
      continue;
    }
    const alias = child.childForFieldName("name");
    if (alias) {
      if (targetName) aliases.set(alias.text, targetName);
    } else if (targetName?.kind === "named") {
      usings.push(dottedName({ kind: "named", parts: targetName.parts }));
    }
  }
  return { usings: [...new Set(usings)], aliases, staticUsings };
}
function isGlobalUsing(directive) {
  return directive.type === "using_directive" && directive.children.some((token) => token.type === "global");
}
function isAliasNameNode(directive, node) {
  const alias = directive.childForFieldName("name");
  return alias !== null && alias.id === node.id;
}

// src/engine/project-index.ts
var INDEXER_NAME = "this[]";
var ProjectIndex = class {
  /**
   * Merges the declarations of the files (partial types become one). `files` is kept as given:
   * it is plain data, so a worker thread can build the same index from it, and so are
   * `projectFiles`: the texts of the project's own *.csproj, App.config and *.exe.config (in the
   * project's folder), for facts such as its output type or its appSettings.
   */
  constructor(files, root = "", projectFiles = []) {
    this.files = files;
    this.root = root;
    this.projectFiles = projectFiles;
    const usings = /* @__PURE__ */ new Set();
    const aliases = [];
    const staticUsings = [];
    const parts = /* @__PURE__ */ new Map();
    for (const file of files) {
      this.filePaths.add(file.path);
      for (const name of file.plusAssigned ?? []) this.plusAssignedNames.add(name);
      for (const namespace of file.namespaces) this.namespaceNames.add(namespace);
      for (const type of file.types) {
        const known = parts.get(type.fullName);
        if (known) known.push(type);
        else parts.set(type.fullName, [type]);
        for (const list of type.members.values()) {
          for (const member of list) {
            if (!member.isExtension) continue;
            const found = this.extensions.get(member.name);
            if (found) found.push({ owner: type, member });
            else this.extensions.set(member.name, [{ owner: type, member }]);
          }
        }
      }
      for (const using of file.globalUsings?.usings ?? []) usings.add(using);
      aliases.push(...file.globalUsings?.aliases ?? []);
      staticUsings.push(...file.globalUsings?.staticUsings ?? []);
    }
    for (const [fullName, declared] of parts) this.typesByName.set(fullName, declared.length === 1 ? declared[0] : mergeTypes(declared));
    this.globalUsings = { usings: [...usings], aliases, staticUsings };
  }
  files;
  root;
  projectFiles;
  typesByName = /* @__PURE__ */ new Map();
  namespaceNames = /* @__PURE__ */ new Set();
  filePaths = /* @__PURE__ */ new Set();
  extensions = /* @__PURE__ */ new Map();
  /** The `global using` directives of all the project's files together. */
  globalUsings;
  plusAssignedNames = /* @__PURE__ */ new Set();
  /** The extension methods named `name` that the project declares, with the static classes that hold them. */
  extensionMethods(name) {
    return this.extensions.get(name) ?? [];
  }
  /** The project type with this full name (`Ns.Outer.Inner`), or undefined. */
  type(fullName) {
    return this.typesByName.get(fullName);
  }
  /** True when some file of the project declares this namespace (or a namespace inside it). */
  hasNamespace(name) {
    return this.namespaceNames.has(name);
  }
  /** True when the file was indexed. */
  hasFile(path) {
    return this.filePaths.has(path);
  }
  /**
   * True when some file of the project writes `<name> +=` in its code (`ProvisioningFailed +=`
   * subscribes to the event). Only files read with their facts count (see readDeclarations).
   */
  hasPlusAssigned(name) {
    return this.plusAssignedNames.has(name);
  }
  /** Every declared type, for tools and tests. */
  get types() {
    return [...this.typesByName.values()];
  }
};
function mergeTypes(declared) {
  const members = /* @__PURE__ */ new Map();
  for (const part of declared) {
    for (const [name, list] of part.members) {
      const known = members.get(name);
      if (known) known.push(...list);
      else members.set(name, [...list]);
    }
  }
  return {
    ...declared[0],
    bases: declared.flatMap((part) => part.bases),
    members,
    paths: declared.flatMap((part) => part.paths)
  };
}
var KIND_OF = {
  class_declaration: "class",
  struct_declaration: "struct",
  interface_declaration: "interface",
  record_declaration: "record",
  record_struct_declaration: "record",
  enum_declaration: "enum"
};
function readDeclarations(path, text) {
  const plusAssigned = plusAssignedNames(text);
  const skeleton = declarationSkeleton(text);
  if (skeleton !== void 0) {
    const tree = parseCSharp(skeleton);
    if (!tree.rootNode.hasError) return { ...collectTypes(path, tree), plusAssigned };
  }
  return { ...collectTypes(path, parseCSharp(text)), plusAssigned };
}
function collectDeclarations(path, tree) {
  return { ...collectTypes(path, tree), plusAssigned: plusAssignedNames(tree.rootNode.text) };
}
function collectTypes(path, tree) {
  const types = [];
  const namespaces = /* @__PURE__ */ new Set();
  const visit = (node) => {
    if (isTypeDeclaration(node)) types.push(readType(path, node));
    if (node.type === "delegate_declaration") {
      const delegate2 = readDelegate(path, node);
      if (delegate2) types.push(delegate2);
    }
    if (node.type === "namespace_declaration") {
      const levels = nameScopeAt(node.childForFieldName("name") ?? node).levels;
      for (const level of levels) if (level.namespace !== "") namespaces.add(level.namespace);
    }
    if (node.type === "file_scoped_namespace_declaration") {
      const written = node.childForFieldName("name");
      const name = written ? typeNameOf(written) : void 0;
      const parts = name?.kind === "named" ? name.parts.map((p) => p.name) : [];
      for (let length = 1; length <= parts.length; length++) namespaces.add(parts.slice(0, length).join("."));
    }
    for (const child of node.namedChildren) {
      if (DESCEND.has(child.type) || isTypeDeclaration(child) || child.type === "delegate_declaration") visit(child);
    }
  };
  visit(tree.rootNode);
  const global = readUsings(tree.rootNode, isGlobalUsing);
  const hasGlobal = global.usings.length > 0 || global.aliases.size > 0 || global.staticUsings.length > 0;
  return {
    path,
    types,
    namespaces: [...namespaces],
    ...hasGlobal ? { globalUsings: { usings: global.usings, aliases: [...global.aliases], staticUsings: global.staticUsings } } : {}
  };
}
function readDelegate(path, node) {
  const name = node.childForFieldName("name")?.text;
  if (!name) return void 0;
  const outer = nameScopeAt(node);
  const owner = outer.enclosingTypes[0];
  const namespace = outer.levels[0]?.namespace ?? "";
  const full = owner !== void 0 ? `${owner}.${name}` : namespace === "" ? name : `${namespace}.${name}`;
  const returns = node.childForFieldName("type");
  const scope = nameScopeAt(node.childForFieldName("parameters") ?? node);
  const invoke = {
    name: "Invoke",
    kind: "method",
    scope,
    path,
    parameters: readParameters(node.childForFieldName("parameters")),
    ...returns ? { type: typeNameOf(returns) ?? { kind: "other", text: returns.text } } : {}
  };
  return {
    fullName: full,
    name,
    kind: "delegate",
    typeParameters: ownTypeParameters(node),
    bases: [],
    members: /* @__PURE__ */ new Map([["Invoke", [invoke]]]),
    paths: [path]
  };
}
function readParameters(list) {
  const parameters = [];
  const children = list?.children ?? [];
  for (let index = 0; index < children.length; index++) {
    const parameter = children[index];
    if (parameter.type === "params") {
      const typeNode2 = children.slice(index + 1).find((c) => c.isNamed && c.type !== "identifier");
      const nameNode2 = children.slice(index + 1).find((c) => c.type === "identifier");
      const type2 = typeNode2 ? typeNameOf(typeNode2) : void 0;
      parameters.push({ name: nameNode2?.text ?? "", modifier: "params", ...type2 ? { type: type2 } : {} });
      break;
    }
    if (parameter.type !== "parameter") continue;
    const nameNode = parameter.childForFieldName("name");
    const typeNode = parameter.childForFieldName("type");
    const type = typeNode ? typeNameOf(typeNode) : void 0;
    const modifierText = parameter.namedChildren.find((c) => c.type === "modifier" || c.type === "parameter_modifier")?.text;
    const modifier = MODIFIERS.has(modifierText ?? "") ? modifierText : void 0;
    const optional = parameter.namedChildren.some(
      (c) => c.id !== nameNode?.id && c.id !== typeNode?.id && !["modifier", "parameter_modifier", "attribute_list"].includes(c.type)
    );
    parameters.push({
      name: nameNode?.text ?? "",
      ...type ? { type } : typeNode ? { type: { kind: "other", text: typeNode.text } } : {},
      ...modifier ? { modifier } : {},
      ...optional ? { optional } : {}
    });
  }
  return parameters;
}
var MODIFIERS = /* @__PURE__ */ new Set(["out", "ref", "in", "this"]);
function ownTypeParameters(node) {
  const list = node.namedChildren.find((c) => c.type === "type_parameter_list");
  return (list?.namedChildren ?? []).filter((c) => c.type === "type_parameter").map((c) => (c.childForFieldName("name") ?? c.namedChildren.find((n) => n.type === "identifier"))?.text ?? "");
}
function hasModifier(node, word) {
  return node.namedChildren.some((c) => c.type === "modifier" && c.text === word);
}
var DESCEND = /* @__PURE__ */ new Set(["compilation_unit", "namespace_declaration", "file_scoped_namespace_declaration", "declaration_list", "ERROR"]);
function readType(path, node) {
  const body = node.childForFieldName("body");
  const inside = body ?? node;
  const scope = nameScopeAt(inside);
  const fullName = scope.enclosingTypes[0] ?? node.childForFieldName("name")?.text ?? "";
  const members = /* @__PURE__ */ new Map();
  const add = (name, kind, type, at, extra = {}) => {
    if (!name) return;
    const own2 = at.type === "method_declaration" && at.namedChildren.some((c) => c.type === "type_parameter_list");
    const member = { name, kind, scope: own2 ? nameScopeAt(at) : scope, path, ...type ? { type } : {}, ...extra };
    members.set(name, [...members.get(name) ?? [], member]);
  };
  for (const child of body?.namedChildren ?? []) {
    const typeNode = child.childForFieldName("type");
    switch (child.type) {
      case "field_declaration":
      case "event_field_declaration": {
        const declaration = child.namedChildren.find((c) => c.type === "variable_declaration");
        const declared = declaration?.childForFieldName("type");
        for (const declarator of declaration?.namedChildren.filter((c) => c.type === "variable_declarator") ?? []) {
          add(
            declarator.childForFieldName("name")?.text,
            child.type === "field_declaration" ? "field" : "event",
            declared ? typeNameOf(declared) : void 0,
            declarator
          );
        }
        break;
      }
      case "property_declaration":
        add(child.childForFieldName("name")?.text, "property", typeNode ? typeNameOf(typeNode) : void 0, child, {
          ...hasModifier(child, "static") ? { isStatic: true } : {}
        });
        break;
      case "indexer_declaration":
        add(INDEXER_NAME, "indexer", typeNode ? typeNameOf(typeNode) : void 0, child, {
          parameters: readParameters(child.childForFieldName("parameters"))
        });
        break;
      case "event_declaration":
        add(child.childForFieldName("name")?.text, "event", typeNode ? typeNameOf(typeNode) : void 0, child);
        break;
      case "method_declaration": {
        const returns = child.childForFieldName("returns") ?? child.childForFieldName("type");
        const parameters = readParameters(child.childForFieldName("parameters"));
        const isStatic = hasModifier(child, "static");
        const typeParameters = ownTypeParameters(child);
        add(child.childForFieldName("name")?.text, "method", returns ? typeNameOf(returns) : void 0, child, {
          parameters,
          ...typeParameters.length > 0 ? { typeParameters } : {},
          ...isStatic ? { isStatic } : {},
          ...isStatic && parameters[0]?.modifier === "this" ? { isExtension: true } : {}
        });
        break;
      }
      case "constructor_declaration":
        add(child.childForFieldName("name")?.text, "constructor", void 0, child, {
          parameters: readParameters(child.childForFieldName("parameters"))
        });
        break;
      case "enum_member_declaration":
        add(child.childForFieldName("name")?.text, "enum-member", void 0, child);
        break;
      default:
        break;
    }
  }
  const bases = [];
  const baseList = node.namedChildren.find((c) => c.type === "base_list");
  for (const base of baseList?.namedChildren ?? []) {
    const typeNode = base.type === "primary_constructor_base_type" ? base.namedChildren[0] : base;
    const type = typeNode ? typeNameOf(typeNode) : void 0;
    if (type) bases.push({ type, scope: nameScopeAt(node) });
  }
  return {
    fullName,
    name: node.childForFieldName("name")?.text ?? "",
    kind: KIND_OF[node.type] ?? "class",
    ...hasModifier(node, "static") ? { isStatic: true } : {},
    typeParameters: scope.typeParameters.slice(0, countOwnTypeParameters(node)),
    bases,
    members,
    paths: [path]
  };
}
function countOwnTypeParameters(node) {
  const list = node.namedChildren.find((c) => c.type === "type_parameter_list");
  return list ? list.namedChildren.filter((c) => c.type === "type_parameter").length : 0;
}

// src/run/project-context.ts
init_built_module_url();

// src/engine/languages/index.ts
init_built_module_url();

// src/engine/languages/csharp/index.ts
init_built_module_url();

// src/engine/languages/csharp/lexical-guard.ts
init_built_module_url();
function lexicalProblem(text, tree, edit) {
  for (const offset of edit.start === edit.end ? [edit.start] : [edit.start, edit.end]) {
    if (splitsCharacterPair(text, offset))
      return `the edit boundary at offset ${offset} splits a character pair (a surrogate pair or CRLF)`;
  }
  const atStart = tokenAround(tree.rootNode, edit.start);
  const atEnd = edit.end === edit.start ? atStart : tokenAround(tree.rootNode, edit.end);
  if (atStart && atEnd && atStart.id === atEnd.id) return problemInsideToken(atStart, edit);
  if (atStart || atEnd) return "the edit cuts through a comment or string literal";
  const before = lineCommentEndingAt(tree.rootNode, edit.start);
  if (before && !/^[\r\n]/.test(edit.text) && edit.text !== "") return "the inserted text would continue the // comment before it";
  const lineEnd2 = text.slice(edit.end).search(/[\r\n]/);
  return problemInCode(edit.text, lineEnd2 === -1 ? text.slice(edit.end) : text.slice(edit.end, edit.end + lineEnd2));
}
function tokenAround(root, offset) {
  for (let node = root.descendantForIndex(offset, offset); node; node = node.parent) {
    if (COMMENT_AND_STRING_TYPES.has(node.type) && node.startIndex < offset && offset < node.endIndex) return node;
  }
  return void 0;
}
function lineCommentEndingAt(root, offset) {
  if (offset === 0) return void 0;
  const node = root.descendantForIndex(offset - 1, offset - 1);
  return node.type === "comment" && node.endIndex === offset && node.text.startsWith("//") ? node : void 0;
}
function problemInsideToken(token, edit) {
  const inserted = edit.text;
  const kind = token.type === "comment" ? token.text.startsWith("//") ? "line-comment" : "block-comment" : token.type;
  switch (kind) {
    case "line-comment":
      return /[\r\n]/.test(inserted) ? "the edit inserts a line break inside a // comment" : void 0;
    case "block-comment":
      return inserted.includes("*/") ? 'the edit inserts "*/" inside a /* comment */' : void 0;
    case "verbatim_string_literal":
      return inserted.includes('"') ? "the edit inserts a quote inside a verbatim string" : void 0;
    case "raw_string_literal":
      return inserted.includes('"""') ? 'the edit inserts """ inside a raw string' : void 0;
    case "character_literal":
      return /['\\\r\n]/.test(inserted) ? "the edit changes the delimiters of a character literal" : void 0;
    default:
      return /["\\{}\r\n]/.test(inserted) ? "the edit inserts a quote, backslash, brace or line break inside a string" : void 0;
  }
}
function problemInCode(inserted, restOfLine) {
  const hidesCode = !/^\s*(\/\/.*)?$/.test(restOfLine);
  let i = 0;
  const n = inserted.length;
  while (i < n) {
    const c = inserted[i];
    const next = inserted[i + 1];
    if (c === "/" && next === "/") {
      const end = inserted.slice(i).search(/[\r\n]/);
      if (end === -1 && hidesCode) return "the inserted // comment would swallow the code after it on the line";
      i = end === -1 ? n : i + end;
    } else if (c === "/" && next === "*") {
      const end = inserted.indexOf("*/", i + 2);
      if (end === -1) return "the inserted /* comment is not closed";
      i = end + 2;
    } else if (c === '"' || (c === "@" || c === "$") && (next === '"' || (next === "@" || next === "$") && inserted[i + 2] === '"')) {
      const end = endOfString(inserted, i);
      if (end === -1) return "the inserted string literal is not closed";
      i = end;
    } else if (c === "'") {
      const match = /^'(?:[^'\\\r\n]|\\.)+'/.exec(inserted.slice(i));
      if (!match) return "the inserted character literal is not closed";
      i += match[0].length;
    } else {
      i++;
    }
  }
  const count = (pattern) => (inserted.match(pattern) ?? []).length;
  if (count(/^[ \t]*#[ \t]*if\b/gm) !== count(/^[ \t]*#[ \t]*endif\b/gm)) return "the inserted #if/#endif directives do not balance";
  if (count(/^[ \t]*#[ \t]*region\b/gm) !== count(/^[ \t]*#[ \t]*endregion\b/gm))
    return "the inserted #region/#endregion directives do not balance";
  return void 0;
}
function endOfString(text, start) {
  let i = start;
  let verbatim = false;
  let interpolated = false;
  while (text[i] === "@" || text[i] === "$") {
    if (text[i] === "@") verbatim = true;
    else interpolated = true;
    i++;
  }
  const quotes = /^"+/.exec(text.slice(i))[0].length;
  if (quotes >= 3) {
    const close = text.indexOf('"'.repeat(quotes), i + quotes);
    return close === -1 ? -1 : close + quotes;
  }
  i++;
  let depth = 0;
  while (i < text.length) {
    const c = text[i];
    if (interpolated && c === "{") {
      if (text[i + 1] === "{" && depth === 0) i += 2;
      else {
        depth++;
        i++;
      }
      continue;
    }
    if (interpolated && c === "}" && depth > 0) {
      depth--;
      i++;
      continue;
    }
    if (depth > 0 && c === '"') {
      const end = endOfString(text, i);
      if (end === -1) return -1;
      i = end;
      continue;
    }
    if (verbatim) {
      if (c === '"') {
        if (text[i + 1] === '"') i += 2;
        else return i + 1;
        continue;
      }
    } else {
      if (c === "\\") {
        i += 2;
        continue;
      }
      if (c === "\r" || c === "\n") return -1;
      if (c === '"' && depth === 0) return i + 1;
    }
    i++;
  }
  return -1;
}

// src/engine/languages/csharp/live-syntax-errors.ts
init_built_module_url();

// src/engine/languages/csharp/preprocessor.ts
init_built_module_url();
function isSameNode(a, b) {
  return a.startIndex === b.startIndex && a.endIndex === b.endIndex && a.type === b.type;
}
function constantPreprocessorCondition(node) {
  if (node.type === "boolean_literal") return node.text === "true";
  const named = node.namedChildren.filter((child) => child.type !== "comment");
  if (node.type === "parenthesized_expression") return named[0] ? constantPreprocessorCondition(named[0]) : void 0;
  if ((node.type === "unary_expression" || node.type === "prefix_unary_expression") && node.child(0)?.type === "!") {
    const value2 = named[0] ? constantPreprocessorCondition(named[0]) : void 0;
    return value2 === void 0 ? void 0 : !value2;
  }
  if (node.type === "binary_expression") {
    const left = node.childForFieldName("left");
    const right = node.childForFieldName("right");
    const a = left ? constantPreprocessorCondition(left) : void 0;
    const b = right ? constantPreprocessorCondition(right) : void 0;
    switch (node.childForFieldName("operator")?.type) {
      case "&&":
        return a === false || b === false ? false : a === true && b === true ? true : void 0;
      case "||":
        return a === true || b === true ? true : a === false && b === false ? false : void 0;
      case "==":
        return a === void 0 || b === void 0 ? void 0 : a === b;
      case "!=":
        return a === void 0 || b === void 0 ? void 0 : a !== b;
    }
  }
  return void 0;
}
function isInDisabledPreprocessorBranch(node) {
  if (!hasBranches(node.tree)) return false;
  let child = node;
  for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (parent.type === "preproc_if" || parent.type === "preproc_elif") {
      const condition = parent.childForFieldName("condition");
      const alternative = parent.childForFieldName("alternative");
      if (condition && isSameNode(condition, child) || alternative && isSameNode(alternative, child)) continue;
      if (condition && constantPreprocessorCondition(condition) === false || earlierBranchIsTaken(parent)) return true;
    } else if (parent.type === "preproc_else" && earlierBranchIsTaken(parent)) {
      return true;
    }
  }
  return false;
}
function earlierBranchIsTaken(branch) {
  const previous = branch.parent;
  if (!previous || previous.type !== "preproc_if" && previous.type !== "preproc_elif") return false;
  const alternative = previous.childForFieldName("alternative");
  if (!alternative || !isSameNode(alternative, branch)) return false;
  const condition = previous.childForFieldName("condition");
  return condition !== null && constantPreprocessorCondition(condition) === true || earlierBranchIsTaken(previous);
}
var hasBranches = memoPerTree((tree) => /#\s*(?:if|elif|else)/.test(tree.rootNode.text));

// src/engine/languages/csharp/live-syntax-errors.ts
function findLiveSyntaxErrors(node) {
  return findSyntaxErrors(node, isInDisabledPreprocessorBranch);
}

// src/engine/languages/csharp/member-path.ts
init_built_module_url();

// src/engine/finding-anchor.ts
init_built_module_url();
var import_node_crypto = require("node:crypto");
var SNIPPET_LENGTH = 80;
function anchorFindings(tree, items, memberPath) {
  const parts = items.map((item) => {
    const node = nodeAt(tree, item.start, item.end);
    const text = flat(node.text);
    return { member: memberPath(node), text, key: text.replace(/ /g, "") };
  });
  const order = items.map((_, index) => index).sort((a, b) => items[a].start - items[b].start || a - b);
  const seen = /* @__PURE__ */ new Map();
  const occurrences = [];
  for (const index of order) {
    const item = items[index];
    const key = JSON.stringify([item.origin, item.rule ?? "", parts[index].member, parts[index].key]);
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    occurrences[index] = occurrence;
  }
  return items.map((item, index) => {
    const { member, text, key } = parts[index];
    return {
      member,
      snippet: text.length > SNIPPET_LENGTH ? `${text.slice(0, SNIPPET_LENGTH - 3)}...` : text,
      digest: digestOf([item.origin, item.rule ?? "", member, key, String(occurrences[index])])
    };
  });
}
function digestOf(parts) {
  return (0, import_node_crypto.createHash)("sha256").update(JSON.stringify(parts)).digest("hex").slice(0, 16);
}
function nodeAt(tree, start, end) {
  let node = tree.rootNode.namedDescendantForIndex(start, Math.max(start, end - 1));
  while (node && (node.startIndex > start || node.endIndex < end)) node = node.parent;
  return node ?? tree.rootNode;
}
function flat(text) {
  return text.replace(/\s+/g, " ").trim();
}

// src/engine/languages/csharp/member-path.ts
var CSHARP_CONTAINERS = /* @__PURE__ */ new Set([
  "namespace_declaration",
  "file_scoped_namespace_declaration",
  "class_declaration",
  "struct_declaration",
  "interface_declaration",
  "record_declaration",
  "enum_declaration"
]);
var CSHARP_MEMBERS = /* @__PURE__ */ new Set([
  "method_declaration",
  "constructor_declaration",
  "destructor_declaration",
  "operator_declaration",
  "conversion_operator_declaration",
  "indexer_declaration",
  "property_declaration",
  "event_declaration",
  "event_field_declaration",
  "field_declaration",
  "delegate_declaration"
]);
function csharpMemberPath(node) {
  const parts = [];
  let member;
  for (let current = node; current; current = current.parent) {
    if (member === void 0 && CSHARP_MEMBERS.has(current.type)) member = csharpMemberName(current);
    else if (CSHARP_CONTAINERS.has(current.type)) parts.unshift(flat(current.childForFieldName("name")?.text ?? "?"));
  }
  if (member !== void 0) parts.push(member);
  return parts.join(".");
}
function csharpMemberName(member) {
  const parameters = member.childForFieldName("parameters");
  const list = parameters ? `(${parameters.namedChildren.filter((parameter) => parameter.type === "parameter").map((parameter) => flat(parameter.childForFieldName("type")?.text ?? "?")).join(", ")})` : "";
  if (member.type === "indexer_declaration") return `this[${list.slice(1, -1)}]`;
  if (member.type === "destructor_declaration") return `~${flat(member.childForFieldName("name")?.text ?? "")}()`;
  const name = member.childForFieldName("name")?.text;
  if (name !== void 0) return `${flat(name)}${list}`;
  const declarators = member.descendantsOfType("variable_declarator").map((declarator) => declarator.childForFieldName("name")?.text);
  if (declarators.length > 0) return declarators.filter(Boolean).join(", ");
  return `${flat(member.childForFieldName("operator")?.text ?? member.childForFieldName("type")?.text ?? member.type)}${list}`;
}

// src/engine/languages/csharp/suppression-syntax.ts
init_built_module_url();

// src/engine/languages/suppression-syntax.ts
init_built_module_url();
var SUPPRESSION_DIRECTIVE = "ucma-codemod-disable-next-line";

// src/engine/languages/csharp/suppression-syntax.ts
var csharpSuppressionSyntax = {
  commentType: "comment",
  body(commentText) {
    if (/[\r\n]/.test(commentText)) return void 0;
    const match = /^(?:\/\/(?!\/)|\/\*)(.*?)(?:\*\/)?$/s.exec(commentText);
    return match?.[1];
  },
  separator: "--",
  example: (names, reason) => `// ${SUPPRESSION_DIRECTIVE} ${names} -- ${reason}`
};

// src/engine/languages/csharp/index.ts
var csharp = {
  id: "csharp",
  name: "C#",
  fileKinds: [{ id: "csharp-source", description: "C# source files", extensions: [".cs"] }],
  parse: (text, editedTree) => editedTree ? reparseCSharp(text, editedTree) : parseCSharp(text),
  regionTypes: /* @__PURE__ */ new Set([
    "method_declaration",
    "constructor_declaration",
    "destructor_declaration",
    "property_declaration",
    "indexer_declaration",
    "event_declaration",
    "event_field_declaration",
    "field_declaration",
    "operator_declaration",
    "conversion_operator_declaration",
    "delegate_declaration",
    "enum_declaration",
    "class_declaration",
    "struct_declaration",
    "interface_declaration",
    "record_declaration",
    "namespace_declaration",
    "file_scoped_namespace_declaration",
    "using_directive",
    "compilation_unit"
  ]),
  // Text under #if false need not be C#: its errors do not make the code around an edit unreliable.
  syntaxErrorsIn: findLiveSyntaxErrors,
  lexicalProblem,
  fileProblem: () => void 0,
  suppressionComments: csharpSuppressionSyntax,
  memberPath: csharpMemberPath,
  declarations: readDeclarations
};

// src/engine/languages/language.ts
init_built_module_url();
function isOfKind(kind, fileName) {
  const name = fileName.toLowerCase();
  return (kind.fileNames ?? []).some((whole) => whole.toLowerCase() === name) || (kind.extensions ?? []).some((extension) => name.length > extension.length && name.endsWith(extension.toLowerCase()));
}

// src/engine/languages/xml/index.ts
init_built_module_url();

// src/engine/languages/xml/dialects.ts
init_built_module_url();
var XML_DIALECTS = [
  { id: "msbuild-project", description: "MSBuild C# projects", extensions: [".csproj"] },
  { id: "app-config", description: "application configuration files", fileNames: ["App.config"], extensions: [".exe.config"] }
];
function xmlFileKind(path) {
  const name = path.split(/[\\/]/).pop() ?? "";
  return XML_DIALECTS.find((dialect) => isOfKind(dialect, name))?.id;
}

// src/engine/languages/xml/element-path.ts
init_built_module_url();
var XML_KEY_ATTRIBUTES = ["Condition", "Include", "Name"];
function xmlElementPath(node) {
  const parts = [];
  for (let current = node.parent; current; current = current.parent) {
    if (current.type !== "element") continue;
    const tag = current.children.find((child) => child.type === "STag" || child.type === "EmptyElemTag");
    const name = tag?.children.find((child) => child.type === "Name")?.text ?? "?";
    const keys = (tag?.children ?? []).filter((child) => child.type === "Attribute").map(
      (attribute) => [
        attribute.children.find((child) => child.type === "Name")?.text ?? "",
        attribute.children.find((child) => child.type === "AttValue")?.text ?? ""
      ]
    ).filter(([key]) => XML_KEY_ATTRIBUTES.includes(key)).map(([key, value2]) => `[${key}=${flat(value2)}]`);
    parts.unshift(`${name}${keys.join("")}`);
  }
  return parts.join("/");
}

// src/engine/languages/xml/lexical-guard.ts
init_built_module_url();
var OPAQUE_TYPES = /* @__PURE__ */ new Set(["Comment", "CDSect", "PI", "XMLDecl", "doctypedecl"]);
function xmlLexicalProblem(text, tree, edit) {
  for (const offset of edit.start === edit.end ? [edit.start] : [edit.start, edit.end]) {
    if (splitsCharacterPair(text, offset))
      return `the edit boundary at offset ${offset} splits a character pair (a surrogate pair or CRLF)`;
  }
  const opaqueStart = enclosing(tree.rootNode, edit.start, OPAQUE_TYPES);
  const opaqueEnd = enclosing(tree.rootNode, edit.end, OPAQUE_TYPES);
  if (opaqueStart || opaqueEnd)
    return `the edit cuts into an XML ${(opaqueStart ?? opaqueEnd).type === "Comment" ? "comment" : "declaration, CDATA section or processing instruction"}`;
  const value2 = enclosing(tree.rootNode, edit.start, /* @__PURE__ */ new Set(["AttValue"]));
  if (value2) {
    if (edit.end >= value2.endIndex) return "the edit runs past the end of an attribute value";
    const quote3 = value2.text[0];
    if (edit.text.includes(quote3) || edit.text.includes("<")) return `the edit inserts ${quote3} or < inside an attribute value`;
    if (!escapesAreWhole(edit.text)) return "the edit inserts an & that does not start an entity or character reference";
  }
  return void 0;
}
function escapesAreWhole(inserted) {
  for (let i = inserted.indexOf("&"); i !== -1; i = inserted.indexOf("&", i + 1)) {
    const semicolon = inserted.indexOf(";", i);
    if (semicolon === -1) return false;
    const name = inserted.slice(i + 1, semicolon);
    if (!/^(#[0-9]+|#x[0-9a-fA-F]+|[A-Za-z_][\w.-]*)$/.test(name)) return false;
  }
  return true;
}
function enclosing(root, offset, types) {
  for (let node = root.descendantForIndex(offset, offset); node; node = node.parent) {
    if (types.has(node.type) && node.startIndex < offset && offset < node.endIndex) return node;
  }
  return void 0;
}

// src/engine/languages/xml/parse.ts
init_built_module_url();

// src/engine/languages/xml/grammar.ts
init_built_module_url();
var import_node_module3 = require("node:module");
var __moduleUrl3 = __builtModuleUrl("src/engine/languages/xml/grammar.js");
var require4 = (0, import_node_module3.createRequire)(__moduleUrl3);
var grammar2;
function xmlGrammar() {
  grammar2 ??= require4("@tree-sitter-grammars/tree-sitter-xml/bindings/node/index.js").xml;
  return grammar2;
}

// src/engine/languages/xml/parse.ts
var parse2 = grammarParser(xmlGrammar);
function parseXml(text, editedTree) {
  return parse2(text, editedTree);
}

// src/engine/languages/xml/prolog.ts
init_built_module_url();
var UTF8_NAMES = /* @__PURE__ */ new Set(["utf-8", "utf8"]);
function declaredXmlEncoding(tree) {
  const prolog = tree.rootNode.children.find((child) => child.type === "prolog");
  const declaration = prolog?.children.find((child) => child.type === "XMLDecl");
  return declaration?.children.find((child) => child.type === "EncName")?.text;
}
function xmlEncodingProblem(tree, source) {
  const declared = declaredXmlEncoding(tree);
  if (declared !== void 0 && !UTF8_NAMES.has(declared.toLowerCase())) {
    return `the XML declaration says encoding="${declared}"; ucma-codemod edits XML files only in UTF-8 and will not guess how to re-encode this one. Save it as UTF-8 (and change the declaration to encoding="utf-8"), then run again`;
  }
  if (source.encoding !== "utf-8") {
    return `the file is not valid UTF-8, which its XML declaration ${declared === void 0 ? "(absent, so UTF-8 by the XML rules)" : `(encoding="${declared}")`} requires; fix its bytes, then run again`;
  }
  return void 0;
}

// src/engine/languages/xml/well-formed.ts
init_built_module_url();
function grammarQuirk(node) {
  return node.isMissing && node.type === "_S" && node.parent?.type === "doctypedecl";
}
var MAX_XML_DEPTH = 500;
function xmlDocumentProblem(tree) {
  const root = tree.rootNode;
  if (!root.hasError) return void 0;
  const refusal = "MSBuild and .NET refuse to load such a file, so it cannot be checked or changed. Fix it, then run again";
  const opensElements = root.type === "ERROR" && root.children.some((child) => child.type === "STag");
  const site = (opensElements ? root.children.flatMap((child) => findSyntaxErrors(child, grammarQuirk)) : findSyntaxErrors(root, grammarQuirk))[0];
  if (site === void 0 && root.type !== "ERROR") return void 0;
  if (site === void 0) {
    return {
      message: `not well-formed XML (its elements do not all close: the file may be cut short, or nest deeper than about ${MAX_XML_DEPTH} levels); ${refusal}`,
      start: root.endIndex,
      end: root.endIndex
    };
  }
  return { message: `not well-formed XML (${describeSyntaxError(site)}); ${refusal}`, start: site.start, end: site.start };
}

// src/engine/languages/xml/suppression-syntax.ts
init_built_module_url();
var xmlSuppressionSyntax = {
  commentType: "Comment",
  body(commentText) {
    if (/[\r\n]/.test(commentText)) return void 0;
    const match = /^<!--(.*)-->$/s.exec(commentText);
    return match?.[1];
  },
  separator: ":",
  example: (names, reason) => `<!-- ${SUPPRESSION_DIRECTIVE} ${names}: ${reason} -->`,
  forbidden: {
    text: "--",
    why: 'XML forbids "--" inside a comment, and MSBuild refuses to load a project that has one; in XML the reason follows a colon'
  }
};

// src/engine/languages/xml/index.ts
var xml = {
  id: "xml",
  name: "XML",
  fileKinds: XML_DIALECTS,
  parse: parseXml,
  // The whole document: MSBuild and the .NET configuration system refuse to load an XML file that
  // is not well-formed anywhere, so no edit is made in one (and the tree around a broken sibling
  // may not mean what the transform assumed).
  regionTypes: /* @__PURE__ */ new Set(["document"]),
  syntaxErrorsIn: (node) => findSyntaxErrors(node),
  lexicalProblem: xmlLexicalProblem,
  fileProblem: xmlEncodingProblem,
  documentProblem: xmlDocumentProblem,
  suppressionComments: xmlSuppressionSyntax,
  memberPath: xmlElementPath
};

// src/engine/languages/index.ts
var LANGUAGES = [csharp, xml];
var DEFAULT_TRANSFORM_LANGUAGE = csharp.id;
function fileTypeOfPath(path) {
  const name = path.split(/[\\/]/).pop() ?? "";
  for (const language of LANGUAGES) {
    const kind = language.fileKinds.find((candidate) => isOfKind(candidate, name));
    if (kind) return { language, kind };
  }
  return void 0;
}
function languageForPath(path) {
  return fileTypeOfPath(path)?.language;
}
function languagesOf(meta) {
  return meta.languages ?? [DEFAULT_TRANSFORM_LANGUAGE];
}

// src/engine/byte-prefilter.ts
init_built_module_url();

// src/engine/file-needs.ts
init_built_module_url();
function fileNeeds(path, contains2, transforms, hasProject) {
  const language = languageForPath(path);
  if (language === void 0) return { transforms: [], suppressions: false, wholeDocument: false };
  return {
    transforms: transforms.filter(
      (transform) => languagesOf(transform.meta).includes(language.id) && needleGroups(transform.meta, hasProject).every((group) => group.some((needle) => contains2(needle)))
    ),
    suppressions: language.suppressionComments !== void 0 && contains2(SUPPRESSION_DIRECTIVE),
    wholeDocument: language.documentProblem !== void 0 && transforms.some((t) => languagesOf(t.meta).includes(language.id))
  };
}
function needsParsing(needs) {
  return needs.transforms.length > 0 || needs.suppressions || needs.wholeDocument;
}
function needleGroups(meta, hasProject) {
  const groups = [];
  if (!hasProject && meta.projectRequires !== void 0) groups.push(meta.projectRequires);
  if (meta.requires !== void 0) groups.push(meta.requires);
  return groups;
}

// src/engine/byte-prefilter.ts
function fileNeedsOfBytes(path, inspected, transforms, hasProject = false) {
  return fileNeeds(path, bytesContain(inspected), transforms, hasProject);
}
function bytesContain(inspected) {
  let found = searched.get(inspected);
  if (found === void 0) {
    found = /* @__PURE__ */ new Map();
    searched.set(inspected, found);
  }
  const answers = found;
  return (needle) => {
    let answer = answers.get(needle);
    if (answer === void 0) {
      answer = searchBytes(inspected, needle);
      answers.set(needle, answer);
    }
    return answer;
  };
}
var searched = /* @__PURE__ */ new WeakMap();
function searchBytes({ encoding, body }, needle) {
  if (needle === "") return true;
  const bytes = needleBytes(needle, encoding);
  return bytes === ANY_FILE ? true : bytes === NO_FILE ? false : body.includes(bytes);
}
var ANY_FILE = "any file";
var NO_FILE = "no file";
var encodedNeedles = { "utf-8": /* @__PURE__ */ new Map(), latin1: /* @__PURE__ */ new Map() };
function needleBytes(needle, encoding) {
  const cache = encodedNeedles[encoding];
  let bytes = cache.get(needle);
  if (bytes === void 0) {
    bytes = encoding === "utf-8" ? utf8Needle(needle) : latin1Needle(needle);
    cache.set(needle, bytes);
  }
  return bytes;
}
function utf8Needle(needle) {
  const bytes = Buffer.from(needle, "utf8");
  return bytes.toString("utf8") === needle ? bytes : ANY_FILE;
}
function latin1Needle(needle) {
  return /[^\u0000-\u00ff]/.test(needle) ? NO_FILE : Buffer.from(needle, "latin1");
}

// src/engine/source-text.ts
init_built_module_url();
var import_node_buffer = require("node:buffer");

// src/platform/user-error.ts
init_built_module_url();
var UserError = class extends Error {
  reason;
  path;
  hint;
  details;
  exitCode;
  constructor(fields) {
    super(fields.path === void 0 ? fields.reason : `${fields.path} ${fields.reason}`);
    this.name = new.target.name;
    this.reason = fields.reason;
    this.path = fields.path;
    this.hint = fields.hint;
    this.details = fields.details ?? [];
    this.exitCode = fields.exitCode ?? 2;
  }
};

// src/engine/source-text.ts
var UnsupportedEncodingError = class extends UserError {
  constructor(reason, details) {
    super({ reason, ...details ? { details } : {} });
  }
};
var UTF8_BOM = Buffer.from([239, 187, 191]);
var WIDE_BOMS = [
  // UTF-32 LE must be tested before UTF-16 LE: it starts with the same two bytes.
  { bytes: [255, 254, 0, 0], name: "UTF-32 LE" },
  { bytes: [0, 0, 254, 255], name: "UTF-32 BE" },
  { bytes: [255, 254], name: "UTF-16 LE" },
  { bytes: [254, 255], name: "UTF-16 BE" }
];
var utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
function inspectBytes(bytes) {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const bom2 of WIDE_BOMS) {
    if (startsWith(buffer, bom2.bytes)) {
      throw new UnsupportedEncodingError(
        `file is ${bom2.name} (byte order mark found); a text patch cannot carry it. Convert it to UTF-8 first (for example in Visual Studio: File > Advanced Save Options).`
      );
    }
  }
  if (buffer.includes(0)) {
    throw new UnsupportedEncodingError("file contains NUL bytes (binary, or UTF-16/UTF-32 without a byte order mark); left alone.");
  }
  const bom = startsWith(buffer, [...UTF8_BOM]);
  const body = bom ? buffer.subarray(UTF8_BOM.length) : buffer;
  if ((0, import_node_buffer.isUtf8)(body)) return { bom, encoding: "utf-8", body };
  if (bom) throw new UnsupportedEncodingError("file starts with a UTF-8 byte order mark but is not valid UTF-8.");
  return { bom, encoding: "latin1", body };
}
function decodeSource(bytes) {
  const inspected = inspectBytes(bytes);
  const text = decodeBody(inspected);
  return { text, bom: inspected.bom, encoding: inspected.encoding, lineEnding: detectLineEnding(text) };
}
function decodeBody({ encoding, body }) {
  return encoding === "utf-8" ? utf8.decode(body) : body.toString("latin1");
}
function detectLineEnding(text) {
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 13) {
      if (text.charCodeAt(i + 1) === 10) {
        crlf++;
        i++;
      } else {
        cr++;
      }
    } else if (code === 10) {
      lf++;
    }
  }
  const kinds = (crlf > 0 ? 1 : 0) + (lf > 0 ? 1 : 0) + (cr > 0 ? 1 : 0);
  if (kinds === 0) return "none";
  if (kinds > 1) return "mixed";
  return crlf > 0 ? "crlf" : lf > 0 ? "lf" : "cr";
}
function lineBreakAt(text, offset) {
  const next = text.indexOf("\n", offset);
  const nextCr = text.indexOf("\r", offset);
  if (nextCr !== -1 && (next === -1 || nextCr < next)) {
    return text.charCodeAt(nextCr + 1) === 10 ? "\r\n" : "\r";
  }
  if (next !== -1) return "\n";
  const prev = Math.max(text.lastIndexOf("\n", offset), text.lastIndexOf("\r", offset));
  if (prev === -1) return void 0;
  if (text[prev] === "\r") return "\r";
  return text[prev - 1] === "\r" ? "\r\n" : "\n";
}
function adaptLineBreaks(inserted, source, text, offset) {
  if (!/[\r\n]/.test(inserted)) return inserted;
  const eol = preferredLineBreak(source.lineEnding) ?? lineBreakAt(text, offset) ?? "\n";
  return inserted.replace(/\r\n|\r|\n/g, eol);
}
function preferredLineBreak(style) {
  switch (style) {
    case "crlf":
      return "\r\n";
    case "lf":
      return "\n";
    case "cr":
      return "\r";
    default:
      return void 0;
  }
}
function isAscii(text) {
  return !/[^\u0000-\u007f]/.test(text);
}
function startsWith(buffer, prefix) {
  if (buffer.length < prefix.length) return false;
  return prefix.every((byte, i) => buffer[i] === byte);
}

// src/inputs/discover-files.ts
init_built_module_url();

// src/platform/fs-error.ts
init_built_module_url();

// src/platform/no-follow.ts
init_built_module_url();
var import_node_fs = require("node:fs");
var DIRECTORY_FLAGS = import_node_fs.constants.O_RDONLY | import_node_fs.constants.O_DIRECTORY;
var NOFOLLOW_DIRECTORY = DIRECTORY_FLAGS | import_node_fs.constants.O_NOFOLLOW;

// src/platform/run-git.ts
init_built_module_url();
var import_node_child_process = __toESM(require_node_child_process(), 1);

// src/engine/languages/file-patterns.ts
init_built_module_url();

// src/inputs/project-companions.ts
init_built_module_url();
var MAX_PROJECT_FILE_BYTES = 4 * 1024 * 1024;

// src/run/tree-memory.ts
init_built_module_url();
var import_node_v8 = __toESM(require_node_v8(), 1);
var import_node_vm = require("node:vm");
var parsedSinceCollection = 0;
var COLLECT_EVERY = 64 * 1024;
var collect = null;
function collector() {
  if (collect === null) {
    try {
      (0, import_node_v8.setFlagsFromString)("--expose-gc");
      collect = (0, import_node_vm.runInNewContext)("gc");
    } catch {
      collect = void 0;
    }
  }
  return collect;
}
var finalizersWaiting = false;
function noteParsedText(length) {
  parsedSinceCollection += length;
  if (parsedSinceCollection < COLLECT_EVERY) return;
  parsedSinceCollection = 0;
  collector()?.({ type: "minor" });
  finalizersWaiting = true;
}

// src/run/file-work.ts
init_built_module_url();

// src/engine/edits.ts
init_built_module_url();
function sortEdits(edits) {
  return [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
}
function dedupeEdits(sorted) {
  const result = [];
  for (const edit of sorted) {
    const last = result[result.length - 1];
    if (last && last.start === edit.start && last.end === edit.end && last.text === edit.text) continue;
    result.push(edit);
  }
  return result;
}
function findConflicts(sorted) {
  const conflicts = [];
  let reach;
  for (const edit of sorted) {
    if (reach && overlaps(reach, edit)) conflicts.push({ first: reach, second: edit });
    if (!reach || edit.end > reach.end || edit.end === reach.end && edit.start === edit.end) reach = edit;
  }
  return conflicts;
}
function overlaps(a, b) {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  if (a.start === a.end) return b.start < a.start && a.start < b.end;
  if (b.start === b.end) return a.start < b.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}
function applyEdits(text, sorted) {
  const parts = [];
  let cursor = 0;
  for (const edit of sorted) {
    if (edit.start < cursor || edit.start > edit.end || edit.end > text.length) {
      throw new RangeError(`edit ${edit.start}-${edit.end} is out of order or outside the text (length ${text.length})`);
    }
    parts.push(text.slice(cursor, edit.start), edit.text);
    cursor = edit.end;
  }
  parts.push(text.slice(cursor));
  return parts.join("");
}
function editedRanges(sorted) {
  let shift = 0;
  return sorted.map((edit) => {
    const start = edit.start + shift;
    shift += edit.text.length - (edit.end - edit.start);
    return { start, end: start + edit.text.length };
  });
}

// src/engine/transform-source.ts
init_built_module_url();

// src/engine/incremental-reparse.ts
init_built_module_url();
function reparseAfterEdits(language, oldTree, oldText, newText, sorted) {
  const handle = language.parse(oldText, oldTree);
  const points = pointsAt(
    oldText,
    sorted.flatMap((edit) => [edit.start, edit.end])
  );
  for (let i = sorted.length - 1; i >= 0; i--) {
    const edit = sorted[i];
    const startPosition = points[2 * i];
    handle.edit({
      startIndex: edit.start,
      oldEndIndex: edit.end,
      newEndIndex: edit.start + edit.text.length,
      startPosition,
      oldEndPosition: points[2 * i + 1],
      newEndPosition: advance(startPosition, edit.text)
    });
  }
  return language.parse(newText, handle);
}
function pointsAt(text, offsets) {
  const points = [];
  let row = 0;
  let lineStart = 0;
  let next = text.indexOf("\n");
  for (const offset of offsets) {
    while (next !== -1 && next < offset) {
      row++;
      lineStart = next + 1;
      next = text.indexOf("\n", next + 1);
    }
    points.push({ row, column: offset - lineStart });
  }
  return points;
}
function advance(start, inserted) {
  const lastBreak = inserted.lastIndexOf("\n");
  if (lastBreak === -1) return { row: start.row, column: start.column + inserted.length };
  let rows = 0;
  for (let at = inserted.indexOf("\n"); at !== -1; at = inserted.indexOf("\n", at + 1)) rows++;
  return { row: start.row + rows, column: inserted.length - lastBreak - 1 };
}

// src/engine/line-index.ts
init_built_module_url();
var LineIndex = class {
  constructor(text) {
    this.text = text;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
      if (code === 10 || code === 13) this.lineStarts.push(i + 1);
    }
  }
  text;
  lineStarts = [0];
  /** The line and column of `offset` (clamped into the text). */
  positionAt(offset) {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = low + high + 1 >> 1;
      if ((this.lineStarts[mid] ?? 0) <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: clamped - (this.lineStarts[low] ?? 0) + 1 };
  }
};
function positionAt(text, offset) {
  return new LineIndex(text).positionAt(offset);
}

// src/engine/suppressions.ts
init_built_module_url();
var ENGINE = "engine";
function mayHaveSuppressions(text) {
  return text.includes(SUPPRESSION_DIRECTIVE);
}
function findSuppressions(text, tree, syntax) {
  if (!mayHaveSuppressions(text)) return { suppressions: [], malformed: [] };
  const lines = new LineIndex(text);
  const suppressions = [];
  const comments = commentNodes(tree.rootNode, syntax.commentType);
  for (const comment of comments) {
    const body = syntax.body(comment.text);
    const match = body === void 0 ? void 0 : new RegExp(`^\\s*${SUPPRESSION_DIRECTIVE}(?=\\s|$)(.*)$`, "s").exec(body);
    if (!match) continue;
    const rest = match[1].trimEnd();
    const separator = rest.indexOf(syntax.separator);
    const names = separator === -1 ? rest : rest.slice(0, separator);
    const reason = separator === -1 ? "" : rest.slice(separator + syntax.separator.length).trim();
    suppressions.push({
      start: comment.startIndex,
      end: comment.endIndex,
      line: lines.positionAt(comment.startIndex).line,
      ids: names.split(",").map((name) => name.trim()).filter((name) => name !== ""),
      reason: reason === "" ? void 0 : reason
    });
  }
  return { suppressions, malformed: malformedDirectives(text, tree, comments, syntax) };
}
function malformedDirectives(text, tree, comments, syntax) {
  const found = [];
  for (let at = text.indexOf(SUPPRESSION_DIRECTIVE); at !== -1; at = text.indexOf(SUPPRESSION_DIRECTIVE, at + 1)) {
    if (comments.some((comment) => comment.startIndex <= at && at < comment.endIndex)) continue;
    let node = tree.rootNode.descendantForIndex(at);
    while (node && node.type !== "ERROR") node = node.parent;
    if (!node) continue;
    const lineEnd2 = text.indexOf("\n", at);
    const line = text.slice(at, lineEnd2 === -1 ? text.length : lineEnd2);
    const forbidden = syntax.forbidden && line.includes(syntax.forbidden.text) ? `: ${syntax.forbidden.why}` : "";
    found.push({ start: at, end: at + SUPPRESSION_DIRECTIVE.length, why: `is not a well-formed comment${forbidden}` });
  }
  return found;
}
function malformedMessage(why, syntax) {
  return `this ${SUPPRESSION_DIRECTIVE} comment ${why}, so it is not applied; write "${syntax.example("<transform-id>", "<reason>")}"`;
}
function breakingDirective(text, tree, syntax) {
  const comments = tree.rootNode.descendantsOfType(syntax.commentType);
  const [first] = malformedDirectives(text, tree, comments, syntax);
  return first && { start: first.start, end: first.end, message: malformedMessage(first.why, syntax) };
}
function applySuppressions(text, tree, syntax, diagnostics, edits, scope) {
  const { suppressions, malformed } = findSuppressions(text, tree, syntax);
  if (suppressions.length === 0 && malformed.length === 0) return { diagnostics: [...diagnostics], edits: [...edits], suppressed: [] };
  const lines = new LineIndex(text);
  const lineOf2 = (offset) => lines.positionAt(offset).line;
  const problems = malformed.map(({ start, end, why }) => ({
    severity: "warning",
    message: malformedMessage(why, syntax),
    range: { start, end },
    origin: ENGINE
  }));
  const used = /* @__PURE__ */ new Map();
  const byLine = /* @__PURE__ */ new Map();
  for (const suppression of suppressions) {
    const problem = (message) => problems.push({ severity: "warning", message, range: { start: suppression.start, end: suppression.end }, origin: ENGINE });
    if (suppression.ids.length === 0) {
      problem(
        `this ${SUPPRESSION_DIRECTIVE} comment names no transform, so it silences nothing; write "${syntax.example("<transform-id>", "<reason>")}"`
      );
      continue;
    }
    if (suppression.reason === void 0) {
      problem(
        `this ${SUPPRESSION_DIRECTIVE} comment gives no reason, so it is not applied; add one after "${syntax.separator}": "${syntax.example(suppression.ids.join(", "), "<reason>")}"`
      );
      continue;
    }
    const unknown = suppression.ids.filter((id) => !scope.known.has(transformOf(id)));
    if (unknown.length > 0) {
      const known = [...scope.known].sort().join(", ");
      problem(
        `this ${SUPPRESSION_DIRECTIVE} comment names ${unknown.map((id) => `"${id}"`).join(", ")}, which ${unknown.length === 1 ? "is" : "are"} not a transform (known: ${known}); fix the name or remove it`
      );
    }
    used.set(suppression, /* @__PURE__ */ new Set());
    byLine.set(suppression.line + 1, [...byLine.get(suppression.line + 1) ?? [], suppression]);
  }
  const silencedBy = (origin, rule, offset) => {
    for (const suppression of byLine.get(lineOf2(offset)) ?? []) {
      const name = suppression.ids.find((id) => id === origin || rule !== void 0 && id === `${origin}/${rule}`);
      if (name !== void 0) return { suppression, name };
    }
    return void 0;
  };
  const kept = [];
  const suppressed = [];
  for (const diagnostic2 of diagnostics) {
    const hit = diagnostic2.severity !== "error" && diagnostic2.origin !== ENGINE ? silencedBy(diagnostic2.origin, ruleOf(diagnostic2), diagnostic2.range.start) : void 0;
    if (!hit) {
      kept.push(diagnostic2);
      continue;
    }
    used.get(hit.suppression).add(hit.name);
    suppressed.push({ ...diagnostic2, reason: hit.suppression.reason });
  }
  const keptEdits = [];
  for (const edit of edits) {
    const hit = silencedBy(edit.transformId, ruleOf(edit), edit.start);
    if (!hit) {
      keptEdits.push(edit);
      continue;
    }
    used.get(hit.suppression).add(hit.name);
    suppressed.push({
      origin: edit.transformId,
      ...edit.rule === void 0 ? {} : { rule: edit.rule },
      severity: "warning",
      message: edit.message ?? `a change this transform would make: ${quote(text.slice(edit.start, edit.end))} \u2192 ${quote(edit.text)}`,
      range: { start: edit.start, end: edit.end },
      reason: hit.suppression.reason
    });
  }
  for (const [suppression, silenced] of used) {
    const unused = suppression.ids.filter((id) => scope.judged(id) && !silenced.has(id));
    if (unused.length === 0) continue;
    problems.push({
      severity: "warning",
      message: `this ${SUPPRESSION_DIRECTIVE} comment silences nothing of ${unused.join(", ")} on line ${suppression.line + 1}; remove it (or the name) if the finding is gone`,
      range: { start: suppression.start, end: suppression.end },
      origin: ENGINE
    });
  }
  const byStart = (a, b) => a.range.start - b.range.start;
  return { diagnostics: [...kept, ...problems].sort(byStart), edits: keptEdits, suppressed: suppressed.sort(byStart) };
}
function quote(text) {
  const flat2 = text.replace(/\s+/g, " ").trim();
  return `"${flat2.length > 60 ? `${flat2.slice(0, 57)}...` : flat2}"`;
}
function transformOf(name) {
  const slash = name.indexOf("/");
  return slash === -1 ? name : name.slice(0, slash);
}
function ruleOf(item) {
  const rule = item.rule;
  return typeof rule === "string" ? rule : void 0;
}
function commentNodes(root, commentType) {
  const found = [];
  const cursor = root.walk();
  let descending = true;
  for (; ; ) {
    if (descending && cursor.nodeType === commentType) found.push(cursor.currentNode);
    if (descending && cursor.gotoFirstChild()) continue;
    if (cursor.gotoNextSibling()) {
      descending = true;
      continue;
    }
    if (!cursor.gotoParent()) break;
    descending = false;
  }
  return found;
}

// src/engine/severity.ts
init_built_module_url();
function configuredSeverity(policy, transformId, rule) {
  if (policy === void 0) return void 0;
  return (rule === void 0 ? void 0 : policy[`${transformId}/${rule}`]) ?? policy[transformId];
}
function isOff(policy, transformId, rule) {
  return configuredSeverity(policy, transformId, rule) === "off";
}
function effectiveSeverity(policy, transformId, rule, native) {
  if (native !== "warning" || transformId === "engine") return native;
  const configured = configuredSeverity(policy, transformId, rule);
  return configured === void 0 || configured === "off" ? native : configured;
}

// src/engine/transform-source.ts
var ENGINE2 = "engine";
function transformSource(path, source, transforms, options = {}, surroundings = {}) {
  const parsed = {};
  const outcome = transformWithNativeSeverities(path, source, transforms, options, surroundings, parsed);
  const policy = surroundings.severities;
  const relabel = (d) => ({ ...d, severity: effectiveSeverity(policy, d.origin, d.rule, d.severity) });
  const diagnostics = outcome.diagnostics.map(relabel);
  const suppressed = outcome.suppressed.map(relabel);
  const edits = outcome.edits.map((edit) => ({
    ...edit,
    severity: effectiveSeverity(policy, edit.transformId, edit.rule, "warning")
  }));
  if (parsed.tree === void 0 || diagnostics.length + suppressed.length + edits.length === 0)
    return { ...outcome, diagnostics, suppressed, edits };
  const located = [
    ...[...diagnostics, ...suppressed].map((d) => ({ origin: d.origin, rule: d.rule, start: d.range.start, end: d.range.end })),
    ...edits.map((e) => ({ origin: e.transformId, rule: e.rule, start: e.start, end: e.end }))
  ];
  const language = languageForPath(path);
  const anchors = anchorFindings(parsed.tree, located, (node) => language.memberPath(node));
  const anchored = (items, from) => items.map((item, index) => ({ ...item, anchor: anchors[from + index] }));
  return {
    ...outcome,
    diagnostics: anchored(diagnostics, 0),
    suppressed: anchored(suppressed, diagnostics.length),
    edits: anchored(edits, diagnostics.length + suppressed.length)
  };
}
function transformWithNativeSeverities(path, source, transforms, options, surroundings, parsed) {
  const { text } = source;
  const policy = surroundings.severities;
  const language = languageForPath(path);
  if (language === void 0) {
    return {
      status: "failed",
      text,
      newText: text,
      edits: [],
      diagnostics: [engineError({ start: 0, end: 0 }, `refused: ${path} is not a file type ucma-codemod reads`)],
      suppressed: []
    };
  }
  const needs = fileNeeds(path, (needle) => text.includes(needle), transforms, surroundings.project !== void 0);
  const applicable = needs.transforms;
  const suppressible = needs.suppressions;
  const checkedWhole = needs.wholeDocument;
  if (!needsParsing(needs)) return { status: "unchanged", text, newText: text, edits: [], diagnostics: [], suppressed: [] };
  const tree = language.parse(text);
  parsed.tree = tree;
  const broken = checkedWhole ? language.documentProblem?.(tree) : void 0;
  if (broken) {
    const directive = language.suppressionComments && breakingDirective(text, tree, language.suppressionComments);
    const error2 = directive ? engineError(directive, `the file is ${broken.message}: ${directive.message}`) : engineError(broken, `the file is ${broken.message}`);
    return { status: "failed", text, newText: text, edits: [], diagnostics: [error2], suppressed: [] };
  }
  if (applicable.length === 0 && !suppressible)
    return { status: "unchanged", text, newText: text, edits: [], diagnostics: [], suppressed: [] };
  const fileProblem = language.fileProblem(tree, source);
  if (fileProblem)
    return {
      status: "failed",
      text,
      newText: text,
      edits: [],
      diagnostics: [engineError({ start: 0, end: 0 }, `refused: ${fileProblem}`)],
      suppressed: []
    };
  const diagnostics = [];
  const edits = [];
  const context = { path, text, tree, options, ...surroundings.projectFiles ? { projectFiles: surroundings.projectFiles } : {} };
  for (const transform of applicable) {
    const id = transform.meta.id;
    let result;
    try {
      const project = transform.meta.needsProject ? surroundings.project : void 0;
      result = transform.run(project ? { ...context, project } : context);
    } catch (thrown) {
      const reason = thrown instanceof Error ? thrown.message : String(thrown);
      diagnostics.push(engineError({ start: 0, end: 0 }, `transform ${id} threw while processing ${path}: ${reason}`, id));
      continue;
    }
    const problem = validateResult(result, text.length);
    if (problem) {
      diagnostics.push(engineError({ start: 0, end: 0 }, `transform ${id} returned ${problem}`, id));
      continue;
    }
    if (transform.meta.kind === "report" && (result?.edits?.length ?? 0) > 0) {
      diagnostics.push(
        engineError(
          { start: 0, end: 0 },
          `transform ${id} is a report transform (meta.kind "report") but returned edits; nothing in this file was changed`,
          id
        )
      );
      continue;
    }
    const selected = (item) => isSelected(transform, item.rule) && !isOff(policy, id, item.rule);
    for (const diagnostic2 of (result?.diagnostics ?? []).filter(selected)) diagnostics.push({ ...diagnostic2, origin: id });
    for (const edit of (result?.edits ?? []).filter(selected)) {
      const adapted = adaptLineBreaks(edit.text, source, text, edit.start);
      if (source.encoding === "latin1" && !isAscii(adapted)) {
        diagnostics.push(
          engineError(
            edit,
            `transform ${id} inserts non-ASCII text into an 8-bit (non-UTF-8) file; refused, because its code page is unknown`,
            id
          )
        );
        continue;
      }
      edits.push({
        start: edit.start,
        end: edit.end,
        text: adapted,
        transformId: id,
        ...edit.rule === void 0 ? {} : { rule: edit.rule },
        ...edit.message === void 0 ? {} : { message: edit.message },
        ...edit.evidence === void 0 ? {} : { evidence: edit.evidence }
      });
    }
  }
  const byId = new Map(transforms.map((t) => [t.meta.id, t]));
  const suppressed = suppressible && language.suppressionComments ? applySuppressions(text, tree, language.suppressionComments, diagnostics, edits, {
    judged: (name) => isJudged(name, byId, policy),
    known: /* @__PURE__ */ new Set([...byId.keys(), ...surroundings.knownTransformIds ?? []])
  }) : { diagnostics, edits, suppressed: [] };
  diagnostics.splice(0, diagnostics.length, ...suppressed.diagnostics);
  const unchanged = (status) => ({
    status,
    text,
    newText: text,
    edits: [],
    diagnostics,
    suppressed: suppressed.suppressed
  });
  if (diagnostics.some((d) => d.severity === "error")) return unchanged("failed");
  const sorted = dedupeEdits(sortEdits(suppressed.edits)).filter((edit) => !isNoOp(text, edit));
  if (sorted.length === 0) return unchanged("unchanged");
  const conflicts = findConflicts(sorted);
  if (conflicts.length > 0) {
    const lines = new LineIndex(text);
    for (const { first, second } of conflicts) {
      diagnostics.push(
        engineError(
          second,
          `conflicting edits: ${first.transformId} changes ${span(lines, first)} and ${second.transformId} changes ${span(lines, second)}; nothing in this file was changed`
        )
      );
    }
    return unchanged("failed");
  }
  const guarded = applyWithGuards(text, tree, sorted, language);
  diagnostics.push(...guarded.diagnostics);
  if (guarded.newText === void 0) return unchanged("failed");
  return { status: "changed", text, newText: guarded.newText, edits: sorted, diagnostics, suppressed: suppressed.suppressed };
}
function isJudged(name, transforms, policy) {
  const slash = name.indexOf("/");
  const transform = transforms.get(slash === -1 ? name : name.slice(0, slash));
  if (!transform) return false;
  if (slash === -1) return transform.selectedRules === void 0;
  const rule = name.slice(slash + 1);
  return isSelected(transform, rule) && !isOff(policy, transform.meta.id, rule);
}
function applyWithGuards(text, tree, sorted, language) {
  let lineIndex;
  const lines = () => lineIndex ??= new LineIndex(text);
  const diagnostics = [];
  for (const edit of sorted) {
    const lexical = language.lexicalProblem(text, tree, edit);
    if (lexical) {
      const where = lines().positionAt(edit.start);
      diagnostics.push(engineError(edit, `refused an edit by ${edit.transformId} at ${where.line}:${where.column}: ${lexical}`));
      continue;
    }
    const site = language.syntaxErrorsIn(enclosingRegion(tree, edit, language))[0];
    if (site) {
      const where = lines().positionAt(site.start);
      diagnostics.push(
        engineError(
          edit,
          `refused to edit: the code around this edit by ${edit.transformId} does not parse (${describeSyntaxError(site)} at ${where.line}:${where.column}); fix the syntax and run again`
        )
      );
    }
  }
  if (diagnostics.length > 0) return { newText: void 0, diagnostics };
  const newText = applyEdits(text, sorted);
  const oldErrorCount = findSyntaxErrors(tree.rootNode).length;
  const newTree = reparseAfterEdits(language, tree, text, newText, sorted);
  const broken = findIntroducedSyntaxError(oldErrorCount, newTree, sorted, language);
  if (broken) {
    const where = new LineIndex(newText).positionAt(broken.start);
    const owners = [...new Set(sorted.map((e) => e.transformId))].join(", ");
    diagnostics.push(
      engineError(
        { start: 0, end: 0 },
        `refused: the edits of ${owners} would introduce a syntax error (${describeSyntaxError(broken)} at ${where.line}:${where.column} of the edited text); nothing in this file was changed`
      )
    );
    return { newText: void 0, diagnostics };
  }
  return { newText, diagnostics };
}
function enclosingRegion(tree, edit, language) {
  let node = tree.rootNode.descendantForIndex(edit.start, Math.max(edit.start, edit.end - 1));
  while (node && !(language.regionTypes.has(node.type) && node.startIndex <= edit.start && edit.end <= node.endIndex)) {
    node = node.parent;
  }
  return node ?? tree.rootNode;
}
function findIntroducedSyntaxError(oldErrorCount, newTree, sorted, language) {
  if (!newTree.rootNode.hasError) return void 0;
  for (const range of editedRanges(sorted)) {
    const site = language.syntaxErrorsIn(enclosingRegion(newTree, range, language))[0];
    if (site) return site;
  }
  const newSites = findSyntaxErrors(newTree.rootNode);
  return newSites.length > oldErrorCount ? newSites[0] : void 0;
}
function isSelected(transform, rule) {
  return transform.selectedRules === void 0 || rule === void 0 || transform.selectedRules.has(rule);
}
function isNoOp(text, edit) {
  return text.slice(edit.start, edit.end) === edit.text;
}
function validateResult(result, length) {
  if (result === void 0 || result === null) return void 0;
  if (typeof result.then === "function") {
    Promise.resolve(result).catch(() => void 0);
    return "a promise (is run async?); run must return { edits, diagnostics } itself, so nothing it found counts";
  }
  if (typeof result !== "object") return `${typeof result} instead of { edits, diagnostics }`;
  const { edits, diagnostics } = result;
  if (edits !== void 0 && !Array.isArray(edits)) return "edits that are not an array";
  if (diagnostics !== void 0 && !Array.isArray(diagnostics)) return "diagnostics that are not an array";
  for (const edit of edits ?? []) {
    if (!edit || typeof edit.text !== "string" || !isRange(edit, length) || edit.message !== void 0 && typeof edit.message !== "string") {
      return `an invalid edit ${JSON.stringify(edit)} (need integer 0 <= start <= end <= ${length}, string text and, if any, a string message)`;
    }
  }
  for (const d of diagnostics ?? []) {
    if (!d || typeof d.message !== "string" || !isSeverity(d.severity) || !d.range || !isRange(d.range, length)) {
      return `an invalid diagnostic ${JSON.stringify(d)} (need severity, message and range)`;
    }
  }
  return void 0;
}
function isRange(range, length) {
  const { start, end } = range;
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= length;
}
function isSeverity(value2) {
  return value2 === "error" || value2 === "warning" || value2 === "info";
}
function engineError(range, message, origin = ENGINE2) {
  return { severity: "error", message, range: { start: range.start, end: range.end }, origin };
}
function span(lines, edit) {
  const a = lines.positionAt(edit.start);
  const b = lines.positionAt(edit.end);
  return `${a.line}:${a.column}-${b.line}:${b.column}`;
}

// src/run/file-work.ts
function leanWork(work) {
  if (work.kind !== "transformed") return work;
  const { text: _text, ...source } = work.source;
  const { text: _old, newText: _new, ...outcome } = work.outcome;
  return { kind: "transformed", source, outcome };
}
var MEMORY_PER_SOURCE_BYTE = 64;
var DEFAULT_WORK_MEMORY_BYTES = 2 * 1024 * 1024 * 1024;
function overBudget(size, limits) {
  if (limits.parseBudgetBytes === void 0 || size <= limits.parseBudgetBytes) return void 0;
  const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MiB`;
  return `not parsed: a file of ${mib(size)} needs about ${mib(size * MEMORY_PER_SOURCE_BYTE)} of memory to parse and transform (about ${MEMORY_PER_SOURCE_BYTE} bytes per byte), more than one file may take (${mib(limits.parseBudgetBytes * MEMORY_PER_SOURCE_BYTE)}; raise it with --worker-memory)`;
}
function workOnBytes(path, bytes, transforms, options = {}, surroundings = {}, limits = {}) {
  const needed = needsWork(path, bytes, transforms, surroundings.project !== void 0);
  if (needed !== true) return needed;
  const refused = overBudget(bytes.length, limits);
  if (refused !== void 0) return { kind: "failed", reason: refused };
  const source = decodeSource(bytes);
  const known = surroundings.knownTransformIds ?? transforms.map((transform) => transform.meta.id);
  const outcome = transformSource(path, source, transforms, options, { ...surroundings, knownTransformIds: known });
  noteParsedText(source.text.length * (outcome.status === "changed" ? 2 : 1));
  if (outcome.status === "unchanged" && outcome.diagnostics.length === 0 && outcome.suppressed.length === 0)
    return { kind: "nothing-to-do" };
  return { kind: "transformed", source, outcome };
}
function needsWork(path, bytes, transforms, hasProject) {
  try {
    const inspected = inspectBytes(bytes);
    if (needsParsing(fileNeedsOfBytes(path, inspected, transforms, hasProject))) return true;
    return { kind: "nothing-to-do" };
  } catch (thrown) {
    if (thrown instanceof UnsupportedEncodingError) return { kind: "unsupported", reason: thrown.reason };
    throw thrown;
  }
}

// src/run/project-context.ts
function declarationsOfBytes(path, bytes, maxBytes = Infinity) {
  const declarations = languageForPath(path)?.declarations;
  if (declarations === void 0) return void 0;
  if (bytes.length > maxBytes) return void 0;
  let text;
  try {
    text = decodeSource(bytes).text;
  } catch {
    return void 0;
  }
  noteParsedText(text.length);
  return declarations(path, text);
}

// src/engine/rule-selection.ts
init_built_module_url();
function selectRules(transform, ruleIds) {
  const selectedRules = /* @__PURE__ */ new Set([...transform.selectedRules ?? [], ...ruleIds]);
  const view = { meta: transform.meta, run: (context) => transform.run(context), selectedRules };
  const moduleUrl = transformModuleUrl(transform);
  if (moduleUrl !== void 0) rememberTransformModule(view, moduleUrl, isUserCode(transform));
  return view;
}

// src/run/rejection-watch.ts
init_built_module_url();
var import_node_v82 = __toESM(require_node_v8(), 1);
var RejectionWatch = class {
  /** `running` says which transform (by index into `transforms`) runs now, or a negative number for none. */
  constructor(running, transforms) {
    this.running = running;
    this.transforms = transforms;
    import_node_v82.promiseHooks.onInit((promise, parent) => {
      const inherited2 = parent === void 0 ? void 0 : this.owners.get(parent);
      const transform = this.running();
      if (this.file !== void 0 && transform >= 0) this.owners.set(promise, { file: this.file, transform });
      else if (inherited2) this.owners.set(promise, inherited2);
    });
    process.on("unhandledRejection", (reason, promise) => {
      const owner = this.owners.get(promise);
      const who = owner === void 0 ? "a transform" : `transform ${this.transforms[owner.transform]?.meta.id ?? owner.transform}`;
      const why = reason instanceof Error ? reason.message : String(reason);
      const file = owner?.file ?? "";
      this.pending.set(file, [
        ...this.pending.get(file) ?? [],
        `${who} left a promise rejected without handling it (${why}); not changed`
      ]);
    });
  }
  running;
  transforms;
  owners = /* @__PURE__ */ new WeakMap();
  pending = /* @__PURE__ */ new Map();
  file;
  /** Runs the synchronous work of one file (`key` names it), tagging the promises made meanwhile. */
  within(key, work) {
    this.file = key;
    try {
      return work();
    } finally {
      this.file = void 0;
    }
  }
  /** Lets the event loop turn once, then returns (and forgets) the rejections of the file `key`, or undefined. */
  async settle(key) {
    await new Promise((resolve) => setImmediate(resolve));
    const found = this.pending.get(key);
    this.pending.delete(key);
    return found?.join("; ");
  }
};

// src/run/worker-signals.ts
init_built_module_url();
var CLOSE_REQUEST = "close";
var ENGINE_AT_WORK = -1;

// src/run/file-worker.ts
async function importTransform(moduleUrl) {
  return (await import(moduleUrl)).default;
}
async function loadTransform(spec, load) {
  const transform = await load(spec.moduleUrl);
  return spec.selectedRules === void 0 ? transform : selectRules(transform, spec.selectedRules);
}
function tracked(transforms, progress) {
  return transforms.map((transform, index) => ({
    meta: transform.meta,
    ...transform.selectedRules === void 0 ? {} : { selectedRules: transform.selectedRules },
    run(context) {
      Atomics.store(progress, 0, index);
      try {
        return transform.run(context);
      } finally {
        Atomics.store(progress, 0, ENGINE_AT_WORK);
      }
    }
  }));
}
function holdForTest() {
  const ms = Number(process.env.UCMA_CODEMOD_TEST_SLOW_PROJECT_INDEX ?? 0);
  if (ms > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
async function serveFiles(port, setup, load) {
  const loaded = await Promise.all(setup.transforms.map((spec) => loadTransform(spec, load)));
  const transforms = tracked(loaded, setup.progress);
  Atomics.store(setup.progress, 0, ENGINE_AT_WORK);
  const known = new Set(setup.knownTransformIds);
  const projects = /* @__PURE__ */ new Map();
  const rejections = new RejectionWatch(() => Atomics.load(setup.progress, 0), transforms);
  const budget = setup.parseBudgetBytes === void 0 ? {} : { parseBudgetBytes: setup.parseBudgetBytes };
  const handle = async (request) => {
    if (request.kind === "project") {
      holdForTest();
      projects.set(request.root, new ProjectIndex(request.files, request.root, request.projectFiles));
      port.postMessage({ projectReady: request.root });
      return;
    }
    if (request.kind === "declare") {
      port.postMessage({ declared: declarationsOfBytes(request.path, request.bytes, setup.parseBudgetBytes) });
      return;
    }
    const project = request.project && projects.get(request.project.root);
    if (request.project && !project) {
      port.postMessage({
        work: { kind: "failed", reason: "its project index did not reach the worker thread; run with --jobs 1" }
      });
      return;
    }
    const surroundings = {
      knownTransformIds: known,
      ...setup.severities ? { severities: setup.severities } : {},
      ...request.projectFiles ? { projectFiles: request.projectFiles } : {},
      ...project ? { project } : {}
    };
    let work = rejections.within(
      request.path,
      () => workOnBytes(request.path, request.bytes, transforms, setup.options, surroundings, budget)
    );
    const rejected = await rejections.settle(request.path);
    if (rejected !== void 0) work = { kind: "failed", reason: rejected };
    try {
      port.postMessage({ work: leanWork(work) });
    } catch (thrown) {
      const reason = `the transforms' results for this file cannot be passed between threads (${thrown instanceof Error ? thrown.message : String(thrown)}); run with --jobs 1`;
      port.postMessage({ work: { kind: "failed", reason } });
    }
  };
  let queue = Promise.resolve();
  port.on("message", (request) => {
    queue = queue.then(() => request === CLOSE_REQUEST ? port.close() : handle(request));
  });
  port.postMessage({ ready: true });
}

// transforms/index.ts
init_built_module_url();

// transforms/provisioner-tls-target.ts
init_built_module_url();

// src/index.ts
init_built_module_url();

// src/engine/transform.ts
init_built_module_url();
var __moduleUrl4 = __builtModuleUrl("src/engine/transform.js");
function defineTransform(transform, moduleUrl) {
  if (moduleUrl !== void 0) rememberTransformModule(transform, moduleUrl);
  return transform;
}

// src/authoring/edit-builders.ts
init_built_module_url();
function rangeOf(target) {
  if ("startIndex" in target) return { start: target.startIndex, end: target.endIndex };
  return { start: target.start, end: target.end };
}
function replace(target, text) {
  const { start, end } = rangeOf(target);
  return { start, end, text };
}
function insertBefore(target, text) {
  const { start } = rangeOf(target);
  return { start, end: start, text };
}
function insertAfter(target, text) {
  const { end } = rangeOf(target);
  return { start: end, end, text };
}
function remove(target) {
  const { start, end } = rangeOf(target);
  return { start, end, text: "" };
}
function diagnostic(severity, target, message) {
  return { severity, message, range: rangeOf(target) };
}
function error(target, message) {
  return diagnostic("error", target, message);
}
function warning(target, message) {
  return diagnostic("warning", target, message);
}
function info(target, message) {
  return diagnostic("info", target, message);
}

// src/authoring/tree-helpers.ts
init_built_module_url();
function findAll(root, types) {
  const wanted = typeof types === "string" ? [types] : [...types];
  const found = root.descendantsOfType(wanted);
  return wanted.includes(root.type) ? [root, ...found.filter((n) => !isSameNode2(n, root))] : found;
}
function findIdentifiers(root, names) {
  const text = root.text;
  const found = [];
  const wanted = typeof names === "string" ? [names] : [...new Set(names)];
  for (const name of wanted) if (name !== "") findOccurrences(root, text, name, found);
  if (wanted.length > 1) found.sort((a, b) => a.startIndex - b.startIndex);
  return found;
}
function findOccurrences(root, text, name, found) {
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length)) {
    if (isIdentifierPart(text, at - 1) || isIdentifierPart(text, at + name.length)) continue;
    const start = root.startIndex + at;
    const end = start + name.length;
    let node = root.descendantForIndex(start, end);
    while (node && node.type !== "identifier" && node.startIndex === start && node.endIndex === end && !isSameNode2(node, root))
      node = node.parent;
    if (node?.type === "identifier" && node.startIndex === start && node.endIndex === end) found.push(node);
  }
}
function findDeclarationsNamed(root, types, name) {
  const wanted = typeof types === "string" ? [types] : types;
  const found = [];
  for (const identifier of findIdentifiers(root, name)) {
    const declaration = identifier.parent;
    if (!declaration || !wanted.includes(declaration.type)) continue;
    const named = declaration.childForFieldName("name");
    if (named && isSameNode2(named, identifier)) found.push(declaration);
  }
  return found;
}
function isIdentifierPart(text, index) {
  const code = index < 0 ? NaN : text.charCodeAt(index);
  return code >= 48 && code <= 57 || code >= 65 && code <= 90 || code >= 97 && code <= 122 || code === 95 || code === 64;
}
function namedChildrenWithoutComments(node) {
  return node.namedChildren.filter((child) => child.type !== "comment");
}
function isSameNode2(a, b) {
  return a.id === b.id && a.tree === b.tree;
}

// src/authoring/csharp-syntax.ts
init_built_module_url();
function unwrapParentheses(node) {
  let current = node;
  while (current.type === "parenthesized_expression") {
    const inner = current.namedChildren.find((child) => child.type !== "comment");
    if (!inner) break;
    current = inner;
  }
  return current;
}
function operatorOf(node) {
  if (node.type === "binary_expression") return node.childForFieldName("operator")?.type;
  if (node.type === "prefix_unary_expression") return node.child(0)?.type;
  return void 0;
}
function flattenBinary(node, operator) {
  const inner = unwrapParentheses(node);
  if (inner.type === "binary_expression" && operatorOf(inner) === operator) {
    const left = inner.childForFieldName("left");
    const right = inner.childForFieldName("right");
    if (left && right) return [...flattenBinary(left, operator), ...flattenBinary(right, operator)];
  }
  return [inner];
}
function memberAccessParts(node) {
  const inner = unwrapParentheses(node);
  if (inner.type !== "member_access_expression") return void 0;
  const object = inner.childForFieldName("expression");
  const name = inner.childForFieldName("name");
  if (!object || !name) return void 0;
  return { object, name: name.text };
}
function invocationParts(node) {
  const inner = unwrapParentheses(node);
  if (inner.type !== "invocation_expression") return void 0;
  const callee = inner.childForFieldName("function");
  const list = inner.childForFieldName("arguments");
  if (!callee || !list) return void 0;
  const args = [];
  for (const argument of list.namedChildren) {
    if (argument.type !== "argument") continue;
    const name = argument.childForFieldName("name")?.text;
    const value2 = argument.namedChildren.filter((child) => child.type !== "comment").at(-1);
    if (!value2) return void 0;
    if (argument.children.some((child) => ["ref", "out", "in"].includes(child.type))) return void 0;
    args.push(name === void 0 ? { value: value2 } : { name, value: value2 });
  }
  return { callee, args };
}
function compactText(node) {
  if (node.type === "comment") return "";
  if (node.childCount === 0) return node.text;
  return node.children.map(compactText).join("");
}
var STRING_TYPE_SPELLINGS = /* @__PURE__ */ new Set(["string", "String", "System.String", "global::System.String"]);
function isStringType(node) {
  return STRING_TYPE_SPELLINGS.has(compactText(unwrapParentheses(node)));
}
function isStringComparisonType(node) {
  return ["StringComparison", "System.StringComparison", "global::System.StringComparison"].includes(compactText(node));
}
function declarationName(node) {
  return node.childForFieldName("name")?.text;
}
function hasUsingNamespace(node, namespace) {
  for (let scope = node; scope; scope = scope.parent) {
    const container = usingContainer(scope);
    if (container && usedNamespaces(container).has(namespace)) return true;
  }
  return false;
}
var usedNamespaces = memoPerNode((container) => {
  const found = /* @__PURE__ */ new Set();
  for (const child of container.namedChildren) {
    if (child.type !== "using_directive") continue;
    if (child.childForFieldName("name")) continue;
    if (child.children.some((token) => token.type === "static")) continue;
    const target = child.namedChildren.find((part) => part.type !== "comment");
    if (target) found.add(compactText(target));
  }
  return found;
});
function usingContainer(scope) {
  if (scope.type === "namespace_declaration") return scope.childForFieldName("body");
  if (scope.type === "compilation_unit" || scope.type === "file_scoped_namespace_declaration") return scope;
  return null;
}
var FUNCTION_BOUNDARIES = /* @__PURE__ */ new Set(["lambda_expression", "anonymous_method_expression", "local_function_statement"]);
var LOOPS = /* @__PURE__ */ new Set(["for_statement", "foreach_statement", "while_statement", "do_statement"]);
function enclosingLoop(node, within) {
  for (let current = node.parent; current && !isSameNode2(current, within); current = current.parent) {
    if (FUNCTION_BOUNDARIES.has(current.type)) return void 0;
    if (LOOPS.has(current.type)) return current;
  }
  return void 0;
}

// src/authoring/type-resolver.ts
init_built_module_url();

// src/authoring/known-types.ts
init_built_module_url();
var KnownTypeTable = class {
  byName = /* @__PURE__ */ new Map();
  bySimple = /* @__PURE__ */ new Map();
  namespaces = /* @__PURE__ */ new Set();
  constructor(types) {
    for (const type of types) {
      if (this.byName.has(type.fullName)) throw new Error(`known type ${type.fullName} is listed twice`);
      this.byName.set(type.fullName, type);
      const simple2 = type.fullName.slice(type.fullName.lastIndexOf(".") + 1);
      this.bySimple.set(simple2, this.bySimple.has(simple2) ? null : type.fullName);
      const parts = type.fullName.split(".");
      for (let length = 1; length < parts.length; length++) this.namespaces.add(parts.slice(0, length).join("."));
    }
  }
  type(fullName) {
    return this.byName.get(fullName);
  }
  /** The full name of the one listed type with this simple name; null when several have it. */
  fullNameOf(simpleName2) {
    return this.bySimple.get(simpleName2);
  }
  /** True for a namespace that holds (directly or further down) a listed type. */
  hasNamespace(name) {
    return this.namespaces.has(name);
  }
  get types() {
    return [...this.byName.values()];
  }
};
function parseTypeText(text) {
  let at = 0;
  const skip = () => {
    while (text[at] === " ") at++;
  };
  const parse3 = () => {
    skip();
    const start = at;
    while (at < text.length && /[\w.]/.test(text[at])) at++;
    const name = text.slice(start, at);
    if (name === "") throw new Error(`malformed type text: ${text}`);
    const args = [];
    skip();
    if (text[at] === "<") {
      at++;
      for (; ; ) {
        args.push(parse3());
        skip();
        if (text[at] === ",") at++;
        else if (text[at] === ">") {
          at++;
          break;
        } else throw new Error(`malformed type text: ${text}`);
      }
    }
    let result = { name, args };
    skip();
    while (text[at] === "[") {
      let rank = 1;
      at++;
      while (text[at] === ",") {
        rank++;
        at++;
      }
      if (text[at] !== "]") throw new Error(`malformed type text: ${text}`);
      at++;
      result = { array: result, rank };
      skip();
    }
    return result;
  };
  const parsed = parse3();
  skip();
  if (at !== text.length) throw new Error(`malformed type text: ${text}`);
  return parsed;
}
function parseParameterText(text) {
  const match = /^(out|ref|params) (.*)$/.exec(text.trim());
  return match ? { modifier: match[1], type: match[2] } : { type: text.trim() };
}

// src/authoring/linq-operators.ts
init_built_module_url();
var op = (result, elementLambdas = [], indexed = false) => ({
  result,
  elementLambdas,
  ...indexed ? { indexed } : {}
});
var LINQ_OPERATORS = {
  Where: op("sequence", [0], true),
  Select: op("selected", [0], true),
  SelectMany: op("selected-many", [0], true),
  First: op("element", [0]),
  FirstOrDefault: op("element", [0]),
  Last: op("element", [0]),
  LastOrDefault: op("element", [0]),
  Single: op("element", [0]),
  SingleOrDefault: op("element", [0]),
  ElementAt: op("element"),
  ElementAtOrDefault: op("element"),
  Any: op("other", [0]),
  All: op("other", [0]),
  Count: op("other", [0]),
  LongCount: op("other", [0]),
  Sum: op("other", [0]),
  Min: op("other", [0]),
  Max: op("other", [0]),
  Average: op("other", [0]),
  Skip: op("sequence"),
  Take: op("sequence"),
  SkipWhile: op("sequence", [0], true),
  TakeWhile: op("sequence", [0], true),
  Distinct: op("sequence"),
  Reverse: op("sequence"),
  AsEnumerable: op("sequence"),
  DefaultIfEmpty: op("sequence"),
  OrderBy: op("ordered", [0]),
  OrderByDescending: op("ordered", [0]),
  ThenBy: op("ordered", [0]),
  ThenByDescending: op("ordered", [0]),
  ToList: op("list"),
  ToArray: op("array"),
  GroupBy: op("grouped", [0, 1]),
  ToDictionary: op("dictionary", [0, 1]),
  ToLookup: op("other", [0, 1]),
  OfType: op("type-argument"),
  Cast: op("type-argument")
};

// src/authoring/system-types.ts
init_built_module_url();
var SCG = "System.Collections.Generic";
var COM = "System.Collections.ObjectModel";
var CC = "System.Collections.Concurrent";
var TT = "System.Threading.Tasks";
var property = (type) => ({ kind: "property", type });
var method = (type, ...overloads) => ({
  kind: "method",
  ...type ? { type } : {},
  overloads
});
var indexer = (type, key) => ({ kind: "indexer", type, overloads: [[key]] });
function generic(kind, fullName, typeParameters, interfaces, members = {}, base) {
  return { fullName, kind, typeParameters, interfaces, members, ...base ? { base } : {} };
}
function delegate(fullName, typeParameters, parameters, returns) {
  return { fullName, kind: "delegate", typeParameters, invoke: { parameters, ...returns ? { returns } : {} } };
}
var dictionaryMembers = (keys, values) => ({
  "this[]": indexer("TValue", "TKey"),
  TryGetValue: method("System.Boolean", ["TKey", "out TValue"]),
  Keys: property(keys),
  Values: property(values)
});
var listMembers = {
  "this[]": indexer("T", "System.Int32"),
  ForEach: method(void 0, ["Action<T>"]),
  Find: method("T", ["Predicate<T>"]),
  FindLast: method("T", ["Predicate<T>"]),
  FindAll: method("List<T>", ["Predicate<T>"]),
  Exists: method("System.Boolean", ["Predicate<T>"]),
  TrueForAll: method("System.Boolean", ["Predicate<T>"]),
  RemoveAll: method("System.Int32", ["Predicate<T>"]),
  ToArray: method("T[]", []),
  // Sort(), Sort(IComparer<T>) and Sort(Int32, Int32, IComparer<T>) take no lambda.
  Sort: method(void 0, [], ["Comparison<T>"])
};
var SYSTEM_TYPES = [
  { fullName: "System.Object", kind: "class" },
  { fullName: "System.String", kind: "class", interfaces: [`${SCG}.IEnumerable<System.Char>`] },
  { fullName: "System.Char", kind: "struct" },
  { fullName: "System.Boolean", kind: "struct" },
  { fullName: "System.Int32", kind: "struct" },
  { fullName: "System.Int64", kind: "struct" },
  { fullName: "System.Byte", kind: "struct" },
  { fullName: "System.Array", kind: "class" },
  { fullName: "System.EventArgs", kind: "class" },
  {
    fullName: "System.Exception",
    kind: "class",
    members: { InnerException: property("System.Exception"), Message: property("System.String") }
  },
  { fullName: "System.IAsyncResult", kind: "interface", members: { AsyncState: property("System.Object") } },
  generic("class", "System.Lazy", ["T"], [], { Value: property("T") }),
  generic("class", "System.Tuple`1", ["T1"], [], { Item1: property("T1") }),
  generic("class", "System.Tuple`2", ["T1", "T2"], [], { Item1: property("T1"), Item2: property("T2") }),
  generic("class", "System.Tuple`3", ["T1", "T2", "T3"], [], { Item1: property("T1"), Item2: property("T2"), Item3: property("T3") }),
  generic("struct", "System.Nullable", ["T"], [], { Value: property("T") }),
  // Collections: the element type comes from IEnumerable<T>.
  generic("interface", `${SCG}.IEnumerable`, ["T"], []),
  generic("interface", `${SCG}.ICollection`, ["T"], ["IEnumerable<T>"]),
  generic("interface", `${SCG}.IList`, ["T"], ["ICollection<T>"], { "this[]": indexer("T", "System.Int32") }),
  generic("interface", `${SCG}.IReadOnlyCollection`, ["T"], ["IEnumerable<T>"]),
  generic("interface", `${SCG}.IReadOnlyList`, ["T"], ["IReadOnlyCollection<T>"], { "this[]": indexer("T", "System.Int32") }),
  generic("interface", `${SCG}.ISet`, ["T"], ["ICollection<T>"]),
  generic("class", `${SCG}.List`, ["T"], ["IList<T>", "IReadOnlyList<T>"], listMembers),
  generic("class", `${SCG}.HashSet`, ["T"], ["ISet<T>"]),
  generic("class", `${SCG}.LinkedList`, ["T"], ["ICollection<T>"]),
  generic("class", `${SCG}.Queue`, ["T"], ["IEnumerable<T>"], {
    Dequeue: method("T", []),
    Peek: method("T", []),
    TryDequeue: method("System.Boolean", ["out T"])
  }),
  generic("class", `${SCG}.Stack`, ["T"], ["IEnumerable<T>"], { Pop: method("T", []), Peek: method("T", []) }),
  generic("struct", `${SCG}.KeyValuePair`, ["TKey", "TValue"], [], { Key: property("TKey"), Value: property("TValue") }),
  generic("interface", `${SCG}.IDictionary`, ["TKey", "TValue"], ["ICollection<KeyValuePair<TKey, TValue>>"], {
    ...dictionaryMembers("ICollection<TKey>", "ICollection<TValue>")
  }),
  generic("interface", `${SCG}.IReadOnlyDictionary`, ["TKey", "TValue"], ["IReadOnlyCollection<KeyValuePair<TKey, TValue>>"], {
    ...dictionaryMembers("IEnumerable<TKey>", "IEnumerable<TValue>")
  }),
  generic("class", `${SCG}.Dictionary`, ["TKey", "TValue"], ["IDictionary<TKey, TValue>", "IReadOnlyDictionary<TKey, TValue>"], {
    ...dictionaryMembers(`${SCG}.Dictionary.KeyCollection<TKey, TValue>`, `${SCG}.Dictionary.ValueCollection<TKey, TValue>`)
  }),
  generic("class", `${SCG}.Dictionary.KeyCollection`, ["TKey", "TValue"], ["ICollection<TKey>"]),
  generic("class", `${SCG}.Dictionary.ValueCollection`, ["TKey", "TValue"], ["ICollection<TValue>"]),
  generic("class", `${SCG}.SortedDictionary`, ["TKey", "TValue"], ["IDictionary<TKey, TValue>"], {
    ...dictionaryMembers("ICollection<TKey>", "ICollection<TValue>")
  }),
  generic("class", `${SCG}.SortedList`, ["TKey", "TValue"], ["IDictionary<TKey, TValue>"], {
    ...dictionaryMembers("IList<TKey>", "IList<TValue>")
  }),
  generic("class", `${COM}.Collection`, ["T"], ["IList<T>", "IReadOnlyList<T>"], { "this[]": indexer("T", "System.Int32") }),
  generic("class", `${COM}.ReadOnlyCollection`, ["T"], ["IList<T>", "IReadOnlyList<T>"], { "this[]": indexer("T", "System.Int32") }),
  generic("class", `${COM}.ObservableCollection`, ["T"], [], {}, "Collection<T>"),
  generic("class", `${CC}.ConcurrentDictionary`, ["TKey", "TValue"], ["IDictionary<TKey, TValue>", "IReadOnlyDictionary<TKey, TValue>"], {
    ...dictionaryMembers("ICollection<TKey>", "ICollection<TValue>"),
    TryRemove: method("System.Boolean", ["TKey", "out TValue"]),
    GetOrAdd: method("TValue")
  }),
  generic("class", `${CC}.ConcurrentQueue`, ["T"], ["IReadOnlyCollection<T>"], {
    TryDequeue: method("System.Boolean", ["out T"]),
    TryPeek: method("System.Boolean", ["out T"])
  }),
  generic("class", `${CC}.ConcurrentBag`, ["T"], ["IReadOnlyCollection<T>"], { TryTake: method("System.Boolean", ["out T"]) }),
  generic("class", `${CC}.BlockingCollection`, ["T"], ["IReadOnlyCollection<T>"], { Take: method("T", []) }),
  generic("interface", "System.Linq.IGrouping", ["TKey", "TElement"], ["IEnumerable<TElement>"], { Key: property("TKey") }),
  generic("interface", "System.Linq.IOrderedEnumerable", ["T"], ["IEnumerable<T>"]),
  // Tasks: `await` gives TResult.
  { fullName: `${TT}.Task`, kind: "class" },
  generic(
    "class",
    `${TT}.Task\`1`,
    ["TResult"],
    [],
    {
      Result: property("TResult"),
      ConfigureAwait: method("System.Runtime.CompilerServices.ConfiguredTaskAwaitable<TResult>", ["System.Boolean"])
    },
    "Task"
  ),
  generic("struct", `${TT}.ValueTask\`1`, ["TResult"], [], { Result: property("TResult") }),
  generic("struct", "System.Runtime.CompilerServices.ConfiguredTaskAwaitable`1", ["TResult"], []),
  // Delegates a lambda converts to.
  delegate("System.Action", [], []),
  delegate("System.Action`1", ["T"], ["T"]),
  delegate("System.Action`2", ["T1", "T2"], ["T1", "T2"]),
  delegate("System.Action`3", ["T1", "T2", "T3"], ["T1", "T2", "T3"]),
  delegate("System.Action`4", ["T1", "T2", "T3", "T4"], ["T1", "T2", "T3", "T4"]),
  delegate("System.Func`1", ["TResult"], [], "TResult"),
  delegate("System.Func`2", ["T", "TResult"], ["T"], "TResult"),
  delegate("System.Func`3", ["T1", "T2", "TResult"], ["T1", "T2"], "TResult"),
  delegate("System.Func`4", ["T1", "T2", "T3", "TResult"], ["T1", "T2", "T3"], "TResult"),
  delegate("System.Predicate", ["T"], ["T"], "System.Boolean"),
  delegate("System.Comparison", ["T"], ["T", "T"], "System.Int32"),
  delegate("System.Converter", ["TInput", "TOutput"], ["TInput"], "TOutput"),
  delegate("System.EventHandler", [], ["System.Object", "System.EventArgs"]),
  delegate("System.EventHandler`1", ["TEventArgs"], ["System.Object", "TEventArgs"]),
  delegate("System.AsyncCallback", [], ["System.IAsyncResult"]),
  delegate("System.Threading.WaitCallback", [], ["System.Object"]),
  delegate("System.Threading.TimerCallback", [], ["System.Object"])
];
var systemTypes = new KnownTypeTable(SYSTEM_TYPES);

// src/authoring/type-resolver.ts
var ARRAY_TYPE = "[]";
var MAX_DEPTH = 24;
var ENUMERABLE = "System.Collections.Generic.IEnumerable";
var LINQ_NAMESPACE = "System.Linq";
var NO_SUBSTITUTION = /* @__PURE__ */ new Map();
var HARMLESS_NAMESPACE = /^System(\.|$)/;
var TypeResolver = class {
  constructor(root, path, project, known) {
    this.root = root;
    this.path = path;
    this.known = known;
    this.project = project && project.hasFile(path) ? project : new ProjectIndex([collectDeclarations(path, root.tree)]);
    this.tables = [known, systemTypes];
  }
  root;
  path;
  known;
  project;
  tables;
  cache = /* @__PURE__ */ new Map();
  delegateCache = /* @__PURE__ */ new Map();
  textCache = /* @__PURE__ */ new Map();
  depth = 0;
  /** The project's declaration of a type (partial parts merged), or undefined. */
  declaredType(fullName) {
    return this.project.type(fullName);
  }
  /** The type written at a type node (`InstantMessagingFlow`, `A.B`, `global::X.Y`, `List<T>`). */
  resolveTypeNode(node) {
    const name = typeNameOf(node);
    return name ? this.resolveTypeName(name, nameScopeAt(node)) : void 0;
  }
  /** The type a value declared with the type written at `node` has (a type parameter has its constraint's members). */
  valueTypeOfNode(node) {
    const name = typeNameOf(node);
    return name ? this.resolveTypeName(name, nameScopeAt(node), NO_SUBSTITUTION, true) : void 0;
  }
  /** The type an expression has, when the code proves it. */
  typeOf(expression) {
    const meaning = this.meaningOf(expression);
    return meaning?.kind === "value" ? meaning.type : void 0;
  }
  /** What an expression denotes: a value, a type (`Foo.Bar` as a static receiver) or a namespace. */
  meaningOf(expression) {
    if (this.cache.has(expression.id)) return this.cache.get(expression.id);
    return this.guarded(() => {
      const meaning = this.computeMeaning(expression);
      this.cache.set(expression.id, meaning);
      return meaning;
    });
  }
  guarded(work) {
    if (this.depth > MAX_DEPTH) return void 0;
    this.depth++;
    try {
      return work();
    } finally {
      this.depth--;
    }
  }
  /** True when `type` is the type `fullName` or derives from it (through project or library bases). */
  isSameOrDerived(type, fullName) {
    if (!type) return false;
    const seen = /* @__PURE__ */ new Set();
    const queue = [type];
    while (queue.length > 0 && seen.size < 64) {
      const current = queue.shift();
      if (current.fullName === fullName) return true;
      if (seen.has(current.fullName)) continue;
      seen.add(current.fullName);
      queue.push(...this.basesOf(current));
    }
    return false;
  }
  /** The member named `name` that `type` has: the nearest declaration on it or its bases. */
  findMember(type, name) {
    const source = this.findMemberSource(type, name);
    return source ? this.foundMemberOf(source) : void 0;
  }
  foundMemberOf(source, methodTypeArgs) {
    if (source.declared) {
      const { type: declaredType, members } = source.declared;
      const types = members.map(
        (m) => m.type ? this.resolveTypeName(m.type, m.scope, this.memberSubstitution(declaredType, source.owner, m, methodTypeArgs), true) : void 0
      );
      const first = types[0];
      const same = types.every((t) => t && first && sameType(t, first));
      if (members[0].kind === "enum-member")
        return { owner: source.owner, kind: "enum-member", type: source.owner, declaredInProject: true };
      return { owner: source.owner, kind: members[0].kind, type: same ? first : void 0, declaredInProject: true };
    }
    const { type: knownType, member } = source.known;
    const substitution = this.knownSubstitution(knownType, source.owner, member, methodTypeArgs);
    const type = member.kind === "enum-member" ? source.owner : member.type ? this.resolveText(member.type, substitution) : void 0;
    return { owner: source.owner, kind: member.kind, type, declaredInProject: false };
  }
  findMemberSource(type, name) {
    const seen = /* @__PURE__ */ new Set();
    const queue = [type];
    while (queue.length > 0 && seen.size < 64) {
      const current = queue.shift();
      const key = `${current.fullName}\`${current.args.length}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const declared = this.project.type(current.fullName);
      const members = declared?.members.get(name);
      if (declared && members && members.length > 0) return { owner: current, declared: { type: declared, members } };
      const knownType = declared ? void 0 : this.knownType(current);
      const knownMember = knownType?.members?.[name];
      if (knownType && knownMember) return { owner: current, known: { type: knownType, member: knownMember } };
      queue.push(...this.basesOf(current));
    }
    return void 0;
  }
  /** The direct base types (and interfaces) of a type, where they resolve, with its type arguments substituted. */
  basesOf(type) {
    if (type.fullName === ARRAY_TYPE) return [{ fullName: "System.Array", args: [] }];
    const declared = this.project.type(type.fullName);
    if (declared) {
      const substitution2 = substitutionOf(declared.typeParameters, type.args);
      return declared.bases.map((b) => this.resolveTypeName(b.type, b.scope, substitution2)).filter((t) => t !== void 0 && t.fullName !== type.fullName);
    }
    const known = this.knownType(type);
    if (!known) return [];
    const substitution = substitutionOf(known.typeParameters ?? [], type.args);
    return [...known.base ? [known.base] : [], ...known.interfaces ?? []].map((text) => this.resolveText(text, substitution)).filter((t) => t !== void 0);
  }
  /** A library type from the tables: the transform's table, then the base library's (`Task\`1` before `Task`). */
  knownType(type) {
    for (const table of this.tables) {
      const found = (type.args.length > 0 ? table.type(`${type.fullName}\`${type.args.length}`) : void 0) ?? table.type(type.fullName);
      if (found) return found;
    }
    return void 0;
  }
  /** A type text of the tables (see `parseTypeText`), resolved with the given type arguments. */
  resolveText(text, substitution = NO_SUBSTITUTION) {
    let parsed = this.textCache.get(text);
    if (!parsed) this.textCache.set(text, parsed = parseTypeText(text));
    return this.resolveParsedText(parsed, substitution);
  }
  resolveParsedText(text, substitution) {
    if ("array" in text) {
      const element = this.resolveParsedText(text.array, substitution);
      return element ? { fullName: ARRAY_TYPE, args: [element] } : void 0;
    }
    if (text.args.length === 0 && substitution.has(text.name)) return substitution.get(text.name);
    const args = text.args.map((arg) => this.resolveParsedText(arg, substitution));
    const fullName = this.tableFullName(text.name, text.args.length);
    return fullName === void 0 ? void 0 : { fullName, args };
  }
  /** The full name (no arity) a name written in a table stands for: a dotted full name, or a simple name listed once. */
  tableFullName(name, arity) {
    if (name.includes(".")) return name;
    for (const table of this.tables) {
      const found = (arity > 0 ? table.fullNameOf(`${name}\`${arity}`) : void 0) ?? table.fullNameOf(name);
      if (found === null) return void 0;
      if (found !== void 0) return found.replace(/`\d+$/, "");
    }
    return void 0;
  }
  knownSubstitution(owner, ownerType, member, methodTypeArgs) {
    const map = new Map(substitutionOf(owner.typeParameters ?? [], ownerType.args));
    const own2 = member?.typeParameters ?? [];
    const args = methodTypeArgs?.length === own2.length ? methodTypeArgs : void 0;
    for (const [index, parameter] of own2.entries()) map.set(parameter, args?.[index]);
    return map;
  }
  memberSubstitution(owner, ownerType, member, methodTypeArgs) {
    const map = new Map(substitutionOf(owner.typeParameters, ownerType.args));
    const own2 = member.typeParameters ?? [];
    for (const [index, parameter] of own2.entries()) {
      if (methodTypeArgs && methodTypeArgs.length === own2.length) map.set(parameter, methodTypeArgs[index]);
      else map.delete(parameter);
    }
    return map;
  }
  /** Resolves a written type name in a scope, following C# lookup; undefined when unproven or ambiguous. */
  resolveTypeName(name, scope, substitution = NO_SUBSTITUTION, asValue = false) {
    if (name.kind === "other") {
      const builtIn = BUILT_IN_TYPES[name.text];
      return builtIn ? { fullName: builtIn, args: [] } : void 0;
    }
    if (name.kind === "array") {
      const element = this.resolveTypeName(name.element, scope, substitution);
      return element ? { fullName: ARRAY_TYPE, args: [element] } : void 0;
    }
    const meaning = this.guarded(() => this.resolveNamespaceOrType(name, scope, substitution, asValue));
    return meaning?.kind === "type" ? meaning.type : void 0;
  }
  resolveNamespaceOrType(name, scope, substitution, asValue) {
    if (name.kind !== "named" || name.parts.length === 0) return void 0;
    const [first, ...rest] = name.parts;
    let meaning;
    if (name.alias === "global") meaning = this.member({ kind: "namespace", name: "" }, first, scope, substitution);
    else if (name.alias !== void 0) {
      const target = this.aliasTarget(name.alias, scope);
      meaning = target?.kind === "namespace" ? this.member(target, first, scope, substitution) : void 0;
    } else meaning = this.resolveSimpleName(first, scope, substitution, asValue && rest.length === 0);
    for (const part of rest) {
      if (!meaning) return void 0;
      meaning = this.member(meaning, part, scope, substitution);
    }
    return meaning;
  }
  /** `left.part` where left is a namespace or a type. */
  member(left, part, scope, substitution = NO_SUBSTITUTION) {
    if (left.kind === "value") return void 0;
    const prefix = left.kind === "namespace" ? left.name : left.type.fullName;
    const fullName = prefix === "" ? part.name : `${prefix}.${part.name}`;
    if (this.typeExists(fullName, part.args.length))
      return { kind: "type", type: { fullName, args: this.resolveArgs(part, scope, substitution) } };
    if (left.kind === "namespace" && this.namespaceExists(fullName)) return { kind: "namespace", name: fullName };
    return void 0;
  }
  /** C# lookup of a simple name as a namespace or type: type parameters, nested types, then each namespace level. */
  resolveSimpleName(part, scope, substitution = NO_SUBSTITUTION, asValue = false) {
    const { name } = part;
    if (scope.typeParameters.includes(name)) {
      if (part.args.length > 0) return void 0;
      if (substitution.has(name)) {
        const type2 = substitution.get(name);
        return type2 ? { kind: "type", type: type2 } : void 0;
      }
      const constraint = asValue ? scope.constraints?.[name] : void 0;
      const type = constraint ? this.resolveTypeName(constraint, scope, substitution) : void 0;
      return type ? { kind: "type", type } : void 0;
    }
    const args = () => this.resolveArgs(part, scope, substitution);
    const arity = part.args.length;
    for (const enclosing2 of scope.enclosingTypes) {
      const nested = `${enclosing2}.${name}`;
      if (this.typeExists(nested, arity)) return { kind: "type", type: { fullName: nested, args: args() } };
    }
    let unknownImportsInside = false;
    for (const level of this.levelsOf(scope)) {
      const fullName = level.namespace === "" ? name : `${level.namespace}.${name}`;
      if (this.typeExists(fullName, arity)) return { kind: "type", type: { fullName, args: args() } };
      if (this.namespaceExists(fullName)) return { kind: "namespace", name: fullName };
      const alias = level.aliases.get(name);
      if (alias) return part.args.length === 0 ? this.resolveAliasTarget(alias, scope) : void 0;
      const candidates = /* @__PURE__ */ new Set();
      for (const using of level.usings) {
        const candidate = `${using}.${name}`;
        if (this.typeExists(candidate, arity)) candidates.add(candidate);
      }
      if (candidates.size > 1) return void 0;
      const [only] = candidates;
      if (only !== void 0) return unknownImportsInside ? void 0 : { kind: "type", type: { fullName: only, args: args() } };
      if (level.usings.some((u) => !HARMLESS_NAMESPACE.test(u) && !this.namespaceExists(u))) unknownImportsInside = true;
    }
    return void 0;
  }
  /** The scope's namespace levels, the global one with the project's `global using` directives added. */
  levelsOf(scope) {
    const global = this.project.globalUsings;
    if (global.usings.length === 0 && global.aliases.length === 0 && global.staticUsings.length === 0) return scope.levels;
    return scope.levels.map(
      (level) => level.namespace !== "" ? level : {
        namespace: "",
        usings: [.../* @__PURE__ */ new Set([...level.usings, ...global.usings])],
        aliases: new Map([...global.aliases, ...level.aliases]),
        staticUsings: [...level.staticUsings ?? [], ...global.staticUsings]
      }
    );
  }
  aliasTarget(alias, scope) {
    for (const level of this.levelsOf(scope)) {
      const target = level.aliases.get(alias);
      if (target) return this.resolveAliasTarget(target, scope);
    }
    return void 0;
  }
  /** An alias's target is written fully qualified (C# resolves it without the file's other usings). */
  resolveAliasTarget(target, scope) {
    if (target.kind !== "named") return void 0;
    const bare = {
      levels: scope.levels.map((l) => ({ namespace: l.namespace, usings: [], aliases: /* @__PURE__ */ new Map() })),
      enclosingTypes: [],
      typeParameters: []
    };
    return this.guarded(() => this.resolveNamespaceOrTypeBare(target, bare));
  }
  resolveNamespaceOrTypeBare(target, bare) {
    if (target.kind !== "named" || target.parts.length === 0) return void 0;
    const [first, ...rest] = target.parts;
    let meaning = target.alias === "global" ? this.member({ kind: "namespace", name: "" }, first, bare) : this.resolveBareSimpleName(first, bare);
    for (const part of rest) {
      if (!meaning) return void 0;
      meaning = this.member(meaning, part, bare);
    }
    return meaning;
  }
  resolveBareSimpleName(part, bare) {
    for (const level of bare.levels) {
      const fullName = level.namespace === "" ? part.name : `${level.namespace}.${part.name}`;
      if (this.typeExists(fullName, part.args.length))
        return { kind: "type", type: { fullName, args: this.resolveArgs(part, bare, NO_SUBSTITUTION) } };
      if (this.namespaceExists(fullName)) return { kind: "namespace", name: fullName };
    }
    return void 0;
  }
  resolveArgs(part, scope, substitution) {
    return part.args.map((arg) => this.resolveTypeName(arg, scope, substitution));
  }
  typeExists(fullName, arity = 0) {
    return this.project.type(fullName) !== void 0 || this.knownType({ fullName, args: new Array(arity) }) !== void 0;
  }
  namespaceExists(name) {
    return this.project.hasNamespace(name) || this.tables.some((table) => table.hasNamespace(name));
  }
  computeMeaning(node) {
    switch (node.type) {
      case "parenthesized_expression": {
        const inner = node.namedChildren.find((c) => c.type !== "comment");
        const meaning = inner ? this.meaningOf(inner) : void 0;
        return meaning?.kind === "value" ? meaning : void 0;
      }
      case "identifier":
        return this.meaningOfIdentifier(node);
      case "string_literal":
      case "verbatim_string_literal":
      case "raw_string_literal":
      case "interpolated_string_expression":
        return value({ fullName: "System.String", args: [] });
      case "boolean_literal":
        return value({ fullName: "System.Boolean", args: [] });
      case "integer_literal":
        return value({ fullName: "System.Int32", args: [] });
      case "generic_name":
      case "qualified_name":
      case "alias_qualified_name": {
        const name = typeNameOf(node);
        return name ? this.resolveNamespaceOrType(name, nameScopeAt(node), NO_SUBSTITUTION, false) : void 0;
      }
      // tree-sitter-c-sharp 0.23 writes `this` and `base` as anonymous tokens.
      case "this":
      case "this_expression": {
        const self = this.enclosingTypeAt(node);
        return self ? value(self) : void 0;
      }
      case "base":
      case "base_expression": {
        const self = this.enclosingTypeAt(node);
        const bases = self ? this.basesOf(self).filter((b) => this.isClass(b)) : [];
        return bases.length === 1 ? value(bases[0]) : void 0;
      }
      case "member_access_expression": {
        const left = node.childForFieldName("expression");
        const name = node.childForFieldName("name");
        if (!left || !name) return void 0;
        const leftMeaning = this.meaningOf(left);
        if (!leftMeaning) return void 0;
        const part = typeNameOf(name);
        if (leftMeaning.kind !== "value" && part?.kind === "named" && part.parts.length === 1) {
          const asType = this.member(leftMeaning, part.parts[0], nameScopeAt(node));
          if (asType) return asType;
        }
        if (leftMeaning.kind === "namespace" || !leftMeaning.type) return void 0;
        return this.memberValue(leftMeaning.type, memberNameOf(name));
      }
      case "conditional_access_expression": {
        const condition = node.childForFieldName("condition") ?? node.namedChildren[0];
        const binding = node.namedChildren.find((c) => c.type === "member_binding_expression");
        const type = condition ? this.typeOf(condition) : void 0;
        const name = binding?.childForFieldName("name");
        if (!type || !name) return void 0;
        return this.memberValue(type, memberNameOf(name));
      }
      case "invocation_expression":
        return this.invocationValue(node);
      case "object_creation_expression":
      case "cast_expression": {
        const typeNode = node.childForFieldName("type");
        const type = typeNode ? this.resolveTypeNode(typeNode) : void 0;
        return type ? value(type) : void 0;
      }
      case "as_expression": {
        const typeNode = node.childForFieldName("right");
        const type = typeNode ? this.resolveTypeNode(typeNode) : void 0;
        return type ? value(type) : void 0;
      }
      case "array_creation_expression": {
        const typeNode = node.childForFieldName("type");
        const type = typeNode ? this.resolveTypeNode(typeNode) : void 0;
        return type ? value(type) : void 0;
      }
      case "implicit_array_creation_expression": {
        const initializer = node.namedChildren.find((c) => c.type === "initializer_expression");
        const element = initializer ? this.commonType(initializer.namedChildren.filter((c) => c.type !== "comment")) : void 0;
        return element ? value({ fullName: ARRAY_TYPE, args: [element] }) : void 0;
      }
      case "conditional_expression": {
        const a = node.childForFieldName("consequence");
        const b = node.childForFieldName("alternative");
        const type = a && b ? this.commonType([a, b]) : void 0;
        return type ? value(type) : void 0;
      }
      case "binary_expression": {
        if (node.childForFieldName("operator")?.type !== "??") return void 0;
        const left = node.childForFieldName("left");
        const right = node.childForFieldName("right");
        const type = left && right ? this.commonType([left, right]) : void 0;
        return type ? value(type) : void 0;
      }
      case "postfix_unary_expression": {
        if (node.child(node.childCount - 1)?.type !== "!") return void 0;
        const operand = node.namedChildren[0];
        const type = operand ? this.typeOf(operand) : void 0;
        return type ? value(type) : void 0;
      }
      case "element_access_expression": {
        const receiver = node.childForFieldName("expression");
        const type = receiver ? this.typeOf(receiver) : void 0;
        const subscript = node.childForFieldName("subscript");
        const count = (subscript?.namedChildren ?? []).filter((c) => c.type === "argument").length;
        const element = type ? this.indexerType(type, count) : void 0;
        return element ? value(element) : void 0;
      }
      case "await_expression": {
        const operand = node.namedChildren.find((c) => c.type !== "comment");
        const type = operand ? this.typeOf(operand) : void 0;
        return type && AWAITABLE.has(type.fullName) && type.args.length === 1 && type.args[0] ? value(type.args[0]) : void 0;
      }
      case "query_expression": {
        const element = this.queryResultElement(node);
        return element ? value({ fullName: ENUMERABLE, args: [element] }) : void 0;
      }
      default:
        return void 0;
    }
  }
  /** The type of every one of `nodes` when they all have the same one (null literals aside). */
  commonType(nodes) {
    const typed = nodes.filter((n) => n.type !== "null_literal");
    if (typed.length === 0) return void 0;
    const types = typed.map((n) => this.typeOf(n));
    const first = types[0];
    return first && types.every((t) => t && sameType(t, first)) ? first : void 0;
  }
  /** The element type `foreach` gives for a collection of this type: an array's, or its one IEnumerable<T>'s. */
  elementTypeOf(type) {
    if (!type) return void 0;
    if (type.fullName === ARRAY_TYPE) return type.args[0];
    const getEnumerator = this.findMemberSource(type, "GetEnumerator");
    if (getEnumerator?.declared) return void 0;
    const found = [];
    const seen = /* @__PURE__ */ new Set();
    const queue = [type];
    while (queue.length > 0 && seen.size < 64) {
      const current = queue.shift();
      const key = typeKey(current);
      if (seen.has(key)) continue;
      seen.add(key);
      if (current.fullName === ENUMERABLE && current.args.length === 1) {
        if (!current.args[0]) return void 0;
        if (!found.some((f) => sameType(f, current.args[0]))) found.push(current.args[0]);
        continue;
      }
      queue.push(...this.basesOf(current));
    }
    return found.length === 1 ? found[0] : void 0;
  }
  /** The type `x[...]` has for a receiver of this type and that many indices. */
  indexerType(type, count) {
    if (type.fullName === ARRAY_TYPE) return type.args[0];
    const source = this.findMemberSource(type, INDEXER_NAME);
    if (!source) return void 0;
    if (source.declared) {
      const types = source.declared.members.filter((m) => (m.parameters ?? []).length === count).map(
        (m) => m.type ? this.resolveTypeName(m.type, m.scope, this.memberSubstitution(source.declared.type, source.owner, m), true) : void 0
      );
      const first = types[0];
      return first && types.every((t) => t && sameType(t, first)) ? first : void 0;
    }
    const signatures = (this.signaturesOf(source) ?? []).filter((s) => s.parameters.length === count);
    return signatures.length > 0 ? this.foundMemberOf(source).type : void 0;
  }
  /** The value of calling `callee(...)`. */
  invocationValue(invocation) {
    const callee = invocation.childForFieldName("function");
    if (!callee) return void 0;
    const linq = this.linqCall(invocation);
    if (linq) return value(this.linqResult(invocation, linq));
    const found = this.calledMethod(callee);
    if (found) return found.kind === "method" ? value(found.type) : void 0;
    const meaning = callee.type === "identifier" || callee.type === "member_access_expression" ? this.meaningOf(callee) : void 0;
    const shape = meaning?.kind === "value" ? this.delegateShape(meaning.type) : void 0;
    return shape?.returns ? value(shape.returns) : void 0;
  }
  /** The method a callee expression names (`x.M`, `M`, `?.M`, `x.M<T>`), found on its receiver's type or as an extension method. */
  calledMethod(callee) {
    const call = this.calledSource(callee);
    if (!call) return void 0;
    if ("extension" in call) {
      const types = call.extension.map(
        ({ member, owner }) => member.type ? this.resolveTypeName(
          member.type,
          member.scope,
          this.memberSubstitution(owner, { fullName: owner.fullName, args: [] }, member, call.typeArgs),
          true
        ) : void 0
      );
      const first = types[0];
      const same = first !== void 0 && types.every((t) => t && sameType(t, first));
      return {
        owner: { fullName: call.extension[0].owner.fullName, args: [] },
        kind: "method",
        type: same ? first : void 0,
        declaredInProject: true
      };
    }
    return { ...this.foundMemberOf(call.source, call.typeArgs), ...call.viaStaticImport ? { viaStaticImport: true } : {} };
  }
  /** Where the method a callee names is declared: a member of the receiver's type (or `this`'s), a using-static type, or project extension methods. */
  calledSource(callee) {
    if (callee.type === "member_access_expression") {
      const receiver = callee.childForFieldName("expression");
      const nameNode = callee.childForFieldName("name");
      if (!receiver || !nameNode) return void 0;
      const name = memberNameOf(nameNode);
      const typeArgs = this.explicitTypeArgs(nameNode);
      const meaning = this.meaningOf(receiver);
      const type = meaning && meaning.kind !== "namespace" ? meaning.type : void 0;
      if (!type) return void 0;
      const source = this.findMemberSource(type, name);
      if (source) return { source, ...typeArgs ? { typeArgs } : {} };
      if (meaning?.kind !== "value") return void 0;
      const extension = this.extensionMethods(type, name, callee);
      return extension ? { extension, ...typeArgs ? { typeArgs } : {} } : void 0;
    }
    if (callee.type === "identifier" || callee.type === "generic_name") {
      const name = memberNameOf(callee);
      const typeArgs = this.explicitTypeArgs(callee);
      let previous = callee;
      for (let scope = callee.parent; scope; previous = scope, scope = scope.parent) {
        if (this.localIn(scope, previous, name)) return void 0;
      }
      for (const enclosing2 of nameScopeAt(callee).enclosingTypes) {
        const source = this.findMemberSource({ fullName: enclosing2, args: [] }, name);
        if (source) return { source, ...typeArgs ? { typeArgs } : {} };
      }
      const imported = this.staticImport(callee, name);
      return imported ? { source: imported, viaStaticImport: true, ...typeArgs ? { typeArgs } : {} } : void 0;
    }
    return void 0;
  }
  explicitTypeArgs(nameNode) {
    if (nameNode.type !== "generic_name") return void 0;
    const list = nameNode.namedChildren.find((c) => c.type === "type_argument_list");
    return (list?.namedChildren ?? []).filter((c) => c.type !== "comment").map((c) => this.resolveTypeNode(c));
  }
  /**
   * The project's extension methods named `name` that apply to a receiver of `type` at `at`: in a
   * static class of a namespace in scope, whose `this` parameter the receiver converts to.
   * Undefined when any candidate's applicability cannot be decided (a generic `this` parameter).
   */
  extensionMethods(type, name, at) {
    const candidates = this.project.extensionMethods(name);
    if (candidates.length === 0) return void 0;
    const scope = nameScopeAt(at);
    const visible = /* @__PURE__ */ new Set();
    for (const level of this.levelsOf(scope)) {
      visible.add(level.namespace);
      for (const using of level.usings) visible.add(using);
    }
    const applicable = [];
    for (const candidate of candidates) {
      const namespace = candidate.owner.fullName.slice(0, Math.max(0, candidate.owner.fullName.lastIndexOf(".")));
      if (!visible.has(namespace)) continue;
      const thisParameter = candidate.member.parameters?.[0];
      if (!thisParameter?.type) return void 0;
      const thisType = this.resolveTypeName(thisParameter.type, candidate.member.scope, NO_SUBSTITUTION);
      if (!thisType) return void 0;
      if (this.isSameOrDerived(type, thisType.fullName)) applicable.push(candidate);
      else if (this.mayConvert(type, thisType)) return void 0;
    }
    return applicable.length > 0 ? applicable : void 0;
  }
  /** False only when a receiver of `from` certainly cannot be passed as a `to` (two unrelated classes). */
  mayConvert(from, to) {
    if (this.isSameOrDerived(from, to.fullName)) return true;
    return !(this.isClass(from) && this.isClass(to) && !this.isSameOrDerived(to, from.fullName));
  }
  /** A static member named `name` of a type that a `using static` directive in scope imports. */
  staticImport(at, name) {
    const scope = nameScopeAt(at);
    const found = [];
    for (const level of this.levelsOf(scope)) {
      for (const imported of level.staticUsings ?? []) {
        const bare = {
          levels: scope.levels.map((l) => ({ namespace: l.namespace, usings: [], aliases: /* @__PURE__ */ new Map() })),
          enclosingTypes: [],
          typeParameters: []
        };
        const meaning = this.guarded(() => this.resolveNamespaceOrTypeBare(imported, bare));
        if (meaning?.kind !== "type") continue;
        const source = this.findMemberSource(meaning.type, name);
        if (source) found.push(source);
      }
      if (found.length > 0) break;
    }
    return found.length === 1 ? found[0] : void 0;
  }
  memberValue(type, name) {
    const found = this.findMember(type, name);
    if (!found) return void 0;
    return value(found.kind === "method" ? void 0 : found.type);
  }
  isClass(type) {
    const declared = this.project.type(type.fullName);
    if (declared) return declared.kind === "class" || declared.kind === "record";
    return this.knownType(type)?.kind === "class";
  }
  /** The innermost type declaration around a node, as a type. */
  enclosingTypeAt(node) {
    const fullName = nameScopeAt(node).enclosingTypes[0];
    return fullName === void 0 ? void 0 : { fullName, args: [] };
  }
  /**
   * For a simple name used as a member of the enclosing type (`SyncRoot` inside a subclass) or of a
   * type imported with `using static`, the member it names; undefined when a local or parameter
   * hides it or no type declares it.
   */
  implicitMember(identifier) {
    const name = identifier.text;
    let previous = identifier;
    for (let scope = identifier.parent; scope; previous = scope, scope = scope.parent) {
      if (this.localIn(scope, previous, name)) return void 0;
      if (TYPE_DECLARATION_TYPES.has(scope.type)) {
        const fullName = nameScopeAt(previous).enclosingTypes[0];
        const found = fullName === void 0 ? void 0 : this.findMember({ fullName, args: [] }, name);
        if (found) return found;
      }
    }
    if (this.resolveSimpleName({ name, args: [] }, nameScopeAt(identifier))) return void 0;
    const imported = this.staticImport(identifier, name);
    return imported ? { ...this.foundMemberOf(imported), viaStaticImport: true } : void 0;
  }
  /** Simple-name lookup in an expression: locals and parameters, then members, then types and namespaces, then `using static` members. */
  meaningOfIdentifier(identifier) {
    const name = identifier.text;
    let previous = identifier;
    for (let scope = identifier.parent; scope; previous = scope, scope = scope.parent) {
      const local = this.localIn(scope, previous, name);
      if (local) return local;
      if (TYPE_DECLARATION_TYPES.has(scope.type)) {
        const fullName = nameScopeAt(previous).enclosingTypes[0];
        if (fullName !== void 0) {
          const found2 = this.findMember({ fullName, args: [] }, name);
          if (found2) return value(found2.kind === "method" ? void 0 : found2.type);
        }
      }
    }
    const part = { name, args: [] };
    const asType = this.resolveSimpleName(part, nameScopeAt(identifier));
    if (asType) return asType;
    const imported = this.staticImport(identifier, name);
    if (!imported) return void 0;
    const found = this.foundMemberOf(imported);
    return value(found.kind === "method" ? void 0 : found.type);
  }
  /** A local, parameter or range variable named `name` that `scope` declares and `from` (its child) sees. */
  localIn(scope, from, name) {
    switch (scope.type) {
      case "lambda_expression":
      case "anonymous_method_expression": {
        const parameters = scope.childForFieldName("parameters") ?? scope.namedChildren.find((c) => c.type === "parameter_list");
        if (!parameters) return void 0;
        if (parameters.type === "identifier" || parameters.type === "implicit_parameter")
          return parameters.text === name ? value(this.lambdaParameterType(scope, 0, 1)) : void 0;
        const list = parameters.namedChildren.filter((c) => c.type === "parameter");
        const index = list.findIndex((p) => p.childForFieldName("name")?.text === name);
        if (index < 0) return void 0;
        const typeNode = list[index].childForFieldName("type");
        return value(typeNode ? this.valueTypeOfNode(typeNode) : this.lambdaParameterType(scope, index, list.length));
      }
      case "method_declaration":
      case "constructor_declaration":
      case "local_function_statement":
      case "operator_declaration":
      case "conversion_operator_declaration":
      case "indexer_declaration":
      case "delegate_declaration": {
        const parameters = scope.childForFieldName("parameters") ?? scope.namedChildren.find((c) => c.type === "parameter_list" || c.type === "bracketed_parameter_list");
        return parameters ? this.parameterIn(parameters, name) : void 0;
      }
      case "accessor_declaration": {
        if (name !== "value") return void 0;
        const owner = scope.parent?.parent;
        const typeNode = owner?.childForFieldName("type");
        if (!owner || !typeNode) return void 0;
        const keyword = scope.children.find((c) => ["set", "init", "add", "remove"].includes(c.type));
        return keyword ? value(this.valueTypeOfNode(typeNode)) : void 0;
      }
      case "block":
      case "switch_section":
      case "compilation_unit":
        return this.declaredInStatements(scope, name);
      case "for_statement": {
        const declaration = scope.namedChildren.find((c) => c.type === "variable_declaration");
        return declaration ? this.declaratorIn(declaration, name) : void 0;
      }
      case "using_statement":
      case "fixed_statement": {
        const declaration = scope.namedChildren.find((c) => c.type === "variable_declaration");
        return declaration && declaration.id !== from.id ? this.declaratorIn(declaration, name) : void 0;
      }
      case "foreach_statement": {
        const left = scope.childForFieldName("left");
        const typeNode = scope.childForFieldName("type");
        if (left?.type !== "identifier" || left.text !== name || !typeNode || from.id === scope.childForFieldName("right")?.id)
          return void 0;
        if (typeNode.type !== "implicit_type") return value(this.valueTypeOfNode(typeNode));
        const collection = scope.childForFieldName("right");
        return value(collection ? this.elementTypeOf(this.typeOf(collection)) : void 0);
      }
      case "catch_clause": {
        const declaration = scope.namedChildren.find((c) => c.type === "catch_declaration");
        const typeNode = declaration?.childForFieldName("type");
        if (declaration?.childForFieldName("name")?.text !== name || !typeNode) return void 0;
        return value(this.resolveTypeNode(typeNode));
      }
      case "query_expression":
        return this.rangeVariable(scope, name);
      default:
        return void 0;
    }
  }
  parameterIn(list, name) {
    for (const parameter of list.namedChildren) {
      if (parameter.type !== "parameter" || parameter.childForFieldName("name")?.text !== name) continue;
      const typeNode = parameter.childForFieldName("type");
      return value(typeNode ? this.valueTypeOfNode(typeNode) : void 0);
    }
    const loose = list.children.findIndex((c) => c.type === "params");
    if (loose >= 0) {
      const rest = list.children.slice(loose + 1);
      const nameNode = rest.find((c) => c.type === "identifier");
      const typeNode = rest.find((c) => c.isNamed && c.type !== "identifier");
      if (nameNode?.text === name) return value(typeNode ? this.valueTypeOfNode(typeNode) : void 0);
    }
    return void 0;
  }
  declaratorIn(declaration, name) {
    for (const declarator of declaration.namedChildren) {
      if (declarator.type !== "variable_declarator" || declarator.childForFieldName("name")?.text !== name) continue;
      const typeNode = declaration.childForFieldName("type");
      if (!typeNode) return value(void 0);
      if (typeNode.type === "implicit_type") {
        const initializer = declarator.namedChildren.filter((c) => c.type !== "comment" && c.id !== declarator.childForFieldName("name")?.id).at(-1);
        return value(initializer ? this.typeOf(initializer) : void 0);
      }
      return value(this.valueTypeOfNode(typeNode));
    }
    return void 0;
  }
  /** A variable that a statement list declares: locals, and pattern or out variables outside nested scopes. */
  declaredInStatements(container, name) {
    for (const statement of container.namedChildren) {
      if (statement.type === "local_declaration_statement") {
        const declaration = statement.namedChildren.find((c) => c.type === "variable_declaration");
        const found2 = declaration ? this.declaratorIn(declaration, name) : void 0;
        if (found2) return found2;
        const pattern = this.patternVariableIn(statement, name);
        if (pattern) return pattern;
        continue;
      }
      if (statement.type === "local_function_statement") {
        if (statement.childForFieldName("name")?.text === name) return value(void 0);
        continue;
      }
      const found = this.patternVariableIn(statement, name);
      if (found) return found;
    }
    return void 0;
  }
  patternVariableIn(root, name) {
    const stack = [root];
    while (stack.length > 0) {
      const node = stack.pop();
      if (node.type === "declaration_expression" || node.type === "declaration_pattern") {
        const declared = node.childForFieldName("name");
        const typeNode = node.childForFieldName("type");
        if (declared?.type === "identifier" && declared.text === name) {
          if (typeNode && typeNode.type !== "implicit_type") return value(this.valueTypeOfNode(typeNode));
          return value(node.type === "declaration_expression" ? this.outVariableType(node) : void 0);
        }
      }
      for (const child of node.namedChildren) if (!NESTED_SCOPES.has(child.type)) stack.push(child);
    }
    return void 0;
  }
  /** `M(..., out var x)`: the type of the out parameter at that position, when every candidate overload agrees. */
  outVariableType(declaration) {
    const argument = declaration.parent;
    if (argument?.type !== "argument" || !argument.children.some((c) => c.type === "out")) return void 0;
    const position = argumentPosition(argument);
    if (!position) return void 0;
    const { invocation, index, count } = position;
    if (invocation.type !== "invocation_expression") return void 0;
    const signatures = this.candidateSignatures(invocation, count);
    if (!signatures || signatures.length === 0) return void 0;
    const types = signatures.map((s) => s.parameters[index]?.modifier === "out" ? s.parameters[index].type : void 0);
    const first = types[0];
    return first && types.every((t) => t && sameType(t, first)) ? first : void 0;
  }
  /** The parameter lists of the overloads a call may bind to, with that many arguments; undefined when unknown. */
  candidateSignatures(invocation, count) {
    const callee = invocation.childForFieldName("function");
    if (!callee) return void 0;
    const list = invocation.childForFieldName("arguments");
    if ((list?.namedChildren ?? []).some((a) => a.type === "argument" && a.namedChildren.some((c) => c.type === "name_colon")))
      return void 0;
    const call = this.calledSource(callee);
    if (!call) return void 0;
    let signatures;
    if ("extension" in call) {
      signatures = call.extension.map(({ owner, member }) => {
        const substitution = this.memberSubstitution(owner, { fullName: owner.fullName, args: [] }, member, call.typeArgs);
        const all = this.declaredSignature(member, substitution);
        return { parameters: all.parameters.slice(1), returns: all.returns };
      });
    } else {
      const found = this.signaturesOf(call.source, call.typeArgs);
      if (found === void 0) return void 0;
      signatures = found;
    }
    if (signatures.some((s) => s.parameters.some((p) => p.modifier === "params"))) return void 0;
    return signatures.filter((s) => count <= s.parameters.length && count >= s.parameters.filter((p) => !p.optional).length);
  }
  /** The overloads' signatures of a method, indexer or delegate member; undefined when the table does not give them. */
  signaturesOf(source, methodTypeArgs) {
    if (source.declared) {
      return source.declared.members.filter((m) => m.parameters !== void 0).filter((m) => methodTypeArgs === void 0 || (m.typeParameters?.length ?? 0) === methodTypeArgs.length).map((m) => this.declaredSignature(m, this.memberSubstitution(source.declared.type, source.owner, m, methodTypeArgs)));
    }
    const { type, member } = source.known;
    if (!member.overloads) return void 0;
    if (methodTypeArgs !== void 0 && methodTypeArgs.length !== (member.typeParameters?.length ?? 0)) return [];
    const substitution = this.knownSubstitution(type, source.owner, member, methodTypeArgs);
    const returns = member.type ? this.resolveText(member.type, substitution) : void 0;
    return member.overloads.map((overload) => ({
      parameters: overload.map((text) => {
        const { modifier, type: typeText } = parseParameterText(text);
        return { type: this.resolveText(typeText, substitution), ...modifier ? { modifier } : {} };
      }),
      returns
    }));
  }
  declaredSignature(member, substitution) {
    return {
      parameters: (member.parameters ?? []).map((p) => ({
        type: p.type ? this.resolveTypeName(p.type, member.scope, substitution) : void 0,
        ...p.modifier ? { modifier: p.modifier } : {},
        ...p.optional ? { optional: true } : {}
      })),
      returns: member.type ? this.resolveTypeName(member.type, member.scope, substitution) : void 0
    };
  }
  /**
   * The delegates a lambda or anonymous method may convert to where it stands: the parameter of
   * the method it is passed to (every overload that can take it), the handler of the event it is
   * added to, the declared type of the variable, field or property it is assigned to, a cast, or
   * `new D(...)`. Undefined when that is not known.
   */
  delegateTargetsOf(lambda) {
    if (this.delegateCache.has(lambda.id)) return this.delegateCache.get(lambda.id);
    this.delegateCache.set(lambda.id, void 0);
    const shapes = this.guarded(() => this.computeDelegateTargets(lambda));
    this.delegateCache.set(lambda.id, shapes);
    return shapes;
  }
  /** True when the lambda converts only to delegates that return void, so the value of an expression body is discarded. */
  lambdaResultIsDiscarded(lambda) {
    const shapes = this.applicableShapes(lambda);
    return shapes !== void 0 && shapes.length > 0 && shapes.every((s) => s.returnsVoid);
  }
  applicableShapes(lambda) {
    const shapes = this.delegateTargetsOf(lambda);
    const count = lambdaParameterCount(lambda);
    return count === void 0 ? shapes : shapes?.filter((s) => s.parameters.length === count);
  }
  lambdaParameterType(lambda, index, count) {
    const shapes = this.applicableShapes(lambda)?.filter((s) => s.parameters.length === count);
    if (!shapes || shapes.length === 0) return void 0;
    const first = shapes[0].parameters[index];
    return first && shapes.every((s) => s.parameters[index] && sameType(s.parameters[index], first)) ? first : void 0;
  }
  computeDelegateTargets(lambda) {
    let node = lambda;
    while (node.parent?.type === "parenthesized_expression") node = node.parent;
    const parent = node.parent;
    if (!parent) return void 0;
    switch (parent.type) {
      case "argument": {
        const position = argumentPosition(parent);
        if (!position) return void 0;
        const { invocation, index, count } = position;
        if (invocation.type === "object_creation_expression") {
          const typeNode = invocation.childForFieldName("type");
          const shape = typeNode && count === 1 ? this.delegateShape(this.resolveTypeNode(typeNode)) : void 0;
          return shape ? [shape] : void 0;
        }
        if (invocation.type !== "invocation_expression") return void 0;
        const linq = this.linqCall(invocation);
        if (linq) return this.linqLambdaTargets(linq, index);
        const signatures = this.candidateSignatures(invocation, count);
        if (!signatures) return void 0;
        const shapes = [];
        for (const signature of signatures) {
          const type = signature.parameters[index]?.type;
          if (!type) return void 0;
          const shape = this.delegateShape(type);
          if (shape) shapes.push(shape);
          else if (!this.knowsKind(type)) return void 0;
        }
        return shapes;
      }
      case "assignment_expression": {
        if (parent.childForFieldName("right")?.id !== node.id) return void 0;
        const operator = parent.childForFieldName("operator")?.type ?? parent.children.find((c) => !c.isNamed)?.type;
        const left = parent.childForFieldName("left");
        if (!left) return void 0;
        if (operator === "+=" || operator === "-=") {
          const handler = this.eventHandlerType(left);
          if (handler) return handler;
        } else if (operator !== "=") return void 0;
        const shape = this.delegateShape(this.typeOf(left));
        return shape ? [shape] : void 0;
      }
      case "variable_declarator": {
        const declaration = parent.parent;
        const typeNode = declaration?.type === "variable_declaration" ? declaration.childForFieldName("type") : null;
        if (!typeNode || typeNode.type === "implicit_type") return void 0;
        const shape = this.delegateShape(this.resolveTypeNode(typeNode));
        return shape ? [shape] : void 0;
      }
      case "cast_expression": {
        const typeNode = parent.childForFieldName("type");
        const shape = typeNode ? this.delegateShape(this.resolveTypeNode(typeNode)) : void 0;
        return shape ? [shape] : void 0;
      }
      default:
        return void 0;
    }
  }
  /** `x.SomeEvent += ...`: the handler delegate of the event (EventHandler<TArgs> for the library table's events). */
  eventHandlerType(target) {
    if (target.type !== "member_access_expression" && target.type !== "identifier") return void 0;
    let found;
    if (target.type === "member_access_expression") {
      const receiver = target.childForFieldName("expression");
      const name = target.childForFieldName("name")?.text;
      const type = receiver ? this.typeOf(receiver) : void 0;
      found = type && name ? this.findMemberSource(type, name) : void 0;
    } else {
      const self = this.enclosingTypeAt(target);
      found = self ? this.findMemberSource(self, target.text) : void 0;
    }
    if (!found) return void 0;
    if (found.known) {
      const { type, member: member2 } = found.known;
      if (member2.kind !== "event" || !member2.type) return void 0;
      const substitution = this.knownSubstitution(type, found.owner, member2);
      const handler = member2.handler ? this.resolveText(member2.handler, substitution) : { fullName: "System.EventHandler", args: [this.resolveText(member2.type, substitution)] };
      const shape2 = this.delegateShape(handler);
      return shape2 ? [shape2] : void 0;
    }
    const member = found.declared.members[0];
    if (member.kind !== "event" && member.kind !== "field" && member.kind !== "property") return void 0;
    const shape = this.delegateShape(this.foundMemberOf(found).type);
    return shape ? [shape] : void 0;
  }
  /** The parameters and return of a delegate type (library or project); undefined for any other type. */
  delegateShape(type) {
    if (!type) return void 0;
    const declared = this.project.type(type.fullName);
    if (declared) {
      if (declared.kind !== "delegate") return void 0;
      const invoke = declared.members.get("Invoke")?.[0];
      if (!invoke) return void 0;
      const signature = this.declaredSignature(invoke, substitutionOf(declared.typeParameters, type.args));
      const returnsVoid = invoke.type?.kind === "other" && invoke.type.text === "void";
      return {
        parameters: signature.parameters.map((p) => p.type),
        returnsVoid,
        ...signature.returns ? { returns: signature.returns } : {}
      };
    }
    const known = this.knownType(type);
    if (known?.kind !== "delegate" || !known.invoke) return void 0;
    const substitution = substitutionOf(known.typeParameters ?? [], type.args);
    const returns = known.invoke.returns ? this.resolveText(known.invoke.returns, substitution) : void 0;
    return {
      parameters: known.invoke.parameters.map((text) => this.resolveText(text, substitution)),
      returnsVoid: known.invoke.returns === void 0,
      ...returns ? { returns } : {}
    };
  }
  /** True when the type is known well enough to say it is not a delegate. */
  knowsKind(type) {
    return type.fullName === ARRAY_TYPE || this.project.type(type.fullName) !== void 0 || this.knownType(type) !== void 0;
  }
  /**
   * `source.Op(...)` for a LINQ operator of the table, where C# binds it to System.Linq.Enumerable:
   * System.Linq is imported, the source's type has no member of that name, the project declares no
   * extension method of that name, and the source's element type is known.
   */
  linqCall(invocation) {
    const callee = invocation.childForFieldName("function");
    if (callee?.type !== "member_access_expression") return void 0;
    const nameNode = callee.childForFieldName("name");
    const receiver = callee.childForFieldName("expression");
    const name = nameNode ? memberNameOf(nameNode) : "";
    const operator = LINQ_OPERATORS[name];
    if (!operator || !receiver || !nameNode) return void 0;
    if (this.project.extensionMethods(name).length > 0 || !this.importsLinq(invocation)) return void 0;
    const meaning = this.meaningOf(receiver);
    if (meaning?.kind !== "value" || !meaning.type) return void 0;
    if (this.findMemberSource(meaning.type, name)) return void 0;
    const element = this.elementTypeOf(meaning.type);
    if (!element && operator.result !== "type-argument") return void 0;
    return { operator, element, name };
  }
  importsLinq(at) {
    return this.levelsOf(nameScopeAt(at)).some(
      (level) => level.usings.includes(LINQ_NAMESPACE) || level.namespace.startsWith(LINQ_NAMESPACE)
    );
  }
  linqLambdaTargets(linq, index) {
    const { operator, element } = linq;
    if (!element || !operator.elementLambdas.includes(index)) return void 0;
    const shapes = [{ parameters: [element], returnsVoid: false }];
    if (operator.indexed && index === 0) shapes.push({ parameters: [element, { fullName: "System.Int32", args: [] }], returnsVoid: false });
    return shapes;
  }
  linqResult(invocation, linq) {
    const { operator, element } = linq;
    const args = (invocation.childForFieldName("arguments")?.namedChildren ?? []).filter((c) => c.type === "argument");
    const lambdaBody = (position) => {
      const argument = args[position]?.namedChildren.filter((c) => c.type !== "comment").at(-1);
      if (argument?.type !== "lambda_expression") return void 0;
      const body = argument.childForFieldName("body");
      return body && body.type !== "block" ? this.typeOf(body) : void 0;
    };
    const sequence = (of) => of ? { fullName: ENUMERABLE, args: [of] } : void 0;
    switch (operator.result) {
      case "element":
        return element;
      case "sequence":
        return sequence(element);
      case "ordered":
        return element ? { fullName: "System.Linq.IOrderedEnumerable", args: [element] } : void 0;
      case "list":
        return element ? { fullName: "System.Collections.Generic.List", args: [element] } : void 0;
      case "array":
        return element ? { fullName: ARRAY_TYPE, args: [element] } : void 0;
      case "selected":
        return args.length === 1 ? sequence(lambdaBody(0)) : void 0;
      case "selected-many":
        return args.length === 1 ? sequence(this.elementTypeOf(lambdaBody(0))) : void 0;
      case "grouped": {
        const key = args.length === 1 ? lambdaBody(0) : void 0;
        return key && element ? sequence({ fullName: "System.Linq.IGrouping", args: [key, element] }) : void 0;
      }
      case "dictionary": {
        const key = lambdaBody(0);
        const item = args.length === 1 ? element : args.length === 2 ? lambdaBody(1) : void 0;
        return key && item ? { fullName: "System.Collections.Generic.Dictionary", args: [key, item] } : void 0;
      }
      case "type-argument": {
        const callee = invocation.childForFieldName("function")?.childForFieldName("name");
        const typeArgs = callee ? this.explicitTypeArgs(callee) : void 0;
        return typeArgs?.length === 1 && args.length === 0 ? sequence(typeArgs[0]) : void 0;
      }
      default:
        return void 0;
    }
  }
  /** A range variable of a query expression (`from c in calls`, `let`, `join`) that `from` sees. */
  rangeVariable(query2, name) {
    if (!this.importsLinq(query2)) return void 0;
    for (const clause of query2.namedChildren) {
      if (clause.type === "from_clause" || clause.type === "join_clause") {
        const declared = clause.childForFieldName("name") ?? clause.namedChildren.find((c) => c.type === "identifier");
        if (declared?.text !== name) continue;
        const typeNode = clause.childForFieldName("type");
        if (typeNode) return value(this.valueTypeOfNode(typeNode));
        const source = clause.namedChildren.filter((c) => c.id !== declared.id && c.type !== "comment")[0];
        const sourceType = source ? this.typeOf(source) : void 0;
        if (!sourceType || this.findMemberSource(sourceType, "Select") || this.findMemberSource(sourceType, "Where"))
          return value(void 0);
        return value(this.elementTypeOf(sourceType));
      }
      if (clause.type === "let_clause") {
        const [declared, expression] = clause.namedChildren.filter((c) => c.type !== "comment");
        if (declared?.text === name) return value(expression ? this.typeOf(expression) : void 0);
      }
    }
    return void 0;
  }
  /** `from x in s ... select e`: the type of e, when the query ends in a select and its first source types. */
  queryResultElement(query2) {
    const clauses = query2.namedChildren.filter((c) => c.type !== "comment");
    const last = clauses.at(-1);
    if (last?.type !== "select_clause" || clauses.some((c) => c.type === "group_clause" || c.type === "query_continuation"))
      return void 0;
    const first = clauses[0];
    const declared = first?.childForFieldName("name") ?? first?.namedChildren.find((c) => c.type === "identifier");
    if (first?.type !== "from_clause" || !declared) return void 0;
    const range = this.rangeVariable(query2, declared.text);
    if (range?.kind !== "value" || !range.type) return void 0;
    const selected = last.namedChildren.filter((c) => c.type !== "comment").at(-1);
    return selected ? this.typeOf(selected) : void 0;
  }
  /**
   * For a local declared `dynamic` in a method, the proven types of every value assigned to it in
   * that method (its initialiser and each `=`); undefined when there is none, one is unproven, or
   * the local may be written otherwise (`ref`/`out`, compound assignment, a shadowing declaration).
   */
  dynamicLocalValues(identifier) {
    if (identifier.type !== "identifier") return void 0;
    const name = identifier.text;
    const declarator = this.dynamicDeclarator(identifier);
    if (!declarator) return void 0;
    const body = enclosingBody(declarator);
    if (!body) return void 0;
    const initializer = declarator.namedChildren.filter((c) => c.type !== "comment" && c.id !== declarator.childForFieldName("name")?.id).at(-1);
    if (!initializer) return void 0;
    const values = [initializer];
    const stack = [body];
    while (stack.length > 0) {
      const node = stack.pop();
      if (node.type === "implicit_parameter" && node.text === name) return void 0;
      if (node.type === "identifier" && node.text === name && node.id !== declarator.childForFieldName("name")?.id) {
        const parent = node.parent;
        if (parent?.type === "assignment_expression" && parent.childForFieldName("left")?.id === node.id) {
          const operator = parent.childForFieldName("operator")?.type ?? parent.children.find((c) => !c.isNamed)?.type;
          if (operator !== "=") return void 0;
          values.push(parent.childForFieldName("right"));
        } else if (parent?.type === "argument" && parent.children.some((c) => c.type === "ref" || c.type === "out")) return void 0;
        else if (parent && (parent.type === "prefix_unary_expression" || parent.type === "postfix_unary_expression")) return void 0;
        else if (parent && DECLARING_PARENTS.has(parent.type) && parent.childForFieldName("name")?.id === node.id) return void 0;
        else if (parent?.type === "lambda_expression" || parent?.type === "parameter") return void 0;
      }
      stack.push(...node.namedChildren);
    }
    const types = values.map((v) => this.typeOf(v));
    return types.every((t) => t !== void 0) ? types : void 0;
  }
  /** The declarator of the local `dynamic` variable an identifier names, when it is one. */
  dynamicDeclarator(identifier) {
    const name = identifier.text;
    if (this.resolveSimpleName({ name: "dynamic", args: [] }, nameScopeAt(identifier))) return void 0;
    let previous = identifier;
    for (let scope = identifier.parent; scope; previous = scope, scope = scope.parent) {
      if (scope.type === "block" || scope.type === "switch_section") {
        for (const statement of scope.namedChildren) {
          if (statement.type !== "local_declaration_statement") continue;
          const declaration = statement.namedChildren.find((c) => c.type === "variable_declaration");
          const declarator = declaration?.namedChildren.find(
            (d) => d.type === "variable_declarator" && d.childForFieldName("name")?.text === name
          );
          if (!declarator) continue;
          const typeNode = declaration.childForFieldName("type");
          return typeNode?.type === "identifier" && typeNode.text === "dynamic" ? declarator : void 0;
        }
      }
      if (this.localIn(scope, previous, name)) return void 0;
      if (BODY_OWNERS.has(scope.type)) return void 0;
    }
    return void 0;
  }
};
function argumentPosition(argument) {
  const list = argument.parent;
  if (list?.type !== "argument_list") return void 0;
  const args = list.namedChildren.filter((c) => c.type === "argument");
  const invocation = list.parent;
  if (!invocation) return void 0;
  return { invocation, index: args.findIndex((a) => a.id === argument.id), count: args.length };
}
function lambdaParameterCount(lambda) {
  const parameters = lambda.childForFieldName("parameters") ?? lambda.namedChildren.find((c) => c.type === "parameter_list");
  if (!parameters) return lambda.type === "anonymous_method_expression" ? void 0 : 0;
  if (parameters.type === "identifier" || parameters.type === "implicit_parameter") return 1;
  return parameters.namedChildren.filter((c) => c.type === "parameter").length;
}
function enclosingBody(node) {
  for (let current = node.parent; current; current = current.parent) {
    if (BODY_OWNERS.has(current.type)) return current;
  }
  return void 0;
}
var BODY_OWNERS = /* @__PURE__ */ new Set([
  "method_declaration",
  "constructor_declaration",
  "local_function_statement",
  "accessor_declaration",
  "operator_declaration",
  "conversion_operator_declaration",
  "destructor_declaration"
]);
var DECLARING_PARENTS = /* @__PURE__ */ new Set(["variable_declarator", "declaration_expression", "foreach_statement", "catch_declaration", "parameter"]);
var AWAITABLE = /* @__PURE__ */ new Set([
  "System.Threading.Tasks.Task",
  "System.Threading.Tasks.ValueTask",
  "System.Runtime.CompilerServices.ConfiguredTaskAwaitable"
]);
function value(type) {
  return { kind: "value", type };
}
function substitutionOf(parameters, args) {
  const map = /* @__PURE__ */ new Map();
  parameters.forEach((parameter, index) => map.set(parameter, args[index]));
  return map;
}
function typeKey(type) {
  if (!type) return "?";
  return type.args.length === 0 ? type.fullName : `${type.fullName}<${type.args.map(typeKey).join(",")}>`;
}
var BUILT_IN_TYPES = {
  string: "System.String",
  bool: "System.Boolean",
  int: "System.Int32",
  object: "System.Object",
  long: "System.Int64",
  byte: "System.Byte",
  char: "System.Char"
};
var TYPE_DECLARATION_TYPES = /* @__PURE__ */ new Set([
  "class_declaration",
  "struct_declaration",
  "interface_declaration",
  "record_declaration",
  "record_struct_declaration"
]);
var NESTED_SCOPES = /* @__PURE__ */ new Set([
  "block",
  "lambda_expression",
  "anonymous_method_expression",
  "local_function_statement",
  "for_statement",
  "foreach_statement",
  "using_statement",
  "catch_clause",
  "while_statement",
  "do_statement",
  "switch_section",
  "query_expression"
]);
function memberNameOf(node) {
  if (node.type === "generic_name") return node.namedChildren.find((c) => c.type === "identifier")?.text ?? node.text;
  return node.text;
}
function sameType(a, b) {
  return a.fullName === b.fullName && a.args.length === b.args.length && a.args.every((x, i) => x && b.args[i] ? sameType(x, b.args[i]) : x === b.args[i]);
}
function createTypeResolver(context, known) {
  return new TypeResolver(context.tree.rootNode, context.path, context.project, known);
}

// src/authoring/ucma-types.ts
init_built_module_url();
var C = "Microsoft.Rtc.Collaboration";
var AV = `${C}.AudioVideo`;
var CM = `${C}.ComponentModel`;
var CONF = `${C}.ConferenceManagement`;
var CG = `${C}.ContactsGroups`;
var P = `${C}.Presence`;
var S = "Microsoft.Rtc.Signaling";
var property2 = (type) => type ? { kind: "property", type } : { kind: "property" };
var method2 = (type, ...overloads) => ({
  kind: "method",
  ...type ? { type } : {},
  ...overloads.length > 0 ? { overloads } : {}
});
var begin = (...parameters) => method2("System.IAsyncResult", ...parameters.map((list) => [...list, "System.AsyncCallback", "System.Object"]));
var event = (argsType) => ({ kind: "event", type: argsType });
var enumMember = { kind: "enum-member" };
function cls(fullName, base, members = {}, typeParameters) {
  return { fullName, kind: "class", members, ...base ? { base } : {}, ...typeParameters ? { typeParameters } : {} };
}
function extend(types, fullName, members) {
  const index = types.findIndex((t) => t.fullName === fullName);
  if (index < 0) throw new Error(`extend: ${fullName} is not listed`);
  const type = types[index];
  for (const name of Object.keys(members)) if (type.members?.[name]) throw new Error(`extend: ${fullName}.${name} is listed twice`);
  types[index] = { ...type, members: { ...type.members, ...members } };
}
var BASE_TYPES = [
  // Platforms and endpoints.
  cls(`${C}.CollaborationPlatform`, void 0, {}),
  cls(`${C}.ServerPlatformSettings`, void 0, {
    AddressFamiliesEnabled: property2(),
    AllowedDomains: property2(),
    TrustedDomains: property2()
  }),
  cls(`${C}.ClientPlatformSettings`, void 0, { AddressFamiliesEnabled: property2() }),
  cls(`${C}.ProvisionedApplicationPlatformSettings`, void 0),
  cls(`${C}.LocalEndpoint`, void 0, {
    AddressFamiliesEnabled: property2(),
    RemotePresence: property2(`${P}.RemotePresence`),
    ProvisioningDataAutoRefreshDisabled: property2(),
    InnerEndpoint: property2(`${S}.RealTimeEndpoint`),
    Platform: property2(`${C}.CollaborationPlatform`),
    ConferenceServices: property2(`${CONF}.ConferenceServices`),
    // Page-mode messages (MessageType first): unchanged in UCMA 4.0.
    BeginSendMessage: method2(),
    EndSendMessage: method2()
  }),
  cls(`${C}.ApplicationEndpoint`, `${C}.LocalEndpoint`, { SetProxyInformation: method2() }),
  cls(`${C}.UserEndpoint`, `${C}.LocalEndpoint`),
  cls(`${C}.LocalEndpointSettings`, void 0, { AddressFamiliesEnabled: property2() }),
  cls(`${C}.ApplicationEndpointSettings`, `${C}.LocalEndpointSettings`, { ProvisioningDataAutoRefreshDisabled: property2() }),
  cls(`${C}.UserEndpointSettings`, `${C}.LocalEndpointSettings`),
  cls(`${C}.ApplicationEndpointSettingsDiscoveredEventArgs`, void 0, {
    ApplicationEndpointSettings: property2(`${C}.ApplicationEndpointSettings`)
  }),
  // Calls, flows and their event arguments.
  cls(`${C}.Call`, void 0, {
    Forward: method2(),
    Conversation: property2(`${C}.Conversation`),
    // Call's own INFO-style messages: unchanged in UCMA 4.0.
    BeginSendMessage: method2(),
    EndSendMessage: method2()
  }),
  cls(`${C}.InstantMessagingCall`, `${C}.Call`, {
    Flow: property2(`${C}.InstantMessagingFlow`),
    InstantMessagingFlowConfigurationRequested: event(`${C}.InstantMessagingFlowConfigurationRequestedEventArgs`)
  }),
  cls(`${AV}.AudioVideoCall`, `${C}.Call`, {
    Flow: property2(`${AV}.AudioVideoFlow`),
    Forward: method2(),
    AudioVideoFlowConfigurationRequested: event(`${AV}.AudioVideoFlowConfigurationRequestedEventArgs`)
  }),
  cls(`${C}.MediaFlow`, void 0),
  cls(`${C}.InstantMessagingFlow`, `${C}.MediaFlow`, {
    BeginSendMessage: begin(["System.Net.Mime.ContentType", "System.Byte[]"], ["System.String"]),
    EndSendMessage: method2(void 0, ["System.IAsyncResult"]),
    BeginSendInstantMessage: begin(["System.Net.Mime.ContentType", "System.Byte[]"], ["System.String"]),
    EndSendInstantMessage: method2(void 0, ["System.IAsyncResult"])
  }),
  cls(`${AV}.AudioVideoFlow`, `${C}.MediaFlow`),
  cls(`${C}.InstantMessagingFlowConfigurationRequestedEventArgs`, void 0, { Flow: property2(`${C}.InstantMessagingFlow`) }),
  cls(`${AV}.AudioVideoFlowConfigurationRequestedEventArgs`, void 0, { Flow: property2(`${AV}.AudioVideoFlow`) }),
  cls(`${S}.SipRequestReceivedEventArgs`, void 0),
  cls(`${CM}.InviteReceivedEventArgs`, `${S}.SipRequestReceivedEventArgs`, { IsForked: property2() }),
  cls(`${C}.CallReceivedEventArgsBase`, `${CM}.InviteReceivedEventArgs`),
  cls(`${C}.CallReceivedEventArgs`, `${C}.CallReceivedEventArgsBase`, { Call: property2("TCall") }, ["TCall"]),
  cls(`${C}.ConferenceInvitationReceivedEventArgs`, `${CM}.InviteReceivedEventArgs`),
  cls(`${C}.CallDialogContext`, void 0),
  cls(`${C}.CallMessageReceivedEventArgs`, void 0),
  cls(`${CM}.MediaProvider`, void 0, { HandleMessage: method2(), Voice802_1p: property2() }),
  cls(`${CM}.OfferAnswerContext`, void 0),
  // Conversations, conferences and MCU sessions.
  cls(`${C}.Conversation`, void 0, { ConferenceSession: property2(`${C}.ConferenceSession`), Endpoint: property2(`${C}.LocalEndpoint`) }),
  cls(`${C}.ConferenceSession`, void 0, {
    IsLocked: property2(),
    AudioVideoMcuSession: property2(`${AV}.AudioVideoMcuSession`),
    InstantMessagingMcuSession: property2(`${C}.InstantMessagingMcuSession`),
    Conversation: property2(`${C}.Conversation`)
  }),
  cls(`${C}.ConferenceSessionProperties`, void 0, { IsLocked: property2() }),
  cls(`${C}.McuSession`, void 0),
  cls(`${C}.InstantMessagingMcuSession`, `${C}.McuSession`),
  cls(`${AV}.AudioVideoMcuSession`, `${C}.McuSession`, {
    MuteAllMode: property2(),
    SelfUnmuteAssignment: property2(),
    AudioMuteAllMode: property2(),
    AudioSelfUnmuteAssignment: property2(),
    BeginEnableAnnouncements: method2(),
    EndEnableAnnouncements: method2()
  }),
  cls(`${AV}.AudioVideoMcuSessionProperties`, void 0, { MuteAllMode: property2(), SelfUnmuteAssignment: property2() }),
  cls(`${AV}.AudioVideoMcuParticipantEndpointProperties`, void 0, { IsMuted: property2() }),
  cls(`${C}.Conference`, void 0, { AdmissionPolicy: property2() }),
  cls(`${C}.ConferenceFailureException`, void 0, { Diagnostics: property2() }),
  { fullName: `${C}.ConferenceInvitationState`, kind: "enum", members: { Outgoing: enumMember } },
  cls(`${CONF}.ConferenceServices`, void 0),
  cls(`${CONF}.ConferenceScheduleInformation`, void 0, { AdmissionPolicy: property2() }),
  cls(`${CONF}.ConferenceSummary`, void 0, { AdmissionPolicy: property2() }),
  cls(`${CONF}.PhoneAccessNumber`, void 0, { ConferenceAdmissionPolicy: property2() }),
  cls(`${CG}.Contact`, void 0, { IsSubscribed: property2() }),
  cls(`${P}.LocationProfilesConfiguration`, void 0),
  cls(`${P}.NormalizationRulesInstance`, void 0),
  cls(`${P}.ProvisioningData`, void 0, { Xml: property2() }),
  cls(`${P}.RemotePresence`, void 0),
  // Signaling.
  cls(`${S}.ConnectionContext`, void 0),
  cls(`${S}.MessageReceivedEventArgs`, void 0),
  cls(`${S}.Participant`, void 0, { SyncRoot: property2() }),
  cls(`${S}.RealTimeConnectionManager`, void 0, { AddressFamiliesEnabled: property2(), GetDestinationTuple: method2() }),
  cls(`${S}.RealTimeServerConnectionManager`, `${S}.RealTimeConnectionManager`, { ListeningPort: property2() }),
  cls(`${S}.RealTimeServerTcpConnectionManager`, `${S}.RealTimeServerConnectionManager`),
  cls(`${S}.RealTimeServerTlsConnectionManager`, `${S}.RealTimeServerConnectionManager`, {
    GetDestinationTuple: method2(),
    AllowedDomains: property2()
  }),
  cls(`${S}.RealTimeEndpoint`, void 0, {
    DisableReferredBySigning: property2(),
    IsDialogResiliencySupported: property2(),
    ProcessNotifyReceived: method2(),
    SyncRoot: property2(),
    ConnectionManager: property2(`${S}.RealTimeConnectionManager`),
    // Page-mode messages: unchanged.
    BeginSendMessage: method2(),
    EndSendMessage: method2()
  }),
  cls(`${S}.SipEndpoint`, `${S}.RealTimeEndpoint`, { RegistrationStateChanged: event(`${S}.RegistrationStateChangedEventArgs`) }),
  cls(`${S}.SipPeerToPeerEndpoint`, `${S}.RealTimeEndpoint`),
  cls(`${S}.RegistrationStateChangedEventArgs`, void 0, { ResponseData: property2() }),
  cls(`${S}.SignalingSession`, void 0, {
    BeginSetConnection: method2(),
    EndSetConnection: method2(),
    SetConnection: method2(),
    Grid: property2(),
    BeginSendMessage: method2(),
    EndSendMessage: method2()
  }),
  cls(`${S}.SipUriParser`, void 0, { GridUriParameter: property2() }),
  // ---- Platform start-up and provisioning (the ucma4-provisioning pack, issue 20) ----
  // Members are listed on the types above only where they did not exist; these are the types the
  // provisioning rules reason about: how a platform is provisioned, started and fails.
  cls(`${C}.ProvisioningFailureException`, `${S}.RealTimeException`),
  cls(`${C}.ProvisioningFailedEventArgs`, void 0, { Exception: property2(`${C}.ProvisioningFailureException`) }),
  cls(`${S}.RealTimeException`, "System.Exception"),
  cls(`${S}.ConnectionFailureException`, `${S}.RealTimeException`),
  cls(`${S}.OperationFailureException`, `${S}.RealTimeException`)
];
var INFERENCE_TYPES = [
  // RegisterForIncomingCall<TCall>((sender, e) => ...): e is a CallReceivedEventArgs<TCall>.
  {
    fullName: `${C}.IncomingCallDelegate`,
    kind: "delegate",
    typeParameters: ["TCall"],
    invoke: { parameters: ["System.Object", "CallReceivedEventArgs<TCall>"] }
  },
  cls(`${C}.ParticipantEndpoint`, void 0),
  cls(`${C}.ConferenceParticipantEndpointProperties`, void 0),
  cls(`${C}.PropertiesChangedEventArgs`, void 0, { Properties: property2("TProperties") }, ["TProperties"]),
  cls(
    `${C}.ParticipantEndpointAttendanceChangedEventArgs`,
    void 0,
    {
      Joined: property2("Collection<KeyValuePair<ParticipantEndpoint, TProperties>>"),
      Left: property2("Collection<KeyValuePair<ParticipantEndpoint, TProperties>>")
    },
    ["TProperties"]
  ),
  cls(
    `${C}.ParticipantEndpointPropertiesChangedEventArgs`,
    void 0,
    { Properties: property2("TProperties"), ParticipantEndpoint: property2("ParticipantEndpoint") },
    ["TProperties"]
  ),
  cls(`${C}.ConferenceInvitation`, void 0, { State: property2(`${C}.ConferenceInvitationState`) }),
  cls(`${C}.NotificationItem`, void 0, { Item: property2("T") }, ["T"]),
  cls(`${CG}.ContactGroupServices`, void 0, { NotificationReceived: event(`${CG}.ContactGroupNotificationEventArgs`) }),
  cls(`${CG}.ContactGroupNotificationEventArgs`, void 0, { Contacts: property2(`Collection<NotificationItem<${CG}.Contact>>`) }),
  cls(`${CONF}.PhoneAccessInformation`, void 0, { AccessNumbers: property2(`ReadOnlyCollection<${CONF}.PhoneAccessNumber>`) }),
  cls(`${P}.LocalEndpointPresenceServices`, void 0, {
    BeginGetProvisioningData: begin([]),
    EndGetProvisioningData: method2(`${P}.ProvisioningData`, ["System.IAsyncResult"])
  })
];
var UCMA_ALL = [...BASE_TYPES, ...INFERENCE_TYPES];
extend(UCMA_ALL, `${C}.CollaborationPlatform`, {
  RegisterForApplicationEndpointSettings: method2(void 0, ["EventHandler<ApplicationEndpointSettingsDiscoveredEventArgs>"])
});
extend(UCMA_ALL, `${C}.LocalEndpoint`, {
  RegisterForIncomingCall: { kind: "method", typeParameters: ["TCall"], overloads: [["IncomingCallDelegate<TCall>"]] },
  ConferenceInvitationReceived: event(`${C}.ConferenceInvitationReceivedEventArgs`),
  PresenceServices: property2(`${P}.LocalEndpointPresenceServices`)
});
extend(UCMA_ALL, `${C}.UserEndpoint`, { ContactGroupServices: property2(`${CG}.ContactGroupServices`) });
extend(UCMA_ALL, `${C}.ConferenceInvitationReceivedEventArgs`, { Invitation: property2(`${C}.ConferenceInvitation`) });
extend(UCMA_ALL, `${S}.SignalingSession`, { RemoteParticipant: property2(`${S}.Participant`) });
extend(UCMA_ALL, `${C}.ConferenceSession`, {
  PropertiesChanged: event(`${C}.PropertiesChangedEventArgs<ConferenceSessionProperties>`),
  ParticipantEndpointAttendanceChanged: event(
    `${C}.ParticipantEndpointAttendanceChangedEventArgs<ConferenceParticipantEndpointProperties>`
  ),
  ParticipantEndpointPropertiesChanged: event(
    `${C}.ParticipantEndpointPropertiesChangedEventArgs<ConferenceParticipantEndpointProperties>`
  ),
  TryGetParticipantEndpointProperties: method2("System.Boolean", ["ParticipantEndpoint", "out ConferenceParticipantEndpointProperties"])
});
extend(UCMA_ALL, `${AV}.AudioVideoMcuSession`, {
  PropertiesChanged: event(`${C}.PropertiesChangedEventArgs<AudioVideoMcuSessionProperties>`),
  ParticipantEndpointAttendanceChanged: event(
    `${C}.ParticipantEndpointAttendanceChangedEventArgs<AudioVideoMcuParticipantEndpointProperties>`
  ),
  ParticipantEndpointPropertiesChanged: event(
    `${C}.ParticipantEndpointPropertiesChangedEventArgs<AudioVideoMcuParticipantEndpointProperties>`
  ),
  // The McuParticipantEndpointProperties overload inherited from McuSession is protected.
  TryGetParticipantEndpointProperties: method2("System.Boolean", ["ParticipantEndpoint", "out AudioVideoMcuParticipantEndpointProperties"])
});
extend(UCMA_ALL, `${CONF}.ConferenceServices`, {
  BeginScheduleConference: begin([`${CONF}.ConferenceScheduleInformation`]),
  EndScheduleConference: method2(`${C}.Conference`, ["System.IAsyncResult"]),
  BeginGetConferenceSummaries: begin([]),
  EndGetConferenceSummaries: method2(`Collection<${CONF}.ConferenceSummary>`, ["System.IAsyncResult"])
});
var UCMA_TYPES = UCMA_ALL;
var PLATFORM_PROVISIONING_MEMBERS = {
  [`${C}.CollaborationPlatform`]: {
    BeginStartup: method2(),
    EndStartup: method2(),
    ProvisioningFailed: event(`${C}.ProvisioningFailedEventArgs`),
    ActiveGruu: property2("System.String")
  },
  [`${C}.ServerPlatformSettings`]: { IpV6StackSupportDisabled: property2(), IpV6SupportDisabled: property2() },
  [`${C}.ClientPlatformSettings`]: { IpV6SupportDisabled: property2() },
  [`${C}.ProvisionedApplicationPlatformSettings`]: { ApplicationId: property2("System.String") },
  [`${S}.RealTimeConnectionManager`]: { DisableIpV6Support: method2() }
};
var ucmaTypes = new KnownTypeTable(UCMA_TYPES);
function withProvisioningMembers(types) {
  return types.map((type) => {
    const extra = PLATFORM_PROVISIONING_MEMBERS[type.fullName];
    return extra ? { ...type, members: { ...type.members, ...extra } } : type;
  });
}

// src/authoring/provisioning-types.ts
init_built_module_url();
var SMA = "System.Management.Automation";
var RUNSPACES = `${SMA}.Runspaces`;
var property3 = (type) => type ? { kind: "property", type } : { kind: "property" };
var field = (type) => type ? { kind: "field", type } : { kind: "field" };
var method3 = (type) => type ? { kind: "method", type } : { kind: "method" };
function cls2(fullName, base, members = {}) {
  return { fullName, kind: "class", members, ...base ? { base } : {} };
}
var PROVISIONING_SYSTEM_TYPES = [
  cls2("System.Net.Dns", void 0, {
    GetHostEntry: method3("System.Net.IPHostEntry"),
    GetHostByName: method3("System.Net.IPHostEntry"),
    Resolve: method3("System.Net.IPHostEntry"),
    GetHostAddresses: method3(),
    GetHostName: method3("System.String"),
    BeginGetHostEntry: method3(),
    EndGetHostEntry: method3("System.Net.IPHostEntry"),
    BeginGetHostAddresses: method3(),
    EndGetHostAddresses: method3(),
    GetHostEntryAsync: method3(),
    GetHostAddressesAsync: method3()
  }),
  cls2("System.Net.IPHostEntry", void 0, { HostName: property3("System.String"), AddressList: property3(), Aliases: property3() }),
  cls2("System.Net.IPAddress", void 0, {
    Any: field("System.Net.IPAddress"),
    Loopback: field("System.Net.IPAddress"),
    Broadcast: field("System.Net.IPAddress"),
    None: field("System.Net.IPAddress"),
    IPv6Any: field("System.Net.IPAddress"),
    IPv6Loopback: field("System.Net.IPAddress"),
    IPv6None: field("System.Net.IPAddress"),
    Parse: method3("System.Net.IPAddress")
  }),
  cls2("System.Configuration.ConfigurationManager", void 0, {
    AppSettings: property3("System.Collections.Specialized.NameValueCollection")
  }),
  cls2("System.Collections.Specialized.NameValueCollection", void 0, { Get: method3("System.String") }),
  cls2("System.Diagnostics.Process", void 0, { Start: method3("System.Diagnostics.Process") }),
  cls2("System.Diagnostics.ProcessStartInfo", void 0, { FileName: property3("System.String"), Arguments: property3("System.String") }),
  // PowerShell hosting: a runspace is local unless it is made from connection information.
  cls2(`${RUNSPACES}.InitialSessionState`, void 0, {
    CreateDefault: method3(`${RUNSPACES}.InitialSessionState`),
    CreateDefault2: method3(`${RUNSPACES}.InitialSessionState`),
    Create: method3(`${RUNSPACES}.InitialSessionState`),
    ImportPSModule: method3()
  }),
  cls2(`${RUNSPACES}.RunspaceFactory`, void 0, { CreateRunspace: method3(`${RUNSPACES}.Runspace`) }),
  cls2(`${RUNSPACES}.Runspace`, void 0, { CreatePipeline: method3(`${RUNSPACES}.Pipeline`), Open: method3() }),
  cls2(`${RUNSPACES}.Pipeline`, void 0, { Commands: property3(`${RUNSPACES}.CommandCollection`), Invoke: method3() }),
  cls2(`${RUNSPACES}.CommandCollection`, void 0, { Add: method3(), AddScript: method3() }),
  cls2(`${RUNSPACES}.Command`, void 0, { Parameters: property3(`${RUNSPACES}.CommandParameterCollection`) }),
  cls2(`${RUNSPACES}.CommandParameterCollection`, void 0, { Add: method3() }),
  cls2(`${RUNSPACES}.RunspaceConnectionInfo`, void 0),
  cls2(`${RUNSPACES}.WSManConnectionInfo`, `${RUNSPACES}.RunspaceConnectionInfo`),
  cls2(`${SMA}.PowerShell`, void 0, {
    Create: method3(`${SMA}.PowerShell`),
    AddScript: method3(`${SMA}.PowerShell`),
    AddCommand: method3(`${SMA}.PowerShell`),
    AddParameter: method3(`${SMA}.PowerShell`),
    AddArgument: method3(`${SMA}.PowerShell`),
    AddStatement: method3(`${SMA}.PowerShell`),
    Runspace: property3(`${RUNSPACES}.Runspace`),
    Invoke: method3()
  })
];
var provisioningTypes = new KnownTypeTable([...withProvisioningMembers(UCMA_TYPES), ...PROVISIONING_SYSTEM_TYPES]);

// src/authoring/migration-target.ts
init_built_module_url();

// src/platform/migration-target.ts
init_built_module_url();
var MIGRATION_SOURCES = [
  { id: "ucma-2.0", version: "2.0", title: "a UCMA 2.0 application (Office Communications Server 2007 R2)" },
  { id: "ucma-3.0", version: "3.0", title: "a UCMA 3.0 application (Lync Server 2010)" }
];
var TARGET_SERVERS = [
  { id: "lync-server-2013", title: "Lync Server 2013" },
  { id: "ocs-2007-r2", title: "Office Communications Server 2007 R2 (coexistence)" }
];
var DEFAULT_TARGET_SERVER = "lync-server-2013";
function migrationOptionKey(field2) {
  return `migration.${field2}`;
}
function migrationValueProblem(field2, value2) {
  switch (field2) {
    case "from":
      return MIGRATION_SOURCES.some((s) => s.id === value2) ? void 0 : `must be one of ${quoteList(MIGRATION_SOURCES.map((s) => s.id))}`;
    case "targetServer":
      return TARGET_SERVERS.some((s) => s.id === value2) ? void 0 : `must be one of ${quoteList(TARGET_SERVERS.map((s) => s.id))}`;
    case "legacyApplicationName":
      if (typeof value2 !== "string" || value2.trim() === "") return "must be a non-empty string (the UCMA 2.0 application name)";
      if (/\s/.test(value2)) return "must not contain spaces or line breaks (an application id has none)";
      return void 0;
  }
}
function migrationTargetOf(options) {
  const valid = (field2) => {
    const value2 = options[migrationOptionKey(field2)];
    return value2 !== void 0 && migrationValueProblem(field2, value2) === void 0 ? value2 : void 0;
  };
  const declaredServer = valid("targetServer");
  return {
    from: valid("from"),
    legacyApplicationName: valid("legacyApplicationName"),
    targetServer: declaredServer ?? DEFAULT_TARGET_SERVER,
    targetServerDeclared: declaredServer !== void 0
  };
}
function quoteList(values) {
  return values.map((v) => `"${v}"`).join(", ");
}

// src/authoring/xml-syntax.ts
init_built_module_url();
function tagOf(element) {
  return element.children.find((child) => child.type === "STag" || child.type === "EmptyElemTag");
}
function elementName(element) {
  return tagOf(element)?.children.find((child) => child.type === "Name")?.text ?? "";
}
function elementAttributes(element) {
  const tag = tagOf(element);
  if (!tag) return [];
  const result = [];
  for (const attribute of tag.children) {
    if (attribute.type !== "Attribute") continue;
    const name = attribute.children.find((child) => child.type === "Name")?.text ?? "";
    const quoted = attribute.children.find((child) => child.type === "AttValue");
    if (!quoted) continue;
    const start = quoted.startIndex + 1;
    const end = quoted.endIndex - 1;
    const raw = quoted.text.slice(1, -1);
    result.push({ name, raw, value: expandXmlReferences(raw), start, end, node: attribute });
  }
  return result;
}
function attributeOf(element, name) {
  return elementAttributes(element).find((attribute) => attribute.name === name);
}
function childElements(element) {
  const content = element.children.find((child) => child.type === "content");
  return content ? content.children.filter((child) => child.type === "element") : [];
}
function descendantElements(node) {
  const found = [];
  const visit = (current) => {
    if (current.type === "element") found.push(current);
    for (const child of current.children)
      if (child.type === "element" || child.type === "content" || child.type === "document") visit(child);
  };
  visit(node);
  return found;
}
function rootElement(documentNode) {
  return documentNode.children.find((child) => child.type === "element");
}
var TEXT_PARTS = /* @__PURE__ */ new Set(["CharData", "EntityRef", "CharRef", "CDSect"]);
function elementTextValue(element) {
  const startTag = element.children.find((child) => child.type === "STag");
  const endTag = element.children.find((child) => child.type === "ETag");
  if (!startTag || !endTag) return void 0;
  const content = element.children.find((child) => child.type === "content");
  if (content && !content.children.every((child) => TEXT_PARTS.has(child.type))) return void 0;
  const start = startTag.endIndex;
  const end = endTag.startIndex;
  const raw = content ? content.text : "";
  const value2 = (content?.children ?? []).map(
    (part) => part.type === "CDSect" ? part.children.find((child) => child.type === "CData")?.text ?? "" : expandXmlReferences(part.text)
  ).join("");
  return { raw, value: value2, start, end };
}
function childElementsNamed(element, name) {
  return childElements(element).filter((child) => elementName(child) === name);
}
var PREDEFINED = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
function expandXmlReferences(raw) {
  let result = "";
  let cursor = 0;
  for (let i = raw.indexOf("&"); i !== -1; i = raw.indexOf("&", cursor)) {
    const semicolon = raw.indexOf(";", i);
    if (semicolon === -1) break;
    const name = raw.slice(i + 1, semicolon);
    let expanded = PREDEFINED[name];
    if (expanded === void 0 && name.startsWith("#x")) expanded = codePoint(Number.parseInt(name.slice(2), 16));
    else if (expanded === void 0 && name.startsWith("#")) expanded = codePoint(Number.parseInt(name.slice(1), 10));
    result += raw.slice(cursor, i) + (expanded ?? raw.slice(i, semicolon + 1));
    cursor = semicolon + 1;
  }
  return result + raw.slice(cursor);
}
function codePoint(value2) {
  return Number.isInteger(value2) && value2 >= 0 && value2 <= 1114111 ? String.fromCodePoint(value2) : void 0;
}
function indentationAt(text, offset) {
  let lineStart = offset;
  while (lineStart > 0 && text[lineStart - 1] !== "\n" && text[lineStart - 1] !== "\r") lineStart--;
  let end = lineStart;
  while (end < text.length && (text[end] === " " || text[end] === "	")) end++;
  return text.slice(lineStart, end);
}
function appendChildElement(text, parent, markup) {
  const last = childElements(parent).pop();
  if (last) {
    return { start: last.endIndex, end: last.endIndex, text: `
${indentationAt(text, last.startIndex)}${markup}` };
  }
  const endTag = parent.children.find((child) => child.type === "ETag");
  if (!endTag) return void 0;
  const parentIndent = indentationAt(text, parent.startIndex);
  const step = parentIndent.includes("	") ? "	" : "  ";
  return { start: endTag.startIndex, end: endTag.startIndex, text: `
${parentIndent}${step}${markup}
${parentIndent}` };
}

// src/authoring/msbuild-project.ts
init_built_module_url();
function readMsbuildProject(documentNode) {
  const root = rootElement(documentNode);
  if (!root || elementName(root) !== "Project") return void 0;
  const propertyGroups = [];
  const references = [];
  for (const child of childElements(root)) {
    const name = elementName(child);
    if (name === "PropertyGroup") propertyGroups.push(readPropertyGroup(child));
    else if (name === "ItemGroup") {
      for (const item of childElements(child)) {
        const reference = elementName(item) === "Reference" ? readReference(item) : void 0;
        if (reference) references.push(reference);
      }
    }
  }
  return { root, propertyGroups, references };
}
function readPropertyGroup(element) {
  const condition = attributeOf(element, "Condition")?.value;
  const properties = childElements(element).map((property4) => ({
    name: elementName(property4),
    element: property4,
    text: elementTextValue(property4),
    condition: attributeOf(property4, "Condition")?.value
  }));
  return {
    element,
    scope: condition === void 0 || condition.trim() === "" ? { kind: "all" } : parseGroupCondition(condition),
    properties
  };
}
function parseGroupCondition(condition) {
  const other2 = { kind: "other", condition };
  const parts = condition.split("==");
  if (parts.length !== 2) return other2;
  const left = unquote(parts[0].trim());
  const right = unquote(parts[1].trim());
  if (left === void 0 || right === void 0) return other2;
  const names = left.split("|").map((name) => name.trim().toLowerCase());
  const values = right.split("|");
  if (names.length !== values.length) return other2;
  let configuration;
  let platform;
  for (let i = 0; i < names.length; i++) {
    if (names[i] === "$(configuration)") configuration = values[i].trim();
    else if (names[i] === "$(platform)") platform = values[i].trim();
    else return other2;
  }
  return { kind: "configuration", configuration, platform };
}
function unquote(text) {
  return text.length >= 2 && text.startsWith("'") && text.endsWith("'") && !text.slice(1, -1).includes("'") ? text.slice(1, -1) : void 0;
}
function readReference(element) {
  const include = attributeOf(element, "Include");
  if (!include) return void 0;
  const hint = childElements(element).find((child) => elementName(child) === "HintPath");
  return {
    element,
    include,
    assemblyName: include.value.split(",")[0].trim(),
    version: versionPart(include),
    hintPath: hint ? { element: hint, text: elementTextValue(hint) } : void 0
  };
}
function versionPart(include) {
  if (include.raw !== include.value) return void 0;
  let offset = 0;
  for (const part of include.raw.split(",")) {
    const equals = part.indexOf("=");
    if (equals !== -1 && part.slice(0, equals).trim().toLowerCase() === "version") {
      const valueText = part.slice(equals + 1);
      const leading = valueText.length - valueText.trimStart().length;
      const value2 = valueText.trim();
      const start = include.start + offset + equals + 1 + leading;
      return { value: value2, start, end: start + value2.length };
    }
    offset += part.length + 1;
  }
  return void 0;
}
function propertyValue(property4) {
  return property4?.text?.value.trim();
}
function globalProperty(project, name) {
  let found;
  for (const group of project.propertyGroups) {
    if (group.scope.kind !== "all") continue;
    for (const property4 of group.properties) if (property4.name === name) found = property4;
  }
  return found;
}

// src/authoring/ucma-project.ts
init_built_module_url();
var UCMA4_REQUIREMENTS = {
  title: "UCMA 4.0 SDK software and hardware requirements (Lync Server 2013 / UCMA 4.0 SDK documentation, ucma-4-0-sdk-software-and-hardware-requirements.md)",
  url: "https://msdn.microsoft.com/library/Dn465960(v=office.15)"
};
var UCMA4_RUNTIME = {
  title: "UCMA 4.0 Runtime (Lync Server 2013 / UCMA 4.0 SDK documentation, ucma-4-0-runtime.md)",
  url: "https://msdn.microsoft.com/en-us/library/Dn466090(v=office.15)"
};
var COLLABORATION = "microsoft.rtc.collaboration";
function isUcmaAssemblyName(name) {
  const lower = name.toLowerCase();
  return lower === COLLABORATION || lower.startsWith(`${COLLABORATION}.`);
}
function hintPathNamesUcma(reference) {
  return /microsoft ucma \d/i.test(reference.hintPath?.text?.value ?? "");
}
function referencesUcma(project) {
  return project.references.some((reference) => isUcmaAssemblyName(reference.assemblyName) || hintPathNamesUcma(reference));
}
function readUcmaProject(file) {
  if (xmlFileKind(file.path) !== "msbuild-project") return void 0;
  const project = readMsbuildProject(file.tree.rootNode);
  return project && referencesUcma(project) ? project : void 0;
}
function parseFrameworkVersion(value2) {
  const match = /^v(\d+)\.(\d+)(?:\.(\d+))?$/i.exec(value2.trim());
  return match ? match.slice(1).filter((part) => part !== void 0).map(Number) : void 0;
}
function isBelowFramework45(version) {
  const [major = 0, minor = 0] = version;
  return major < 4 || major === 4 && minor < 5;
}
function compareAssemblyVersions(a, b) {
  const parse3 = (v) => /^\d+(\.\d+){0,3}$/.test(v.trim()) ? v.trim().split(".").map(Number) : void 0;
  const left = parse3(a);
  const right = parse3(b);
  if (!left || !right) return void 0;
  for (let i = 0; i < 4; i++) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference !== 0) return Math.sign(difference);
  }
  return 0;
}

// transforms/provisioner-tls-target.ts
var __moduleUrl5 = __builtModuleUrl("transforms/provisioner-tls-target.js");
var DOCUMENT = "Modifying ApplicationProvisioner.exe sample code";
var MANUAL_CHANGE = `add "|| <entry>.TlsTarget.Equals(<entry>.Fqdn, StringComparison.OrdinalIgnoreCase)" to the condition that tests string.IsNullOrEmpty(<entry>.TlsTarget), as "${DOCUMENT}" shows`;
var provisioner_tls_target_default = defineTransform(
  {
    meta: {
      id: "provisioner-tls-target",
      code: "UCMA0101",
      title: "ApplicationProvisioner: an entry whose TlsTarget is its own FQDN starts a pool",
      description: `In ApplicationProvisioning\\Application.cs, GetApplication groups an application's trusted service entries into pools: an entry starts a new pool only when its TlsTarget is null or empty, and every other entry must belong to the pool named by its TlsTarget. Once the entries are merged into a Lync Server 2010/2013 topology, a pool's own entry (and a single computer's entry) can carry a TlsTarget equal to its own FQDN; the unmodified sample treats it as a pool member, finds no pool for it and throws "The trusted service entries for this type are corrupted". The documented change adds a second Boolean expression to that if statement: "|| <entry>.TlsTarget.Equals(<entry>.Fqdn, StringComparison.OrdinalIgnoreCase)". Nothing else in the file changes.`,
      source: {
        title: `${DOCUMENT} (Lync Server 2013 / UCMA 4.0 SDK documentation, modifying-applicationprovisioner-exe-sample-code.md)`,
        url: "https://msdn.microsoft.com/en-us/library/Dn466118(v=office.15)"
      },
      kind: "fix",
      // Every file this transform can change or report on names GetApplication.
      requires: ["GetApplication"],
      // A run that cannot look at the sample's Application.cs (a symbolic link, too large, undecodable)
      // must not report that nothing is left to do.
      watchFileNames: ["Application.cs"],
      // The project's TrustedService class may live in another file (it does in the sample); it is
      // the only type read from the project, so only files that can declare it are indexed.
      needsProject: true,
      projectTypes: ["TrustedService"],
      followUp: 'Rebuild ApplicationProvisioner.exe. For each contact object that the rebuilt tool creates for a legacy (UCMA 2.0) pool, run "Move-CsApplicationEndpoint -Identity sip:<contact> -TargetApplicationPool <pool FQDN> -Force" so that the Lync registrar can route to it (documented with the UCMA 2.0 migration scenarios).'
    },
    run(context) {
      const edits = [];
      const diagnostics = [];
      const root = context.tree.rootNode;
      const methods = findGetApplicationMethods(root);
      for (const method4 of methods) {
        const outcome = patchGetApplication(context, method4);
        edits.push(...outcome.edits);
        diagnostics.push(...outcome.diagnostics);
      }
      diagnostics.push(...reportUnparsedGetApplication(context, root, methods));
      return { edits, diagnostics };
    }
  },
  __moduleUrl5
);
function findGetApplicationMethods(root) {
  return findDeclarationsNamed(root, "method_declaration", "GetApplication").filter((method4) => {
    if (!method4.childForFieldName("body")) return false;
    if (isInDisabledPreprocessorBranch(method4)) return false;
    let owner = method4.parent;
    while (owner && (owner.type.startsWith("preproc_") || owner.type === "declaration_list")) owner = owner.parent;
    return owner?.type === "class_declaration" && declarationName(owner) === "Application";
  });
}
function patchGetApplication(context, method4) {
  const name = method4.childForFieldName("name") ?? method4;
  const body = method4.childForFieldName("body");
  if (!body) return { edits: [], diagnostics: [] };
  const none = (...diagnostics) => ({ edits: [], diagnostics });
  const site = findLiveSyntaxErrors(method4)[0];
  if (site) {
    return none(
      error(
        site,
        `Application.GetApplication has a syntax error here (${describeSyntaxError(site)}); not changed. Fix the syntax and run again, or ${MANUAL_CHANGE}.`
      )
    );
  }
  const scope = { cached: findCachedReads(body) };
  const candidates = findCandidates(body, scope);
  if (candidates.length === 0) {
    const loose = namesIdentifier(method4, "TrustedApplicationPool") ? findOpenLooseTest(body, scope) : void 0;
    if (loose) {
      return none(
        warning(
          loose.test,
          `Application.GetApplication tests ${loose.entry}.TlsTarget for null or empty, but not in an if statement in the loop over the trusted service entries, so this transform cannot patch it; not changed. Check whether this decides that an entry starts a pool, and if so make the documented change by hand: ${MANUAL_CHANGE}`
        )
      );
    }
    return none(
      info(
        name,
        "Application.GetApplication has no loop with an if statement that tests a TlsTarget for null or empty; it is not the sample's shape, so nothing was changed."
      )
    );
  }
  if (!namesIdentifier(method4, "TrustedApplicationPool")) {
    return none(
      info(
        name,
        "Application.GetApplication names no TrustedApplicationPool (in its return type or body), so it is not the sample's method that groups trusted service entries into pools; nothing was changed."
      )
    );
  }
  const entries = candidates.filter((candidate2) => candidate2.evidence !== void 0);
  if (entries.length === 0) {
    const first = candidates[0];
    const entryText = first.entry ? compactText(first.entry) : "the entry";
    return none(
      info(
        first.statement.childForFieldName("condition") ?? first.statement,
        `the loop's entry "${entryText}" is not a TrustedService (declared as one, made with new TrustedService(...), or the foreach type), so this is not the sample's loop over trusted service entries; nothing was changed.`
      )
    );
  }
  const fromProject = context.project ? missingProjectTrustedServiceMembers(context.project) : void 0;
  const missing = fromProject?.missing ?? missingTrustedServiceMembers(context.tree.rootNode);
  if (missing.length > 0) {
    const where = fromProject && !fromProject.paths.includes(context.path) ? "in this project" : "in this file";
    return none(
      info(
        name,
        `the TrustedService class declared ${where} has no ${missing.join(" or ")} member, which the documented change reads; it is not the sample's class, so nothing was changed.`
      )
    );
  }
  const chosen = pickByRole(entries);
  const verdicts = chosen.map((candidate2) => ({ candidate: candidate2, verdict: judgeCondition(candidate2.statement, scope) }));
  const open = verdicts.filter(({ verdict: verdict2 }) => verdict2.kind !== "done");
  if (open.length === 0) return none();
  if (chosen.length > 1) {
    const lines = chosen.map((candidate2) => candidate2.statement.startPosition.row + 1).join(", ");
    return none(
      warning(
        name,
        `Application.GetApplication has ${chosen.length} if statements that test TlsTarget for null or empty where each TrustedService is made (lines ${lines}), and their role does not decide which one starts a pool; none was changed. Decide which, then ${MANUAL_CHANGE}.`
      )
    );
  }
  const { candidate, verdict } = open[0];
  if (verdict.kind === "manual") return none(warning(verdict.at, `${verdict.why}; not changed. ${capitalize(MANUAL_CHANGE)}.`));
  if (verdict.kind !== "patch") return none();
  const exact = `add "${verdict.edit.text.trim()}" right after "${compactSpaces(verdict.after)}"`;
  if (candidate.local !== void 0) {
    return none(
      warning(
        verdict.after,
        `the condition tests the local "${candidate.local}", which holds ${candidate.entry ? compactText(candidate.entry) : "the entry"}.TlsTarget; the documented change is not patched through a cached copy, because the local may have changed since. Make the change by hand: ${exact}, as "${DOCUMENT}" shows`
      )
    );
  }
  if (candidate.inDelegate) {
    return none(
      warning(
        verdict.after,
        `the loop over the trusted service entries is a delegate passed to ForEach, a shape this transform does not patch. Make the change by hand: ${exact}, as "${DOCUMENT}" shows`
      )
    );
  }
  return { edits: [verdict.edit], diagnostics: [] };
}
function findOpenLooseTest(body, scope) {
  for (const test of findEmptinessTests(body, scope)) {
    if (isInDisabledPreprocessorBranch(test)) continue;
    const entry = emptinessTestRead(test, scope)?.entry;
    if (!entry) continue;
    const around = findAncestorWithin(test, "lambda_expression", body) ?? findAncestorWithin(test, "anonymous_method_expression", body) ?? body;
    if (!trustedServiceEvidence(entry, test, around, body)) continue;
    let expression = test;
    while (expression.parent && ["binary_expression", "parenthesized_expression", "prefix_unary_expression"].includes(expression.parent.type))
      expression = expression.parent;
    if (!isHandFixed(expression, scope)) return { test, entry: compactText(entry) };
  }
  return void 0;
}
function findCandidates(body, scope) {
  const candidates = [];
  for (const statement of findAll(body, "if_statement")) {
    const condition = statement.childForFieldName("condition");
    if (!condition || isInDisabledPreprocessorBranch(statement)) continue;
    const tests = findEmptinessTests(condition, scope);
    if (tests.length === 0) continue;
    const loop = enclosingLoop(statement, body);
    const delegate2 = loop ? void 0 : enclosingForEachDelegate(statement, body);
    if (!loop && !delegate2) continue;
    const read = emptinessTestRead(tests[0], scope);
    const entry = read?.entry;
    candidates.push({
      statement,
      loop: loop ?? delegate2,
      inDelegate: delegate2 !== void 0,
      entry,
      local: read?.local,
      evidence: entry ? trustedServiceEvidence(entry, statement, loop ?? delegate2, body) : void 0
    });
  }
  return candidates;
}
function pickByRole(candidates) {
  if (candidates.length <= 1) return [...candidates];
  const score = (candidate) => (isMadeInLoop(candidate) ? 2 : 0) + (startsPool(candidate) ? 1 : 0);
  const best = Math.max(...candidates.map(score));
  return candidates.filter((candidate) => score(candidate) === best);
}
function isMadeInLoop(candidate) {
  const evidence = candidate.evidence;
  if (!evidence) return false;
  if (evidence.kind === "foreach") return isSameNode2(evidence.node, candidate.loop);
  return contains(candidate.loop, evidence.node);
}
function startsPool(candidate) {
  const branches = [candidate.statement.childForFieldName("consequence"), candidate.statement.childForFieldName("alternative")];
  const entry = candidate.entry?.type === "identifier" ? candidate.entry.text : void 0;
  return branches.some((branch) => {
    if (!branch) return false;
    const outsideThrow = (node) => findAncestorWithin(node, "throw_statement", branch) === void 0;
    const poolNamed = findIdentifiers(branch, "TrustedApplicationPool").some(outsideThrow);
    const fqdnRead = entry !== void 0 && findAll(branch, "member_access_expression").some((node) => {
      const access = memberAccessParts(node);
      return access?.name === "Fqdn" && unwrapParentheses(access.object).text === entry && outsideThrow(node);
    });
    return poolNamed || fqdnRead;
  });
}
function enclosingForEachDelegate(node, within) {
  for (let current = node.parent; current && !isSameNode2(current, within); current = current.parent) {
    if (["for_statement", "foreach_statement", "while_statement", "do_statement", "local_function_statement"].includes(current.type))
      return void 0;
    if (current.type !== "lambda_expression" && current.type !== "anonymous_method_expression") continue;
    const call = current.parent?.type === "argument" ? current.parent.parent?.parent : void 0;
    const parts = call?.type === "invocation_expression" ? invocationParts(call) : void 0;
    const callee = parts ? memberAccessParts(parts.callee) : void 0;
    return callee?.name === "ForEach" ? current : void 0;
  }
  return void 0;
}
function trustedServiceEvidence(entry, statement, loop, body) {
  if (entry.type !== "identifier") {
    return namesIdentifier(loop, "TrustedService") ? { node: loop, kind: "expression" } : void 0;
  }
  const name = entry.text;
  const found = [];
  const method4 = body.parent ?? body;
  const untyped = untypedForEachParameter(loop, name);
  if (untyped && isTrustedServiceCollection(forEachReceiver(loop), method4)) found.push({ node: untyped, kind: "parameter" });
  for (const node of declarationsOf(method4, name)) {
    if (node.startIndex > statement.startIndex || isInDisabledPreprocessorBranch(node)) continue;
    if (node.type === "variable_declarator") {
      if (node.childForFieldName("name")?.text !== name) continue;
      const declaration = node.parent;
      const type = declaration?.type === "variable_declaration" ? declaration.childForFieldName("type") : null;
      const scope = declaration?.parent?.parent;
      if (scope && !contains(scope, statement)) continue;
      const initializer = namedChildrenWithoutComments(node).filter((child) => !isSameNode2(child, node.childForFieldName("name"))).at(-1);
      if (initializer && isTrustedServiceCreation(initializer)) found.push({ node, kind: "created" });
      else if (type && isTrustedServiceType(type)) found.push({ node, kind: "declared" });
    } else if (node.type === "foreach_statement") {
      const type = node.childForFieldName("type");
      if (node.childForFieldName("left")?.text === name && type && isTrustedServiceType(type) && contains(node, statement))
        found.push({ node, kind: "foreach" });
    } else if (node.type === "parameter") {
      const type = node.childForFieldName("type");
      const owner = node.parent?.parent;
      const isDelegateParameter = owner?.type === "lambda_expression" || owner?.type === "anonymous_method_expression";
      if (isDelegateParameter && node.childForFieldName("name")?.text === name && type && isTrustedServiceType(type) && contains(owner, statement)) {
        found.push({ node, kind: "parameter" });
      }
    } else {
      const left = node.childForFieldName("left");
      const right = node.childForFieldName("right");
      if (left?.type === "identifier" && left.text === name && right && isTrustedServiceCreation(right))
        found.push({ node, kind: "created" });
    }
  }
  return found.at(-1);
}
var NAME_FIELDS = /* @__PURE__ */ new Map([
  ["variable_declarator", "name"],
  ["parameter", "name"],
  ["foreach_statement", "left"],
  ["assignment_expression", "left"]
]);
function declarationsOf(scope, name) {
  const found = [];
  for (const identifier of findIdentifiers(scope, name)) {
    const owner = identifier.parent;
    const field2 = owner ? NAME_FIELDS.get(owner.type) : void 0;
    const named = field2 ? owner.childForFieldName(field2) : null;
    if (named && isSameNode2(named, identifier)) found.push(owner);
  }
  return found;
}
function untypedForEachParameter(loop, name) {
  if (loop.type !== "lambda_expression") return void 0;
  const parameters = loop.childForFieldName("parameters");
  if (parameters?.type === "implicit_parameter") return parameters.text === name ? parameters : void 0;
  const only = parameters ? findAll(parameters, "parameter") : [];
  return only.length === 1 && !only[0].childForFieldName("type") && only[0].childForFieldName("name")?.text === name ? only[0] : void 0;
}
function forEachReceiver(delegate2) {
  const call = delegate2.parent?.parent?.parent;
  const parts = call?.type === "invocation_expression" ? invocationParts(call) : void 0;
  const callee = parts ? memberAccessParts(parts.callee) : void 0;
  return callee ? unwrapParentheses(callee.object) : void 0;
}
function isTrustedServiceCollection(receiver, method4) {
  if (receiver?.type !== "identifier") return false;
  const collection = (text) => /^(?:(?:global::)?System\.Collections\.Generic\.)?(?:List|IList|ICollection|IEnumerable|IReadOnlyList|IReadOnlyCollection)<(?:global::)?(?:[A-Za-z_]\w*\.)*TrustedService>$/.test(
    text
  ) || /^(?:global::)?(?:[A-Za-z_]\w*\.)*TrustedService\[\]$/.test(text);
  return findAll(method4, ["variable_declarator", "parameter"]).some((node) => {
    if (node.childForFieldName("name")?.text !== receiver.text) return false;
    const type = node.type === "parameter" ? node.childForFieldName("type") : node.parent?.childForFieldName("type");
    if (type && collection(compactText(type))) return true;
    const initializer = node.type === "variable_declarator" ? namedChildrenWithoutComments(node).at(-1) : void 0;
    const created = initializer && unwrapParentheses(initializer).type === "object_creation_expression" ? unwrapParentheses(initializer).childForFieldName("type") : null;
    return created !== null && collection(compactText(created));
  });
}
function isTrustedServiceCreation(node) {
  const inner = unwrapParentheses(node);
  const type = inner.type === "object_creation_expression" ? inner.childForFieldName("type") : null;
  return type !== null && isTrustedServiceType(type);
}
function isTrustedServiceType(type) {
  return /^(?:global::)?(?:[A-Za-z_]\w*\.)*TrustedService$/.test(compactText(type));
}
function missingTrustedServiceMembers(root) {
  const classes = findDeclarationsNamed(root, "class_declaration", "TrustedService").filter(
    (declaration) => !isInDisabledPreprocessorBranch(declaration) && !declaration.children.some((child) => child.type === "modifier" && child.text === "partial")
  );
  if (classes.length === 0) return [];
  const members = /* @__PURE__ */ new Set();
  for (const declaration of classes) {
    for (const member of findAll(declaration.childForFieldName("body") ?? declaration, ["property_declaration", "field_declaration"])) {
      if (member.type === "property_declaration") members.add(member.childForFieldName("name")?.text ?? "");
      else for (const declarator of findAll(member, "variable_declarator")) members.add(declarator.childForFieldName("name")?.text ?? "");
    }
  }
  return ["TlsTarget", "Fqdn"].filter((member) => !members.has(member));
}
function missingProjectTrustedServiceMembers(project) {
  let best = { missing: [], paths: [] };
  const classes = project.types.filter((type) => type.name === "TrustedService" && type.kind === "class");
  for (const [index, type] of classes.entries()) {
    const missing = ["TlsTarget", "Fqdn"].filter(
      (member) => !(type.members.get(member) ?? []).some((m) => m.kind === "property" || m.kind === "field")
    );
    if (index === 0 || missing.length < best.missing.length) best = { missing, paths: type.paths };
  }
  return best;
}
function findCachedReads(body) {
  const cached = /* @__PURE__ */ new Map();
  const declarators = /* @__PURE__ */ new Map();
  for (const property4 of findIdentifiers(body, ["TlsTarget", "Fqdn"])) {
    const declarator = declaratorAround(property4);
    if (declarator) declarators.set(declarator.startIndex, declarator);
  }
  for (const declarator of [...declarators.values()].sort((a, b) => a.startIndex - b.startIndex)) {
    const name = declarator.childForFieldName("name");
    const initializer = namedChildrenWithoutComments(declarator).filter((child) => !name || !isSameNode2(child, name)).at(-1);
    const access = initializer ? memberAccessParts(initializer) : void 0;
    const entry = access ? unwrapParentheses(access.object) : void 0;
    if (name && access && entry?.type === "identifier" && (access.name === "TlsTarget" || access.name === "Fqdn")) {
      cached.set(name.text, { entry, property: access.name });
    }
  }
  return cached;
}
function declaratorAround(node) {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === "variable_declarator") return current;
    if (current.type === "block" || current.type.endsWith("_statement")) return void 0;
  }
  return void 0;
}
function judgeCondition(statement, scope) {
  const condition = statement.childForFieldName("condition");
  if (isHandFixed(condition, scope)) return { kind: "done" };
  const operands = flattenBinary(condition, "||");
  const nullTest = operands.find((operand) => nullTestedEntry(operand, scope) !== void 0);
  if (!nullTest) {
    return {
      kind: "manual",
      at: findEmptinessTests(condition, scope)[0] ?? condition,
      why: 'the condition tests TlsTarget for null or empty in a shape other than "string.IsNullOrEmpty(<entry>.TlsTarget) || ..."'
    };
  }
  const { entry, local } = nullTestedEntry(nullTest, scope);
  if (entry.type !== "identifier") {
    return {
      kind: "manual",
      at: entry,
      why: `the TlsTarget test reads "${compactText(entry)}.TlsTarget", which is not a simple variable, so repeating it could change what the code does`
    };
  }
  const variable = entry.text;
  const comparisons = findAll(condition, ["invocation_expression", "binary_expression"]).map((node) => ({ node, comparison: readTlsTargetFqdnComparison(node, variable, scope) })).filter((found) => found.comparison !== void 0);
  if (comparisons.length > 0) {
    const atTopLevel = comparisons.find((found2) => operands.some((operand) => isSameNode2(operand, found2.node)));
    if (atTopLevel?.comparison === "ignore-case") return { kind: "done" };
    const found = atTopLevel ?? comparisons[0];
    return {
      kind: "manual",
      at: found.node,
      why: found.comparison === "ignore-case" ? 'the condition already compares TlsTarget with Fqdn, but not as an alternative ("||") to the null test' : `the condition already compares TlsTarget with Fqdn, but case-sensitively or culture-sensitively ("${compactSpaces(found.node)}"); host names are case-insensitive, and the documented change uses StringComparison.OrdinalIgnoreCase`
    };
  }
  const comparisonType = stringComparisonSpelling(statement);
  const tlsTarget = local ?? `${variable}.TlsTarget`;
  const text = ` || ${tlsTarget}.Equals(${variable}.Fqdn, ${comparisonType}.OrdinalIgnoreCase)`;
  return { kind: "patch", edit: insertAfter(nullTest, text), after: nullTest };
}
function isHandFixed(condition, scope) {
  const inner = unwrapParentheses(condition);
  const negatedWhole = negatedOperand(inner);
  if (negatedWhole && isHandFixed(negatedWhole, scope)) return true;
  const alternatives = flattenBinary(inner, "||");
  if (alternatives.length > 1) {
    const tests = alternatives.flatMap((operand) => emptinessTestFacts(operand, scope, "is-empty"));
    if (hasIgnoreCaseComparison(alternatives, tests, scope, (operand) => operand)) return true;
  }
  const conjuncts = flattenBinary(inner, "&&");
  if (conjuncts.length > 1) {
    const tests = conjuncts.flatMap((operand) => {
      const negated = negatedOperand(operand);
      return negated ? emptinessTestFacts(negated, scope, "is-empty") : emptinessTestFacts(operand, scope, "is-not-empty");
    });
    return hasIgnoreCaseComparison(conjuncts, tests, scope, negatedOperand);
  }
  return false;
}
function emptinessTestFacts(operand, scope, polarity) {
  const inner = unwrapParentheses(operand);
  if (!isEmptinessOperand(inner, scope)) return [];
  const read = emptinessTestRead(inner, scope);
  if (!read || read.entry.type !== "identifier") return [];
  const entry = read.entry.text;
  if (nullTestedEntry(inner, scope)) return polarity === "is-empty" ? [{ entry, covers: /* @__PURE__ */ new Set(["null", "empty"]) }] : [];
  if (inner.type === "is_pattern_expression") {
    const pattern = inner.childForFieldName("pattern");
    const negative = /^not/.test(compactSpaces(pattern));
    if (negative !== (polarity === "is-not-empty")) return [];
    const covers2 = /* @__PURE__ */ new Set();
    if (findAll(pattern, "null_literal").length > 0) covers2.add("null");
    if (findAll(pattern, "string_literal").length > 0) covers2.add("empty");
    return [{ entry, covers: covers2 }];
  }
  const left = inner.childForFieldName("left");
  const right = inner.childForFieldName("right");
  const lengthOnRight = memberAccessParts(right)?.name === "Length" && memberAccessParts(left)?.name !== "Length";
  const lengthTest = lengthOnRight || memberAccessParts(left)?.name === "Length";
  const flipped = { "<": ">", ">": "<", "<=": ">=", ">=": "<=" };
  const written = operatorOf(inner) ?? "";
  const operator = lengthOnRight ? flipped[written] ?? written : written;
  const bound = unwrapParentheses(lengthOnRight ? left : right).text;
  const isEmptyTest = lengthTest ? operator === "==" && bound === "0" || operator === "<" && bound === "1" || operator === "<=" && bound === "0" : operator === "==";
  const isNotEmptyTest = lengthTest ? operator === "!=" && bound === "0" || operator === ">" && bound === "0" || operator === ">=" && bound === "1" : operator === "!=";
  if (polarity === "is-empty" ? !isEmptyTest : !isNotEmptyTest) return [];
  const against = lengthTest ? void 0 : tlsTargetOwner(left, scope) ? right : left;
  const covers = /* @__PURE__ */ new Set([
    lengthTest || against && unwrapParentheses(against).type !== "null_literal" ? "empty" : "null"
  ]);
  return [{ entry, covers }];
}
function hasIgnoreCaseComparison(operands, tests, scope, select) {
  const entries = new Set(tests.map((test) => test.entry));
  return [...entries].some((entry) => {
    const covers = new Set(tests.filter((test) => test.entry === entry).flatMap((test) => [...test.covers]));
    if (!covers.has("null") || !covers.has("empty")) return false;
    return operands.some((operand) => {
      const selected = select(operand);
      return selected !== void 0 && readTlsTargetFqdnComparison(selected, entry, scope) === "ignore-case";
    });
  });
}
function negatedOperand(node) {
  const inner = unwrapParentheses(node);
  if (inner.type !== "prefix_unary_expression" || operatorOf(inner) !== "!") return void 0;
  const operand = namedChildrenWithoutComments(inner)[0];
  return operand ? unwrapParentheses(operand) : void 0;
}
function isEmptinessOperand(node, scope) {
  const tests = findEmptinessTests(node, scope);
  return tests.some((test) => isSameNode2(test, unwrapParentheses(node))) || nullTestedEntry(node, scope) !== void 0;
}
function emptinessTestRead(test, scope) {
  const inner = unwrapParentheses(test);
  const viaCall = nullTestedEntry(inner, scope);
  if (viaCall) return viaCall;
  const pieces = inner.type === "is_pattern_expression" ? [inner.childForFieldName("expression")] : [inner.childForFieldName("left"), inner.childForFieldName("right")];
  for (const piece of pieces) {
    if (!piece) continue;
    const direct = tlsTargetOwner(piece, scope);
    if (direct) return direct;
    const length = memberAccessParts(piece);
    if (length?.name === "Length") {
      const owner = tlsTargetOwner(length.object, scope);
      if (owner) return owner;
    }
  }
  return void 0;
}
function nullTestedEntry(node, scope) {
  let inner = unwrapParentheses(node);
  if (inner.type === "binary_expression" && operatorOf(inner) === "==") {
    const left = inner.childForFieldName("left");
    const right = inner.childForFieldName("right");
    const isTrue = (side) => side !== null && unwrapParentheses(side).type === "boolean_literal" && unwrapParentheses(side).text === "true";
    if (left && right && isTrue(right)) inner = unwrapParentheses(left);
    else if (left && right && isTrue(left)) inner = unwrapParentheses(right);
  }
  const call = invocationParts(inner);
  if (!call || call.args.length !== 1) return void 0;
  const callee = memberAccessParts(call.callee);
  if (!callee || !["IsNullOrEmpty", "IsNullOrWhiteSpace"].includes(callee.name) || !isStringType(callee.object)) return void 0;
  return tlsTargetOwner(call.args[0].value, scope);
}
function tlsTargetOwner(node, scope) {
  let inner = unwrapParentheses(node);
  if (inner.type === "postfix_unary_expression" && inner.child(1)?.type === "!") inner = unwrapParentheses(inner.child(0));
  if (inner.type === "identifier") {
    const cached = scope.cached.get(inner.text);
    return cached?.property === "TlsTarget" ? { entry: cached.entry, local: inner.text } : void 0;
  }
  if (inner.type === "conditional_access_expression") {
    const binding = inner.namedChildren.find((child) => child.type === "member_binding_expression");
    const condition = inner.childForFieldName("condition");
    return binding?.childForFieldName("name")?.text === "TlsTarget" && condition ? { entry: unwrapParentheses(condition) } : void 0;
  }
  const access = memberAccessParts(inner);
  return access?.name === "TlsTarget" ? { entry: unwrapParentheses(access.object) } : void 0;
}
function findEmptinessTests(condition, scope) {
  const text = condition.text;
  const cachedTlsTarget = [...scope.cached].filter(([, read]) => read.property === "TlsTarget").map(([local]) => local);
  if (!text.includes("TlsTarget") && !cachedTlsTarget.some((local) => text.includes(local))) return [];
  const isTlsTargetRead = (node) => tlsTargetOwner(node, scope) !== void 0;
  const isTlsTargetLength = (node) => {
    const access = memberAccessParts(node);
    return access?.name === "Length" && isTlsTargetRead(access.object);
  };
  return findAll(condition, ["invocation_expression", "binary_expression", "is_pattern_expression"]).filter((node) => {
    if (node.type === "invocation_expression") return nullTestedEntry(node, scope) !== void 0;
    if (node.type === "is_pattern_expression") {
      const tested = node.childForFieldName("expression");
      const pattern = node.childForFieldName("pattern");
      return tested !== null && pattern !== null && isTlsTargetRead(tested) && findAll(pattern, ["null_literal", "string_literal"]).length > 0;
    }
    const operator = node.childForFieldName("operator")?.type ?? "";
    const left = node.childForFieldName("left");
    const right = node.childForFieldName("right");
    if (!left || !right) return false;
    return [
      [left, right],
      [right, left]
    ].some(([tested, against]) => {
      if (["==", "!="].includes(operator) && isTlsTargetRead(tested)) return isNullOrEmptyValue(against);
      return ["==", "!=", "<=", ">", "<", ">="].includes(operator) && isTlsTargetLength(tested) && /^[01]$/.test(unwrapParentheses(against).text);
    });
  });
}
function isNullOrEmptyValue(node) {
  const inner = unwrapParentheses(node);
  if (inner.type === "null_literal" || compactText(inner) === '""') return true;
  const access = memberAccessParts(inner);
  return access?.name === "Empty" && isStringType(access.object);
}
function readTlsTargetFqdnComparison(node, variable, scope) {
  node = unwrapParentheses(node);
  const pair = (a, b) => {
    if (!a || !b) return false;
    const names = [entryProperty(a, variable, scope), entryProperty(b, variable, scope)].sort().join(",");
    return names === "Fqdn,TlsTarget";
  };
  if (node.type === "binary_expression") {
    const operator = node.childForFieldName("operator")?.type;
    const left = node.childForFieldName("left") ?? void 0;
    const right = node.childForFieldName("right") ?? void 0;
    if (operator === "==" && pair(left, right)) return "other";
    if (operator === "==" && left && right) {
      const [call, zero] = unwrapParentheses(right).text === "0" ? [left, right] : [right, left];
      if (unwrapParentheses(zero).text !== "0") return void 0;
      const parts2 = invocationParts(call);
      const callee2 = parts2 && memberAccessParts(parts2.callee);
      if (!parts2 || !callee2 || callee2.name !== "Compare" || !isStringType(callee2.object)) return void 0;
      if (!pair(parts2.args[0]?.value, parts2.args[1]?.value)) return void 0;
      return comparisonKind(parts2.args[2]?.value);
    }
    return void 0;
  }
  const parts = invocationParts(node);
  const callee = parts && memberAccessParts(parts.callee);
  if (!parts || !callee || callee.name !== "Equals") return void 0;
  if (isStringType(callee.object)) {
    if (!pair(parts.args[0]?.value, parts.args[1]?.value)) return void 0;
    return comparisonKind(parts.args[2]?.value);
  }
  const comparer = memberAccessParts(callee.object);
  if (comparer && ["StringComparer", "System.StringComparer"].includes(compactText(comparer.object))) {
    if (!pair(parts.args[0]?.value, parts.args[1]?.value)) return void 0;
    return isIgnoreCaseName(comparer.name) ? "ignore-case" : "other";
  }
  if (!pair(callee.object, parts.args[0]?.value)) return void 0;
  return comparisonKind(parts.args[1]?.value);
}
function namesIdentifier(node, name) {
  return findIdentifiers(node, name).length > 0;
}
function contains(outer, inner) {
  return outer.startIndex <= inner.startIndex && inner.endIndex <= outer.endIndex;
}
function findAncestorWithin(node, type, within) {
  for (let current = node; current && !isSameNode2(current, within); current = current.parent) {
    if (current.type === type) return current;
  }
  return void 0;
}
function compactSpaces(node) {
  return node.text.replace(/\s+/g, " ");
}
function stringComparisonSpelling(node) {
  if (declaresStringComparison(node.tree)) return "global::System.StringComparison";
  return hasUsingNamespace(node, "System") ? "StringComparison" : "System.StringComparison";
}
var declaresStringComparisonCache = /* @__PURE__ */ new WeakMap();
function declaresStringComparison(tree) {
  let declares = declaresStringComparisonCache.get(tree);
  if (declares === void 0) {
    const root = tree.rootNode;
    declares = root.text.includes("StringComparison") && findAll(root, [
      "using_directive",
      "class_declaration",
      "struct_declaration",
      "enum_declaration",
      "interface_declaration",
      "delegate_declaration",
      "property_declaration",
      "variable_declarator",
      "parameter",
      "method_declaration"
    ]).some((declaration) => declaration.childForFieldName("name")?.text === "StringComparison");
    declaresStringComparisonCache.set(tree, declares);
  }
  return declares;
}
function entryProperty(node, variable, scope) {
  const inner = unwrapParentheses(node);
  const cached = inner.type === "identifier" ? scope.cached.get(inner.text) : void 0;
  if (cached) return cached.entry.text === variable ? cached.property : void 0;
  const access = memberAccessParts(node);
  if (!access || unwrapParentheses(access.object).text !== variable) return void 0;
  return access.name === "TlsTarget" || access.name === "Fqdn" ? access.name : void 0;
}
function comparisonKind(argument) {
  if (!argument) return "other";
  const access = memberAccessParts(argument);
  if (access && isStringComparisonType(access.object) && isIgnoreCaseName(access.name)) return "ignore-case";
  return "other";
}
function isIgnoreCaseName(name) {
  return name === "OrdinalIgnoreCase" || name === "InvariantCultureIgnoreCase";
}
function reportUnparsedGetApplication(context, root, methods) {
  if (!root.hasError || !/\bclass\s+Application\b/.test(context.text)) return [];
  const diagnostics = [];
  for (const site of findLiveSyntaxErrors(root)) {
    if (site.kind !== "unexpected") continue;
    const slice = context.text.slice(site.start, site.end);
    const match = /\bGetApplication\s*\(/.exec(slice);
    if (!match) continue;
    const insideMethod = methods.some((m) => m.startIndex <= site.start && site.end <= m.endIndex);
    if (insideMethod) continue;
    const { line } = positionAt(context.text, site.start + match.index);
    diagnostics.push(
      error(
        site,
        `Application.GetApplication (line ${line}) does not parse (${describeSyntaxError(site)}); not changed. Fix the syntax and run again, or ${MANUAL_CHANGE}.`
      )
    );
  }
  return diagnostics;
}
function capitalize(sentence) {
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

// transforms/ucma4-api-members.ts
init_built_module_url();

// transforms/ucma4-api-members-rules.ts
init_built_module_url();
var C2 = "Microsoft.Rtc.Collaboration";
var AV2 = `${C2}.AudioVideo`;
var CM2 = `${C2}.ComponentModel`;
var CONF2 = `${C2}.ConferenceManagement`;
var S2 = "Microsoft.Rtc.Signaling";
var API_MEMBER_RULES = [
  {
    id: "application-endpoint-set-proxy-information",
    row: 1,
    namespace: C2,
    type: "ApplicationEndpoint",
    member: "SetProxyInformation",
    kind: "method",
    status: "obsolete",
    parameters: ["String", "Int32"],
    replacement: "ApplicationEndpoint.SetProxyInformation(ConnectionContext)",
    fix: "wrap-connection-context"
  },
  {
    id: "application-endpoint-settings-provisioning-data-auto-refresh-disabled",
    row: 2,
    namespace: C2,
    type: "ApplicationEndpointSettings",
    member: "ProvisioningDataAutoRefreshDisabled",
    kind: "property",
    status: "removed",
    fix: "remove-false-assignment",
    note: "UCMA 4.0 always refreshes provisioning data; setting it to false can simply go, any other use needs a decision"
  },
  {
    id: "call-forward",
    row: 3,
    namespace: C2,
    type: "Call",
    member: "Forward",
    kind: "method",
    status: "internal",
    parameters: ["String"],
    note: "the asynchronous BeginForward/EndForward pair is the usual alternative"
  },
  {
    id: "call-forward",
    row: 4,
    namespace: C2,
    type: "Call",
    member: "Forward",
    kind: "method",
    status: "internal",
    parameters: ["String", "CallForwardOptions"],
    note: "the asynchronous BeginForward/EndForward pair is the usual alternative"
  },
  {
    id: "client-platform-settings-address-families-enabled",
    row: 5,
    namespace: C2,
    type: "ClientPlatformSettings",
    member: "AddressFamiliesEnabled",
    kind: "property",
    status: "obsolete",
    replacement: "ClientPlatformSettings.OutboundConnectionConfiguration.DefaultAddressFamilyHint",
    note: "the new property is an AddressFamilyHint; map the value by hand"
  },
  {
    id: "conference-admission-policy",
    row: 6,
    namespace: C2,
    type: "Conference",
    member: "AdmissionPolicy",
    kind: "property",
    status: "obsolete",
    replacement: "Conference.ConferenceAccessLevel",
    note: "an access level is not an admission policy; map the value by hand"
  },
  {
    id: "conference-failure-exception-diagnostics",
    row: 7,
    namespace: C2,
    type: "ConferenceFailureException",
    member: "Diagnostics",
    kind: "property",
    status: "removed"
  },
  {
    id: "conference-invitation-state-outgoing",
    row: 8,
    namespace: C2,
    type: "ConferenceInvitationState",
    member: "Outgoing",
    kind: "enum-member",
    status: "removed",
    note: "remove or rethink the comparison or case label"
  },
  {
    id: "conference-session-is-locked",
    row: 9,
    namespace: C2,
    type: "ConferenceSession",
    member: "IsLocked",
    kind: "property",
    status: "obsolete",
    replacement: "ConferenceSession.AccessLevel",
    note: "a bool becomes an access level"
  },
  {
    id: "conference-session-properties-is-locked",
    row: 10,
    namespace: C2,
    type: "ConferenceSessionProperties",
    member: "IsLocked",
    kind: "property",
    status: "obsolete",
    replacement: "ConferenceSessionProperties.AccessLevel",
    note: "a bool becomes an access level"
  },
  {
    id: "instant-messaging-flow-begin-send-message",
    row: 11,
    namespace: C2,
    type: "InstantMessagingFlow",
    member: "BeginSendMessage",
    kind: "method",
    status: "removed",
    parameters: ["ContentType", "Byte[]", "AsyncCallback", "Object"],
    replacement: "InstantMessagingFlow.BeginSendInstantMessage (same parameters)",
    fix: "rename",
    newName: "BeginSendInstantMessage"
  },
  {
    id: "instant-messaging-flow-begin-send-message",
    row: 12,
    namespace: C2,
    type: "InstantMessagingFlow",
    member: "BeginSendMessage",
    kind: "method",
    status: "removed",
    parameters: ["String", "AsyncCallback", "Object"],
    replacement: "InstantMessagingFlow.BeginSendInstantMessage (same parameters)",
    fix: "rename",
    newName: "BeginSendInstantMessage"
  },
  {
    id: "instant-messaging-flow-end-send-message",
    row: 13,
    namespace: C2,
    type: "InstantMessagingFlow",
    member: "EndSendMessage",
    kind: "method",
    status: "removed",
    parameters: ["IAsyncResult"],
    replacement: "InstantMessagingFlow.EndSendInstantMessage, which returns a SendInstantMessageResult (its MessageId property holds the id)",
    fix: "rename-unused-result",
    newName: "EndSendInstantMessage"
  },
  {
    id: "local-endpoint-address-families-enabled",
    row: 14,
    namespace: C2,
    type: "LocalEndpoint",
    member: "AddressFamiliesEnabled",
    kind: "property",
    status: "obsolete",
    replacement: "LocalEndpoint.OutboundConnectionDefaultAddressFamilyHint",
    note: "map the value by hand"
  },
  {
    id: "local-endpoint-remote-presence",
    row: 15,
    namespace: C2,
    type: "LocalEndpoint",
    member: "RemotePresence",
    kind: "property",
    status: "obsolete",
    replacement: "RemotePresenceView subscriptions (Microsoft.Rtc.Collaboration.Presence) or LocalEndpoint.PresenceServices"
  },
  {
    id: "local-endpoint-provisioning-data-auto-refresh-disabled",
    row: 16,
    namespace: C2,
    type: "LocalEndpoint",
    member: "ProvisioningDataAutoRefreshDisabled",
    kind: "property",
    status: "removed",
    note: "UCMA 4.0 always refreshes provisioning data"
  },
  {
    id: "local-endpoint-settings-address-families-enabled",
    row: 17,
    namespace: C2,
    type: "LocalEndpointSettings",
    member: "AddressFamiliesEnabled",
    kind: "property",
    status: "obsolete",
    replacement: "LocalEndpointSettings.OutboundConnectionConfiguration.DefaultAddressFamilyHint",
    note: "map the value by hand"
  },
  {
    id: "local-endpoint-settings-constructor",
    row: 18,
    namespace: C2,
    type: "LocalEndpointSettings",
    member: "LocalEndpointSettings",
    kind: "constructor",
    status: "removed",
    parameters: ["String", "String", "Int32"],
    note: "UCMA 4.0 has LocalEndpointSettings(String, ConnectionContext)"
  },
  {
    id: "server-platform-settings-address-families-enabled",
    row: 19,
    namespace: C2,
    type: "ServerPlatformSettings",
    member: "AddressFamiliesEnabled",
    kind: "property",
    status: "obsolete",
    replacement: "ServerPlatformSettings.OutboundConnectionConfiguration.DefaultAddressFamilyHint",
    note: "map the value by hand"
  },
  {
    id: "server-platform-settings-allowed-domains",
    row: 20,
    namespace: C2,
    type: "ServerPlatformSettings",
    member: "AllowedDomains",
    kind: "property",
    status: "obsolete",
    replacement: "ServerPlatformSettings.TrustedDomains",
    note: "its elements are TrustedDomain objects, not strings"
  },
  {
    id: "audio-video-mcu-participant-endpoint-properties-is-muted",
    row: 21,
    namespace: AV2,
    type: "AudioVideoMcuParticipantEndpointProperties",
    member: "IsMuted",
    kind: "property",
    status: "obsolete",
    replacement: "IsAudioMuted or IsVideoMuted (choose which)"
  },
  {
    id: "audio-video-mcu-session-mute-all-mode",
    row: 22,
    namespace: AV2,
    type: "AudioVideoMcuSession",
    member: "MuteAllMode",
    kind: "property",
    status: "obsolete",
    replacement: "AudioVideoMcuSession.AudioMuteAllMode",
    fix: "rename",
    newName: "AudioMuteAllMode"
  },
  {
    id: "audio-video-mcu-session-self-unmute-assignment",
    row: 23,
    namespace: AV2,
    type: "AudioVideoMcuSession",
    member: "SelfUnmuteAssignment",
    kind: "property",
    status: "obsolete",
    replacement: "AudioVideoMcuSession.AudioSelfUnmuteAssignment",
    fix: "rename",
    newName: "AudioSelfUnmuteAssignment",
    correction: 'The page names the replacement "AudioSelfMuteAllMode", which UCMA 4.0 does not have; the new member is AudioSelfUnmuteAssignment.'
  },
  {
    id: "audio-video-mcu-session-begin-enable-announcements",
    row: 24,
    namespace: AV2,
    type: "AudioVideoMcuSession",
    member: "BeginEnableAnnouncements",
    kind: "method",
    status: "removed",
    parameters: ["IEnumerable<ParticipantEndpoint>", "AsyncCallback", "Object"],
    replacement: "the methods of AudioVideoCall.AudioVideoMcuRouting"
  },
  {
    id: "audio-video-mcu-session-end-enable-announcements",
    row: 25,
    namespace: AV2,
    type: "AudioVideoMcuSession",
    member: "EndEnableAnnouncements",
    kind: "method",
    status: "removed",
    parameters: ["IAsyncResult"],
    replacement: "the methods of AudioVideoCall.AudioVideoMcuRouting"
  },
  {
    id: "audio-video-mcu-session-properties-mute-all-mode",
    row: 26,
    namespace: AV2,
    type: "AudioVideoMcuSessionProperties",
    member: "MuteAllMode",
    kind: "property",
    status: "obsolete",
    replacement: "AudioVideoMcuSessionProperties.AudioMuteAllMode",
    fix: "rename",
    newName: "AudioMuteAllMode"
  },
  {
    id: "audio-video-mcu-session-properties-self-unmute-assignment",
    row: 27,
    namespace: AV2,
    type: "AudioVideoMcuSessionProperties",
    member: "SelfUnmuteAssignment",
    kind: "property",
    status: "obsolete",
    replacement: "AudioVideoMcuSessionProperties.AudioSelfUnmuteAssignment",
    fix: "rename",
    newName: "AudioSelfUnmuteAssignment",
    correction: 'The page names the replacement "AudioSelfMuteAllMode", which UCMA 4.0 does not have; the new member is AudioSelfUnmuteAssignment.'
  },
  {
    id: "invite-received-event-args-is-forked",
    row: 28,
    namespace: CM2,
    type: "InviteReceivedEventArgs",
    member: "IsForked",
    kind: "property",
    status: "removed",
    replacement: "IsImmediateAutoAcceptNeeded, or the IsAutoAcceptEventNeeded event of the Call or ConferenceInvitation"
  },
  {
    id: "media-provider-handle-message",
    row: 29,
    namespace: CM2,
    type: "MediaProvider",
    member: "HandleMessage",
    kind: "method",
    status: "removed",
    parameters: ["CallDialogContext", "MessageReceivedEventArgs"],
    replacement: "MediaProvider.HandleMessage(CallDialogContext, CallMessageReceivedEventArgs)",
    fix: "override-parameter-type",
    note: "review the body: the new argument type has other members"
  },
  {
    id: "media-provider-voice802-1p",
    row: 30,
    namespace: CM2,
    type: "MediaProvider",
    member: "Voice802_1p",
    kind: "property",
    status: "removed"
  },
  {
    id: "offer-answer-context-constructor",
    row: 31,
    namespace: CM2,
    type: "OfferAnswerContext",
    member: "OfferAnswerContext",
    kind: "constructor",
    status: "removed",
    parameters: ["CallDialogContext", "MediaRelayToken", "SdpOfferAnswerReason"],
    replacement: "OfferAnswerContext(CallDialogContext, MediaRelayToken, SdpOfferAnswerReason, NetworkStackHint)",
    note: "choose the NetworkStackHint"
  },
  {
    id: "conference-schedule-information-admission-policy",
    row: 32,
    namespace: CONF2,
    type: "ConferenceScheduleInformation",
    member: "AdmissionPolicy",
    kind: "property",
    status: "removed",
    replacement: "ConferenceScheduleInformation.AccessLevel",
    note: "map the value by hand"
  },
  {
    id: "conference-summary-admission-policy",
    row: 33,
    namespace: CONF2,
    type: "ConferenceSummary",
    member: "AdmissionPolicy",
    kind: "property",
    status: "removed",
    replacement: "ConferenceSummary.AccessLevel",
    note: "map the value by hand"
  },
  {
    id: "phone-access-number-conference-admission-policy",
    row: 34,
    namespace: CONF2,
    type: "PhoneAccessNumber",
    member: "ConferenceAdmissionPolicy",
    kind: "property",
    status: "removed"
  },
  {
    id: "contact-is-subscribed",
    row: 35,
    namespace: `${C2}.ContactsGroups`,
    type: "Contact",
    member: "IsSubscribed",
    kind: "property",
    status: "removed"
  },
  {
    id: "location-profiles-configuration-type",
    row: 36,
    namespace: `${C2}.Presence`,
    type: "LocationProfilesConfiguration",
    member: "LocationProfilesConfiguration",
    kind: "type",
    status: "obsolete",
    replacement: "ProvisioningData.LocationProfileConfiguration"
  },
  {
    id: "normalization-rules-instance-type",
    row: 37,
    namespace: `${C2}.Presence`,
    type: "NormalizationRulesInstance",
    member: "NormalizationRulesInstance",
    kind: "type",
    status: "obsolete"
  },
  {
    id: "provisioning-data-xml",
    row: 38,
    namespace: `${C2}.Presence`,
    type: "ProvisioningData",
    member: "Xml",
    kind: "property",
    status: "removed",
    replacement: "the provisioning-group properties of ProvisioningData"
  },
  {
    id: "participant-sync-root",
    row: 39,
    namespace: S2,
    type: "Participant",
    member: "SyncRoot",
    kind: "property",
    status: "removed",
    note: "lock an object of your own"
  },
  {
    id: "real-time-connection-manager-address-families-enabled",
    row: 40,
    namespace: S2,
    type: "RealTimeConnectionManager",
    member: "AddressFamiliesEnabled",
    kind: "property",
    status: "obsolete",
    replacement: "RealTimeConnectionManager.OutboundConnectionDefaultAddressFamilyHint",
    note: "map the value by hand"
  },
  {
    id: "real-time-connection-manager-get-destination-tuple",
    row: 41,
    namespace: S2,
    type: "RealTimeConnectionManager",
    member: "GetDestinationTuple",
    kind: "method",
    status: "removed",
    parameters: ["SipTransportType", "String", "Int32", "String"],
    note: "UCMA 4.0 has GetDestinationTuple(SipTransportType, String, Int32, AddressFamilyHint, String)"
  },
  {
    id: "real-time-endpoint-constructor",
    row: 42,
    namespace: S2,
    type: "RealTimeEndpoint",
    member: "RealTimeEndpoint",
    kind: "constructor",
    status: "removed",
    parameters: ["String", "SipTransportType", "String", "Boolean", "Int32", "String", "Boolean", "Boolean"],
    replacement: "RealTimeEndpoint(String, RealTimeConnectionManager, RealTimeEndpointSettings)"
  },
  {
    id: "real-time-endpoint-constructor",
    row: 43,
    namespace: S2,
    type: "RealTimeEndpoint",
    member: "RealTimeEndpoint",
    kind: "constructor",
    status: "removed",
    parameters: ["String", "String", "Boolean"],
    replacement: "RealTimeEndpoint(String, RealTimeConnectionManager, RealTimeEndpointSettings)"
  },
  {
    id: "real-time-endpoint-constructor",
    row: 44,
    namespace: S2,
    type: "RealTimeEndpoint",
    member: "RealTimeEndpoint",
    kind: "constructor",
    status: "removed",
    parameters: ["String", "String"],
    replacement: "RealTimeEndpoint(String, RealTimeConnectionManager, RealTimeEndpointSettings)"
  },
  {
    id: "real-time-endpoint-disable-referred-by-signing",
    row: 45,
    namespace: S2,
    type: "RealTimeEndpoint",
    member: "DisableReferredBySigning",
    kind: "property",
    status: "removed",
    replacement: "CallEstablishOptions.Transferor, per call"
  },
  {
    id: "real-time-endpoint-is-dialog-resiliency-supported",
    row: 46,
    namespace: S2,
    type: "RealTimeEndpoint",
    member: "IsDialogResiliencySupported",
    kind: "property",
    status: "removed",
    replacement: "RealTimeEndpoint.RouteSetRecoveryMode and ApplyRouteSetRecoverySettings()"
  },
  {
    id: "real-time-endpoint-process-notify-received",
    row: 47,
    namespace: S2,
    type: "RealTimeEndpoint",
    member: "ProcessNotifyReceived",
    kind: "method",
    status: "removed",
    parameters: ["Object", "TransactionCreatedEventArgs"]
  },
  {
    id: "real-time-endpoint-sync-root",
    row: 48,
    namespace: S2,
    type: "RealTimeEndpoint",
    member: "SyncRoot",
    kind: "property",
    status: "removed",
    note: "lock an object of your own"
  },
  {
    id: "real-time-server-connection-manager-listening-port",
    row: 49,
    namespace: S2,
    type: "RealTimeServerConnectionManager",
    member: "ListeningPort",
    kind: "property",
    status: "read-only",
    writesOnly: true,
    note: "choose the port with BeginStartListening(Int32, ...) instead of setting it"
  },
  {
    id: "real-time-server-tls-connection-manager-get-destination-tuple",
    row: 50,
    namespace: S2,
    type: "RealTimeServerTlsConnectionManager",
    member: "GetDestinationTuple",
    kind: "method",
    status: "removed",
    parameters: ["SipTransportType", "String", "Int32", "String"],
    replacement: "GetDestinationTuple(SipTransportType, String, Int32, AddressFamilyHint, String)",
    note: "choose the AddressFamilyHint"
  },
  {
    id: "registration-state-changed-event-args-response-data",
    row: 51,
    namespace: S2,
    type: "RegistrationStateChangedEventArgs",
    member: "ResponseData",
    kind: "property",
    status: "removed",
    replacement: "RegistrationStateChangedEventArgs.MessageData, cast to the concrete type"
  },
  {
    id: "signaling-session-constructor",
    row: 52,
    namespace: S2,
    type: "SignalingSession",
    member: "SignalingSession",
    kind: "constructor",
    status: "removed",
    parameters: ["RealTimeEndpoint", "String", "String", "RealTimeAddress"],
    replacement: "SignalingSession(RealTimeEndpoint, SignalingSessionSettings)",
    note: "the page says RealTimeEndpointSettings; the API reference takes SignalingSessionSettings",
    correction: "The page gives the replacement as SignalingSession(RealTimeEndpoint, RealTimeEndpointSettings); the UCMA API reference takes SignalingSessionSettings."
  },
  {
    id: "signaling-session-constructor",
    row: 53,
    namespace: S2,
    type: "SignalingSession",
    member: "SignalingSession",
    kind: "constructor",
    status: "removed",
    parameters: ["RealTimeEndpoint", "String", "String", "RealTimeAddress", "String"],
    replacement: "SignalingSession(RealTimeEndpoint, SignalingSessionSettings)",
    note: "the page says RealTimeEndpointSettings; the API reference takes SignalingSessionSettings",
    correction: "The page gives the replacement as SignalingSession(RealTimeEndpoint, RealTimeEndpointSettings); the UCMA API reference takes SignalingSessionSettings."
  },
  {
    id: "signaling-session-begin-set-connection",
    row: 54,
    namespace: S2,
    type: "SignalingSession",
    member: "BeginSetConnection",
    kind: "method",
    status: "removed",
    parameters: ["String", "Int32", "SipTransportType", "AsyncCallback", "Object"],
    replacement: "SignalingSessionEstablishOptions.ConnectionContext"
  },
  {
    id: "signaling-session-end-set-connection",
    row: 55,
    namespace: S2,
    type: "SignalingSession",
    member: "EndSetConnection",
    kind: "method",
    status: "removed",
    parameters: ["IAsyncResult"],
    replacement: "SignalingSessionEstablishOptions.ConnectionContext"
  },
  { id: "signaling-session-grid", row: 56, namespace: S2, type: "SignalingSession", member: "Grid", kind: "property", status: "removed" },
  {
    id: "signaling-session-set-connection",
    row: 57,
    namespace: S2,
    type: "SignalingSession",
    member: "SetConnection",
    kind: "method",
    status: "removed",
    parameters: ["String", "Int32", "SipTransportType"],
    replacement: "SignalingSessionEstablishOptions.ConnectionContext"
  },
  {
    id: "sip-peer-to-peer-endpoint-constructor",
    row: 58,
    namespace: S2,
    type: "SipPeerToPeerEndpoint",
    member: "SipPeerToPeerEndpoint",
    kind: "constructor",
    status: "obsolete",
    parameters: [],
    replacement: "a SipPeerToPeerEndpoint constructor that takes the owner URI and a connection manager"
  },
  {
    id: "sip-uri-parser-grid-uri-parameter",
    row: 59,
    namespace: S2,
    type: "SipUriParser",
    member: "GridUriParameter",
    kind: "property",
    status: "removed"
  }
];
function ruleTypeName(rule) {
  return `${rule.namespace}.${rule.type}`;
}
function ruleMemberLabel(rule) {
  if (rule.kind === "type") return rule.type;
  if (rule.kind === "constructor") return `the ${rule.type}(${(rule.parameters ?? []).join(", ")}) constructor`;
  if (rule.kind === "method") return `${rule.type}.${rule.member}(${(rule.parameters ?? []).join(", ")})`;
  return `${rule.type}.${rule.member}`;
}
var STATUS_WORDS = {
  removed: "removed in UCMA 4.0",
  obsolete: "obsolete in UCMA 4.0",
  internal: "internal in UCMA 4.0 (no longer public)",
  "read-only": "read-only in UCMA 4.0 (its setter was removed)"
};
function ruleMessage(rule, extra) {
  const replacement = rule.replacement ? `use ${rule.replacement}` : "no replacement is documented";
  const note = rule.note ? ` (${rule.note})` : "";
  const why = extra ? `; ${extra}` : "";
  return `${ruleMemberLabel(rule)} is ${STATUS_WORDS[rule.status]}: ${replacement}${note}${why} [${rule.id}]`;
}
function ruleFixMessage(rule) {
  const what = `${ruleMemberLabel(rule)} is ${STATUS_WORDS[rule.status]}`;
  switch (rule.fix) {
    case "remove-false-assignment":
      return `${what}: the statement that sets it to false goes (${rule.note ?? "it has no replacement"})`;
    case "wrap-connection-context":
      return `${what}: replaced by ${rule.replacement}, the host and port wrapped in new ConnectionContext(host, port)`;
    default:
      return `${what}: replaced by ${rule.replacement ?? rule.newName}${rule.note ? ` (${rule.note})` : ""}`;
  }
}
function ruleDescription(rule) {
  const replacement = rule.replacement ? `Use ${rule.replacement} instead.` : "The documentation names no replacement.";
  const note = rule.note ? ` Note: ${rule.note}.` : "";
  const fix = rule.fix ? " ucma-codemod makes the change itself where it can prove the receiver is this UCMA type." : " ucma-codemod reports each use on a receiver it can prove is this UCMA type; change it by hand.";
  return `${ruleMemberLabel(rule)} (${rule.namespace}) is ${STATUS_WORDS[rule.status]}. ${replacement}${note}${fix}`;
}

// transforms/ucma4-api-members-evidence.ts
init_built_module_url();
var MAX_QUOTED = 40;
function quote2(node) {
  const text = node.text.replace(/\s+/g, " ");
  return `\`${text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED - 1)}\u2026` : text}\``;
}
function inherited(type, owner) {
  return owner.fullName === type.fullName ? "" : `; the member is inherited from ${owner.fullName}`;
}
function receiverEvidence(receiver, type, namesType, owner) {
  const node = unwrapParentheses(receiver);
  const it = quote2(node);
  let how;
  if (namesType) how = `${it} names the type ${type.fullName} (through this file's using directives and the project's types)`;
  else {
    switch (node.type) {
      case "identifier":
        how = `${it} is declared as ${type.fullName} (a local, parameter, field, property, catch or foreach variable, or var with a typed initializer)`;
        break;
      case "this":
      case "this_expression":
        how = `${it} is the enclosing class ${type.fullName}`;
        break;
      case "base":
      case "base_expression":
        how = `${it} is the base class ${type.fullName}`;
        break;
      case "object_creation_expression":
        how = `${it} creates a ${type.fullName}`;
        break;
      case "cast_expression":
      case "as_expression":
        how = `${it} converts to ${type.fullName}`;
        break;
      case "member_access_expression":
        how = `${it} is a field or property declared as ${type.fullName}`;
        break;
      case "invocation_expression":
        how = `${it} calls a method declared to return ${type.fullName}`;
        break;
      default:
        how = `${it} has the type ${type.fullName}`;
    }
  }
  return `${how}${inherited(type, owner)}.`;
}
function initializerEvidence(type, owner) {
  return `The object initializer sets a member of the ${type.fullName} it creates${inherited(type, owner)}.`;
}
function implicitMemberEvidence(name, self, owner) {
  return `\`${name}\` is a member of the enclosing class ${self.fullName}, inherited from ${owner.fullName}.`;
}
function baseClassEvidence(self, owner) {
  return `The enclosing class ${self.fullName} derives from ${owner.fullName}, which declared the overridden method.`;
}
function constructionEvidence(rule, type) {
  const parameters = rule.parameters ?? [];
  return `The created type is ${type.fullName}, and the ${parameters.length} ${parameters.length === 1 ? "argument matches" : "arguments match"} the listed overload (${parameters.join(", ")}).`;
}
function typeNameEvidence(node, type) {
  return `${quote2(node)} names the type ${type.fullName}.`;
}

// transforms/ucma4-api-members.ts
var __moduleUrl6 = __builtModuleUrl("transforms/ucma4-api-members.js");
var C3 = "Microsoft.Rtc.Collaboration";
var S3 = "Microsoft.Rtc.Signaling";
var CONNECTION_CONTEXT = `${S3}.ConnectionContext`;
var CALL_MESSAGE_RECEIVED_EVENT_ARGS = `${C3}.CallMessageReceivedEventArgs`;
var MESSAGE_RECEIVED_EVENT_ARGS = `${S3}.MessageReceivedEventArgs`;
var MEDIA_PROVIDER = `${C3}.ComponentModel.MediaProvider`;
var EVIDENCE = {
  // RealTimeEndpoint(String, String, Boolean) against (String, RealTimeConnectionManager, RealTimeEndpointSettings).
  43: [
    { index: 1, type: "System.String" },
    { index: 2, type: "System.Boolean" }
  ],
  // HandleMessage(CallDialogContext, MessageReceivedEventArgs) against (..., CallMessageReceivedEventArgs).
  29: [{ index: 1, type: MESSAGE_RECEIVED_EVENT_ARGS }]
};
var MEMBER_RULES = groupBy(
  API_MEMBER_RULES.filter((r) => r.kind === "method" || r.kind === "property" || r.kind === "enum-member"),
  (r) => r.member
);
var CONSTRUCTOR_RULES = groupBy(
  API_MEMBER_RULES.filter((r) => r.kind === "constructor"),
  (r) => ruleTypeName(r)
);
var TYPE_RULES = groupBy(
  API_MEMBER_RULES.filter((r) => r.kind === "type"),
  (r) => r.type
);
var LISTED_NAMES = [...MEMBER_RULES.keys(), ...TYPE_RULES.keys()];
var CONSTRUCTED_TYPE_NAMES = new Set(API_MEMBER_RULES.filter((r) => r.kind === "constructor").map((r) => r.type));
var RULE_IDS = [...new Map(API_MEMBER_RULES.map((r) => [r.id, r])).values()];
var REQUIRED_TEXT = [
  .../* @__PURE__ */ new Set([
    ...API_MEMBER_RULES.map((r) => r.member),
    ...API_MEMBER_RULES.filter((r) => r.kind === "constructor" || r.kind === "type").map((r) => r.type),
    "base(",
    "base ("
  ])
];
var ucma4_api_members_default = defineTransform(
  {
    meta: {
      id: "ucma4-api-members",
      code: "UCMA4000",
      title: "UCMA 4.0: find removed and obsolete API members, fix the mechanical ones",
      description: 'Finds every use of the 59 members that "Obsolete or removed API members in UCMA 4.0" lists, on receivers whose UCMA type the code proves (declared types of locals, parameters, fields and properties of the project, new, casts, var), and names the documented replacement. Fixes the provable rows: InstantMessagingFlow.BeginSendMessage and (where the result is unused) EndSendMessage, the AudioVideoMcuSession(Properties) MuteAllMode and SelfUnmuteAssignment renames, ApplicationEndpoint.SetProxyInformation(host, port), statements that only set ApplicationEndpointSettings.ProvisioningDataAutoRefreshDisabled to false, and MediaProvider.HandleMessage overrides.',
      source: {
        title: "Obsolete or removed API members in UCMA 4.0",
        url: "https://msdn.microsoft.com/library/Dn465992(v=office.15)"
      },
      kind: "fix",
      followUp: "Change each reported use by hand as its message says; review fixed HandleMessage overrides, whose argument type has other members.",
      requires: REQUIRED_TEXT,
      needsProject: true,
      // A UCMA type can only be proven where some file of the project names Microsoft.Rtc.
      projectRequires: ["Microsoft.Rtc"],
      rules: RULE_IDS.map((r) => ({
        id: r.id,
        title: `${r.type}${r.kind === "constructor" || r.kind === "type" ? "" : `.${r.member}`} (${r.status})`,
        description: ruleDescription(r),
        ...ruleDocumentation(r.id),
        ...r.correction === void 0 ? {} : { correction: r.correction }
      }))
    },
    run(context) {
      const resolver = createTypeResolver(context, ucmaTypes);
      const findings = new Findings();
      const root = context.tree.rootNode;
      const sites = groupBy(
        root.descendantsOfType(["method_declaration", "object_creation_expression", "constructor_initializer", "class_declaration"]),
        (n) => n.type
      );
      const methods = sites.get("method_declaration") ?? [];
      const overrides = fixHandleMessageOverrides(methods, resolver, findings);
      for (const identifier of findIdentifiers(root, LISTED_NAMES)) {
        const name = identifier.text;
        if (MEMBER_RULES.has(name)) checkMemberSite(identifier, resolver, context.text, findings, overrides);
        if (TYPE_RULES.has(name)) checkTypeReference(identifier, resolver, findings);
      }
      for (const method4 of methods) checkOverride(method4, resolver, findings);
      const constructedNames = /* @__PURE__ */ new Set([...CONSTRUCTED_TYPE_NAMES, ...aliasNames(root)]);
      for (const creation of sites.get("object_creation_expression") ?? []) {
        if (constructedNames.has(lastIdentifier(creation.childForFieldName("type")))) checkConstruction(creation, resolver, findings);
      }
      for (const initializer of sites.get("constructor_initializer") ?? []) checkBaseInitializer(initializer, resolver, findings);
      for (const declaration of sites.get("class_declaration") ?? []) checkImplicitBaseConstructor(declaration, resolver, findings);
      const diagnostics = [...findings.diagnostics].sort((a, b) => a.range.start - b.range.start);
      return { edits: findings.edits, diagnostics };
    }
  },
  __moduleUrl6
);
function ruleDocumentation(id) {
  const rows = API_MEMBER_RULES.filter((r) => r.id === id);
  const numbers = rows.map((r) => r.row);
  const replacement = rows.find((r) => r.replacement !== void 0)?.replacement;
  return {
    code: `UCMA4${String(Math.min(...numbers)).padStart(3, "0")}`,
    reference: `${numbers.length === 1 ? "row" : "rows"} ${numbers.join(", ")}`,
    ...replacement === void 0 ? {} : { replacement }
  };
}
var Findings = class {
  edits = [];
  diagnostics = [];
  fix(rule, ...edits) {
    this.fixWithEvidence(rule, void 0, ...edits);
  }
  fixWithEvidence(rule, evidence, ...edits) {
    for (const edit of edits)
      this.edits.push({ ...edit, rule: rule.id, message: ruleFixMessage(rule), ...evidence === void 0 ? {} : { evidence } });
  }
  warn(rule, at, extra, evidence) {
    this.diagnostics.push({ ...warning(at, ruleMessage(rule, extra)), rule: rule.id, ...evidence === void 0 ? {} : { evidence } });
  }
};
function checkMemberSite(identifier, resolver, text, findings, overrides) {
  const nameNode = identifier.parent?.type === "generic_name" ? identifier.parent : identifier;
  const parent = nameNode.parent;
  if (!parent) return;
  let found;
  let access = nameNode;
  let staticReceiver = false;
  let inInitializer = false;
  let evidence;
  if (parent.type === "member_access_expression" && parent.childForFieldName("name")?.id === nameNode.id) {
    const receiver = parent.childForFieldName("expression");
    const meaning = receiver ? resolver.meaningOf(receiver) : void 0;
    if (meaning?.kind === "type") staticReceiver = true;
    const type = meaning && meaning.kind !== "namespace" ? meaning.type : void 0;
    found = type ? resolver.findMember(type, identifier.text) : void 0;
    access = parent;
    if (!found && receiver && meaning?.kind === "value" && !meaning.type) {
      checkDynamicSite(identifier, receiver, parent, resolver, findings);
      return;
    }
    if (receiver && type && found) evidence = receiverEvidence(receiver, type, meaning.kind === "type", found.owner);
  } else if (parent.type === "member_binding_expression") {
    const conditional = findConditionalAccess(parent);
    const condition = conditional?.childForFieldName("condition") ?? conditional?.namedChildren[0];
    const type = condition ? resolver.typeOf(condition) : void 0;
    found = type ? resolver.findMember(type, identifier.text) : void 0;
    access = parent;
    if (condition && type && found) evidence = receiverEvidence(condition, type, false, found.owner);
  } else if (isInitializerTarget(nameNode)) {
    const creation = nameNode.parent.parent.parent;
    const typeNode = creation.childForFieldName("type");
    const type = typeNode ? resolver.resolveTypeNode(typeNode) : void 0;
    found = type ? resolver.findMember(type, identifier.text) : void 0;
    inInitializer = true;
    if (type && found) evidence = initializerEvidence(type, found.owner);
  } else if (isBareExpressionName(nameNode)) {
    found = resolver.implicitMember(identifier);
    const self = resolver.enclosingTypeAt(identifier);
    if (found && self) evidence = implicitMemberEvidence(identifier.text, self, found.owner);
  }
  if (!found || found.declaredInProject) return;
  const invocation = access.parent?.type === "invocation_expression" && access.parent.childForFieldName("function")?.id === access.id ? access.parent : void 0;
  const rule = pickRule(
    identifier.text,
    found,
    { staticReceiver: staticReceiver || found.viaStaticImport === true, invocation, access },
    resolver
  );
  if (!rule) return;
  if (rule.fix === "override-parameter-type" && invocation && overrides.passesFixedParameter(invocation)) return;
  const at = { start: identifier.startIndex, end: (invocation ?? access).endIndex };
  applyOrWarn(rule, { identifier, access, invocation, inInitializer, text, at, evidence }, resolver, findings);
}
function pickRule(name, found, site, resolver) {
  const candidates = (MEMBER_RULES.get(name) ?? []).filter((r) => ruleTypeName(r) === found.owner.fullName);
  return candidates.find((rule) => {
    if (rule.kind === "enum-member") return site.staticReceiver;
    if (rule.writesOnly) return isWrite(site.access);
    if (rule.kind !== "method" || !site.invocation) return true;
    const parts = invocationParts(site.invocation);
    if (!parts) return true;
    if (parts.args.length !== (rule.parameters ?? []).length) return false;
    return hasEvidence(
      rule,
      parts.args.map((a) => a.value),
      resolver
    );
  });
}
function hasEvidence(rule, args, resolver) {
  const evidence = EVIDENCE[rule.row];
  if (!evidence) return true;
  return evidence.some(({ index, type }) => {
    const arg = args[index];
    return arg !== void 0 && resolver.typeOf(arg)?.fullName === type;
  });
}
function applyOrWarn(rule, site, resolver, findings) {
  switch (rule.fix) {
    case "rename":
      findings.fixWithEvidence(rule, site.evidence, replace(site.identifier, rule.newName));
      return;
    case "rename-unused-result":
      if (site.invocation && resultIsDiscarded(site.invocation, resolver))
        findings.fixWithEvidence(rule, site.evidence, replace(site.identifier, rule.newName));
      else
        findings.warn(
          rule,
          site.at,
          site.invocation ? "its result is used and its type changes, so rename it by hand" : "it is used as a method group",
          site.evidence
        );
      return;
    case "wrap-connection-context": {
      const edits = site.invocation ? wrapConnectionContext(site.invocation, resolver) : void 0;
      if (edits) findings.fixWithEvidence(rule, site.evidence, ...edits);
      else findings.warn(rule, site.at, "this call is not of the form SetProxyInformation(host, port)", site.evidence);
      return;
    }
    case "remove-false-assignment": {
      const statement = site.inInitializer ? void 0 : removableFalseAssignment(site.access, site.text);
      if (statement) findings.fixWithEvidence(rule, site.evidence, statement);
      else findings.warn(rule, site.at, "only a statement of its own that sets it to false is removed automatically", site.evidence);
      return;
    }
    default:
      findings.warn(rule, site.at, void 0, site.evidence);
  }
}
function resultIsDiscarded(invocation, resolver) {
  let node = invocation;
  while (node.parent?.type === "parenthesized_expression") node = node.parent;
  const parent = node.parent;
  if (parent?.type === "expression_statement") return true;
  return parent?.type === "lambda_expression" && parent.childForFieldName("body")?.id === node.id && resolver.lambdaResultIsDiscarded(parent);
}
function checkDynamicSite(identifier, receiver, access, resolver, findings) {
  const types = resolver.dynamicLocalValues(receiver);
  if (!types || types.length === 0) return;
  const invocation = access.parent?.type === "invocation_expression" && access.parent.childForFieldName("function")?.id === access.id ? access.parent : void 0;
  const rules = types.map((type) => {
    const found = resolver.findMember(type, identifier.text);
    return found && !found.declaredInProject ? pickRule(identifier.text, found, { staticReceiver: false, invocation, access }, resolver) : void 0;
  });
  const rule = rules[0];
  if (!rule || rules.some((r) => r !== rule)) return;
  const held = [...new Set(types.map((t) => t.fullName.slice(t.fullName.lastIndexOf(".") + 1)))].join(" or ");
  findings.warn(
    rule,
    { start: identifier.startIndex, end: (invocation ?? access).endIndex },
    `it is used through the dynamic local ${receiver.text}, which this method only assigns ${held} values; the compiler cannot see this use, so change it by hand`
  );
}
function wrapConnectionContext(invocation, resolver) {
  const parts = invocationParts(invocation);
  const list = invocation.childForFieldName("arguments");
  if (!parts || !list || parts.args.length !== 2 || parts.args.some((a) => a.name !== void 0)) return void 0;
  const open = list.child(0);
  const close = list.child(list.childCount - 1);
  if (open?.type !== "(" || close?.type !== ")") return void 0;
  const typeName = spellType(CONNECTION_CONTEXT, invocation, resolver);
  return [insertAfter(open, `new ${typeName}(`), insertBefore(close, ")")];
}
function removableFalseAssignment(access, text) {
  const assignment = access.parent;
  if (assignment?.type !== "assignment_expression" || assignment.childForFieldName("left")?.id !== access.id) return void 0;
  const right = assignment.childForFieldName("right");
  if (!right || text.slice(access.endIndex, right.startIndex).trim() !== "=") return void 0;
  if (unwrapParentheses(right).type !== "boolean_literal" || unwrapParentheses(right).text !== "false") return void 0;
  const statement = assignment.parent;
  if (statement?.type !== "expression_statement" || !["block", "switch_section"].includes(statement.parent?.type ?? "")) return void 0;
  const receiver = access.childForFieldName("expression");
  if (!receiver || !isPlainReceiver(receiver)) return void 0;
  const lineStart = text.lastIndexOf("\n", statement.startIndex - 1) + 1;
  const newline = text.indexOf("\n", statement.endIndex);
  const lineEnd2 = newline === -1 ? text.length : newline + 1;
  if (!/^[ \t]*$/.test(text.slice(lineStart, statement.startIndex))) return void 0;
  if (!/^[ \t]*(\/\/[^\r\n]*)?\r?\n?$/.test(text.slice(statement.endIndex, lineEnd2))) return void 0;
  return remove({ start: lineStart, end: lineEnd2 });
}
function isPlainReceiver(node) {
  if (node.type === "identifier" || node.type === "this" || node.type === "this_expression") return true;
  if (node.type === "member_access_expression") {
    const inner = node.childForFieldName("expression");
    return inner !== null && isPlainReceiver(inner);
  }
  return false;
}
var FixedOverrides = class {
  fixed = [];
  add(method4, parameter) {
    this.fixed.push({ method: method4, parameter });
  }
  passesFixedParameter(invocation) {
    const args = invocationParts(invocation)?.args ?? [];
    const second = args[1]?.value;
    return this.fixed.some(
      ({ method: method4, parameter }) => method4.startIndex <= invocation.startIndex && invocation.endIndex <= method4.endIndex && second?.type === "identifier" && second.text === parameter
    );
  }
};
function fixHandleMessageOverrides(methods, resolver, findings) {
  const overrides = new FixedOverrides();
  const rule = API_MEMBER_RULES.find((r) => r.fix === "override-parameter-type");
  for (const method4 of methods) {
    if (method4.childForFieldName("name")?.text !== rule.member) continue;
    if (!method4.namedChildren.some((c) => c.type === "modifier" && c.text === "override")) continue;
    const self = resolver.enclosingTypeAt(method4);
    if (!self || self.fullName === MEDIA_PROVIDER || !resolver.isSameOrDerived(self, MEDIA_PROVIDER)) continue;
    const parameters = (method4.childForFieldName("parameters")?.namedChildren ?? []).filter((c) => c.type === "parameter");
    const second = parameters[1];
    const typeNode = second?.childForFieldName("type");
    if (parameters.length !== 2 || !typeNode || resolver.resolveTypeNode(typeNode)?.fullName !== MESSAGE_RECEIVED_EVENT_ARGS) continue;
    findings.fix(rule, replace(typeNode, spellType(CALL_MESSAGE_RECEIVED_EVENT_ARGS, typeNode, resolver)));
    const name = second?.childForFieldName("name")?.text;
    if (name) overrides.add(method4, name);
  }
  return overrides;
}
function checkOverride(method4, resolver, findings) {
  const name = method4.childForFieldName("name");
  if (!name || !MEMBER_RULES.has(name.text)) return;
  if (!method4.namedChildren.some((c) => c.type === "modifier" && c.text === "override")) return;
  const self = resolver.enclosingTypeAt(method4);
  const parameters = method4.childForFieldName("parameters");
  if (!self || !parameters) return;
  const count = parameters.namedChildren.filter((c) => c.type === "parameter").length;
  for (const base of resolver.basesOf(self)) {
    const found = resolver.findMember(base, name.text);
    if (!found || found.declaredInProject) continue;
    const rule = (MEMBER_RULES.get(name.text) ?? []).find(
      (r) => r.kind === "method" && r.fix !== "override-parameter-type" && ruleTypeName(r) === found.owner.fullName && (r.parameters ?? []).length === count
    );
    if (rule)
      findings.warn(
        rule,
        { start: name.startIndex, end: parameters.endIndex },
        "this override no longer overrides anything",
        baseClassEvidence(self, found.owner)
      );
    return;
  }
}
function checkConstruction(creation, resolver, findings) {
  const typeNode = creation.childForFieldName("type");
  const type = typeNode ? resolver.resolveTypeNode(typeNode) : void 0;
  const rules = type ? CONSTRUCTOR_RULES.get(type.fullName) : void 0;
  if (!rules) return;
  const rule = matchConstructor(rules, creation.childForFieldName("arguments"), resolver);
  if (rule) findings.warn(rule, { start: creation.startIndex, end: creation.endIndex }, void 0, constructionEvidence(rule, type));
}
function checkBaseInitializer(initializer, resolver, findings) {
  if (!initializer.children.some((c) => c.type === "base")) return;
  const self = resolver.enclosingTypeAt(initializer);
  if (!self) return;
  for (const base of resolver.basesOf(self)) {
    const rules = CONSTRUCTOR_RULES.get(base.fullName);
    if (!rules) continue;
    const arguments_ = initializer.namedChildren.find((c) => c.type === "argument_list") ?? null;
    const rule = matchConstructor(rules, arguments_, resolver);
    if (rule) findings.warn(rule, { start: initializer.startIndex, end: initializer.endIndex });
    return;
  }
}
function checkImplicitBaseConstructor(declaration, resolver, findings) {
  const body = declaration.childForFieldName("body");
  const self = body ? resolver.enclosingTypeAt(body) : void 0;
  if (!body || !self) return;
  for (const base of resolver.basesOf(self)) {
    const rule = CONSTRUCTOR_RULES.get(base.fullName)?.find((r) => (r.parameters ?? []).length === 0);
    if (!rule) continue;
    const isStatic = (node) => node.namedChildren.some((c) => c.type === "modifier" && c.text === "static");
    const constructors = body.namedChildren.filter((c) => c.type === "constructor_declaration" && !isStatic(c));
    for (const constructor of constructors) {
      if (constructor.namedChildren.some((c) => c.type === "constructor_initializer")) continue;
      const name = constructor.childForFieldName("name");
      const parameters = constructor.childForFieldName("parameters");
      if (name)
        findings.warn(
          rule,
          { start: name.startIndex, end: (parameters ?? name).endIndex },
          "this constructor calls it implicitly; call another base constructor"
        );
    }
    const declared = resolver.declaredType(self.fullName)?.members.get(declaration.childForFieldName("name")?.text ?? "") ?? [];
    const anyConstructor = constructors.length > 0 || declared.some((m) => m.kind === "constructor");
    const written = declaration.namedChildren.find((c) => c.type === "base_list")?.namedChildren.find((c) => resolver.resolveTypeNode(c)?.fullName === base.fullName);
    if (!anyConstructor && written)
      findings.warn(
        rule,
        { start: written.startIndex, end: written.endIndex },
        "the default constructor calls it implicitly; declare a constructor that calls another base constructor"
      );
    return;
  }
}
function matchConstructor(rules, list, resolver) {
  const args = (list?.namedChildren ?? []).filter((c) => c.type === "argument");
  const values = args.map((a) => a.namedChildren.filter((c) => c.type !== "comment").at(-1)).filter((v) => v !== void 0);
  return rules.find((rule) => (rule.parameters ?? []).length === args.length && hasEvidence(rule, values, resolver));
}
function checkTypeReference(identifier, resolver, findings) {
  let outer = identifier.parent?.type === "generic_name" ? identifier.parent : identifier;
  for (; ; ) {
    const parent2 = outer.parent;
    if (!parent2) break;
    const isName = parent2.childForFieldName("name")?.id === outer.id;
    if ((parent2.type === "qualified_name" || parent2.type === "alias_qualified_name" || parent2.type === "member_access_expression") && isName)
      outer = parent2;
    else break;
  }
  const parent = outer.parent;
  if (!parent || parent.type === "using_directive" || parent.childForFieldName("name")?.id === outer.id) return;
  const meaning = resolver.meaningOf(outer);
  if (meaning?.kind !== "type") return;
  for (const rule of TYPE_RULES.get(identifier.text) ?? []) {
    if (meaning.type.fullName === ruleTypeName(rule))
      findings.warn(rule, { start: outer.startIndex, end: outer.endIndex }, void 0, typeNameEvidence(outer, meaning.type));
  }
}
function spellType(fullName, at, resolver) {
  const scope = nameScopeAt(at);
  const simple2 = fullName.slice(fullName.lastIndexOf(".") + 1);
  if (resolver.resolveTypeName(parseDottedName(simple2), scope)?.fullName === fullName) return simple2;
  if (resolver.resolveTypeName(parseDottedName(fullName), scope)?.fullName === fullName) return fullName;
  return `global::${fullName}`;
}
function aliasNames(root) {
  return root.descendantsOfType("using_directive").flatMap((directive) => {
    const alias = directive.childForFieldName("name");
    return alias ? [alias.text] : [];
  });
}
function lastIdentifier(node) {
  if (!node) return "";
  if (node.type === "identifier") return node.text;
  if (node.type === "qualified_name" || node.type === "alias_qualified_name") return lastIdentifier(node.childForFieldName("name"));
  if (node.type === "generic_name") return node.namedChildren.find((c) => c.type === "identifier")?.text ?? "";
  return "";
}
function findConditionalAccess(binding) {
  for (let current = binding.parent; current; current = current.parent) {
    if (current.type === "conditional_access_expression") return current;
  }
  return void 0;
}
function isInitializerTarget(node) {
  const assignment = node.parent;
  const initializer = assignment?.parent;
  return assignment?.type === "assignment_expression" && assignment.childForFieldName("left")?.id === node.id && initializer?.type === "initializer_expression" && initializer.parent?.type === "object_creation_expression";
}
var NOT_AN_EXPRESSION = /* @__PURE__ */ new Set([
  "qualified_name",
  "alias_qualified_name",
  "using_directive",
  "namespace_declaration",
  "file_scoped_namespace_declaration",
  "type_argument_list",
  "base_list",
  "attribute",
  "labeled_statement",
  "goto_statement",
  "name_colon",
  "type_parameter",
  "type_parameter_constraints_clause",
  "explicit_interface_specifier",
  "enum_member_declaration"
]);
function isBareExpressionName(node) {
  const parent = node.parent;
  if (!parent || NOT_AN_EXPRESSION.has(parent.type)) return false;
  if (parent.childForFieldName("name")?.id === node.id) return false;
  if (parent.childForFieldName("type")?.id === node.id) return false;
  if (parent.type === "assignment_expression" && parent.parent?.type === "initializer_expression") return false;
  return true;
}
function isWrite(access) {
  const parent = access.parent;
  if (!parent) return false;
  if (parent.type === "assignment_expression") return parent.childForFieldName("left")?.id === access.id;
  return parent.type === "postfix_unary_expression" || parent.type === "prefix_unary_expression" && ["++", "--"].includes(parent.child(0)?.type ?? "");
}
function groupBy(items, key) {
  const map = /* @__PURE__ */ new Map();
  for (const item of items) {
    const list = map.get(key(item));
    if (list) list.push(item);
    else map.set(key(item), [item]);
  }
  return map;
}

// transforms/ucma4-config-runtime.ts
init_built_module_url();
var __moduleUrl7 = __builtModuleUrl("transforms/ucma4-config-runtime.js");
var SKU_45 = ".NETFramework,Version=v4.5";
var CLR2 = "v2.0.50727";
var ucma4_config_runtime_default = defineTransform(
  {
    meta: {
      id: "ucma4-config-runtime",
      code: "UCMA0204",
      title: "UCMA 4.0 applications start on .NET Framework 4.5",
      description: 'The UCMA 4.0 Runtime is built on .NET Framework 4.5 (full profile). In the App.config (or <program>.exe.config) beside a project that references UCMA, each <supportedRuntime> keeps the CLR version="v4.0" (.NET Framework 4.5 runs on CLR 4; there is no v4.5 CLR) and its sku becomes ".NETFramework,Version=v4.5"; a CLR 2 entry (v2.0.50727) becomes v4.0 with that sku. A binding redirect for Microsoft.Rtc.Collaboration(.*) whose newVersion is below 5.0.0.0 gets a warning: it would send the application back to the UCMA 3.0 assembly.',
      source: UCMA4_RUNTIME,
      kind: "fix",
      languages: ["xml"],
      requires: ["supportedRuntime", "Microsoft.Rtc"]
    },
    run(context) {
      if (xmlFileKind(context.path) !== "app-config") return;
      const root = rootElement(context.tree.rootNode);
      if (!root || elementName(root) !== "configuration") return;
      if (!besideUcmaProject(context)) return;
      const edits = [];
      const diagnostics = [];
      for (const startup of childElementsNamed(root, "startup")) {
        for (const runtime of childElementsNamed(startup, "supportedRuntime")) edits.push(...supportedRuntimeEdits(runtime, diagnostics));
      }
      for (const element of descendantElements(root)) {
        if (elementName(element) === "dependentAssembly") checkBindingRedirects(element, diagnostics);
      }
      return { edits, diagnostics };
    }
  },
  __moduleUrl7
);
function besideUcmaProject(context) {
  return (context.projectFiles ?? []).some((file) => {
    const project = readMsbuildProject(parseXml(file.text).rootNode);
    return project !== void 0 && referencesUcma(project);
  });
}
function supportedRuntimeEdits(runtime, diagnostics) {
  const version = attributeOf(runtime, "version");
  if (!version) return [];
  const edits = [];
  if (version.value === CLR2) edits.push({ start: version.start, end: version.end, text: "v4.0" });
  else if (version.value !== "v4.0") {
    diagnostics.push(
      info(
        runtime,
        `supportedRuntime version="${version.value}" is not a CLR this transform knows; UCMA 4.0 needs CLR v4.0 with .NET Framework 4.5`
      )
    );
    return [];
  }
  const sku = attributeOf(runtime, "sku");
  if (!sku) {
    edits.push({ start: version.end + 1, end: version.end + 1, text: ` sku="${SKU_45}"` });
  } else if (!isSku45OrLater(sku.value)) {
    edits.push({ start: sku.start, end: sku.end, text: SKU_45 });
  }
  return edits;
}
function isSku45OrLater(sku) {
  const match = /^\.NETFramework,Version=v(\d+)\.(\d+)/i.exec(sku.trim());
  if (!match) return false;
  const major = Number(match[1]);
  const minor = Number(match[2]);
  return (major > 4 || major === 4 && minor >= 5) && !/profile=client/i.test(sku);
}
function checkBindingRedirects(dependent, diagnostics) {
  const identity = childElementsNamed(dependent, "assemblyIdentity")[0];
  const name = identity ? attributeOf(identity, "name")?.value : void 0;
  if (!name || !/^microsoft\.rtc\.collaboration(\.|$)/i.test(name) || /\.audiovideo\.voicexml$/i.test(name)) return;
  for (const redirect of childElementsNamed(dependent, "bindingRedirect")) {
    const target = attributeOf(redirect, "newVersion")?.value;
    if (target !== void 0 && (compareAssemblyVersions(target, "5.0.0.0") ?? 0) < 0) {
      diagnostics.push(
        warning(
          redirect,
          `this binding redirect sends ${name} to ${target}, the UCMA 3.0 assembly or older; UCMA 4.0 ships 5.0.0.0. Change newVersion (and oldVersion) to cover 5.0.0.0, or remove the redirect`
        )
      );
    }
  }
}

// transforms/ucma4-project-64-bit.ts
init_built_module_url();
var __moduleUrl8 = __builtModuleUrl("transforms/ucma4-project-64-bit.js");
var EXECUTABLE_OUTPUT_TYPES = /* @__PURE__ */ new Set(["exe", "winexe", "appcontainerexe", ""]);
var ucma4_project_64_bit_default = defineTransform(
  {
    meta: {
      id: "ucma4-project-64-bit",
      code: "UCMA0203",
      title: "UCMA 4.0 executables run 64-bit in every configuration",
      description: "UCMA 4.0 SDK and Runtime are available only in a 64-bit version, so the process that loads them must be 64-bit. In a project that references UCMA and builds an executable (OutputType Exe or WinExe), every PlatformTarget x86 becomes x64 (and a configuration for the x86 platform that sets no PlatformTarget gets an x64 one). Each AnyCPU configuration gets Prefer32Bit false in its own PropertyGroup (true is changed, a missing one inserted with the file's indentation): MSBuild (Microsoft.NETFramework.CurrentVersion.props) sets Prefer32Bit to true for executables that target .NET Framework 4.5 or later, so retargeting alone would make the executable run 32-bit. x64 configurations and class libraries are left as they are.",
      source: UCMA4_REQUIREMENTS,
      kind: "fix",
      languages: ["xml"],
      requires: ["Microsoft.Rtc", "UCMA"]
    },
    run(context) {
      const project = readUcmaProject(context);
      if (!project) return;
      const outputType = (propertyValue(globalProperty(project, "OutputType")) ?? "").toLowerCase();
      const edits = [];
      const diagnostics = [];
      if (!EXECUTABLE_OUTPUT_TYPES.has(outputType)) {
        for (const group of project.propertyGroups) {
          for (const property4 of group.properties) {
            if (property4.name === "PlatformTarget" && propertyValue(property4)?.toLowerCase() === "x86") {
              diagnostics.push(
                info(
                  property4.element,
                  "this class library is built for x86 and cannot be loaded by a 64-bit UCMA 4.0 process; consider AnyCPU or x64"
                )
              );
            }
          }
        }
        return { diagnostics };
      }
      const defaultPlatformTarget = propertyValue(globalProperty(project, "PlatformTarget"));
      const defaultPrefer32Bit = propertyValue(globalProperty(project, "Prefer32Bit"))?.toLowerCase();
      const defaultIsFalse = defaultPrefer32Bit === "true" || defaultPrefer32Bit === "false";
      for (const group of project.propertyGroups) {
        for (const property4 of group.properties) {
          const value2 = propertyValue(property4)?.toLowerCase();
          if (property4.name === "PlatformTarget" && value2 === "x86" && property4.text) edits.push(replace(property4.text, "x64"));
          if (property4.name === "Prefer32Bit" && value2 === "true" && property4.text && group.scope.kind === "all")
            edits.push(replace(property4.text, "false"));
        }
        if (group.scope.kind !== "configuration") continue;
        const platformTarget = (propertyValue(ownProperty(group, "PlatformTarget")) ?? defaultPlatformTarget ?? inferredPlatformTarget(project, group)).toLowerCase();
        if (platformTarget === "x86" && !ownProperty(group, "PlatformTarget") && defaultPlatformTarget === void 0) {
          const insertion = appendChildElement(context.text, group.element, "<PlatformTarget>x64</PlatformTarget>");
          if (insertion) edits.push(insertion);
        }
        if (platformTarget !== "anycpu") continue;
        const own2 = ownProperty(group, "Prefer32Bit");
        const ownValue = propertyValue(own2)?.toLowerCase();
        if (own2 && ownValue === "true" && own2.text) edits.push(replace(own2.text, "false"));
        else if (!own2 && !defaultIsFalse) {
          const insertion = appendChildElement(context.text, group.element, "<Prefer32Bit>false</Prefer32Bit>");
          if (insertion) edits.push(insertion);
        }
      }
      return { edits, diagnostics };
    }
  },
  __moduleUrl8
);
function ownProperty(group, name) {
  return group.properties.filter((property4) => property4.name === name && property4.condition === void 0).pop();
}
function inferredPlatformTarget(project, group) {
  const platform = (group.scope.kind === "configuration" ? group.scope.platform : void 0) ?? propertyValue(globalProperty(project, "Platform")) ?? "AnyCPU";
  const lower = platform.toLowerCase();
  return lower === "x86" || lower === "x64" ? lower : "anycpu";
}

// transforms/ucma4-project-references.ts
init_built_module_url();
var __moduleUrl9 = __builtModuleUrl("transforms/ucma4-project-references.js");
var VERSIONED_WITH_UCMA = /* @__PURE__ */ new Set(["microsoft.rtc.collaboration", "microsoft.rtc.collaboration.persistentchat"]);
var VOICEXML = "microsoft.rtc.collaboration.audiovideo.voicexml";
var UCMA3_FOLDER = "Microsoft UCMA 3.0";
var UCMA4_FOLDER = "Microsoft UCMA 4.0";
var ucma4_project_references_default = defineTransform(
  {
    meta: {
      id: "ucma4-project-references",
      code: "UCMA0201",
      title: "UCMA 4.0 projects reference Microsoft.Rtc.Collaboration 5.0.0.0",
      description: 'UCMA 4.0 installs Microsoft.Rtc.Collaboration (and Microsoft.Rtc.Collaboration.PersistentChat) version 5.0.0.0 under %ProgramFiles%\\Microsoft UCMA 4.0; UCMA 3.0 shipped 4.0.0.0 under Microsoft UCMA 3.0, and the two cannot be installed side by side. A Reference with Version=4.0.0.0 gets Version=5.0.0.0, and a HintPath folder "Microsoft UCMA 3.0" becomes "Microsoft UCMA 4.0" (the rest of the path is kept). A reference without a version is judged by its HintPath alone (no Version= is added). 6.0.0.0 (UCMA 5.0) is newer and left alone, and so is Microsoft.Rtc.Collaboration.AudioVideo.VoiceXml, which stays 4.0.0.0 in UCMA 4.0. A reference to Microsoft.Speech 10.2 (the UCMA 3.0 speech platform) gets a warning.',
      source: UCMA4_REQUIREMENTS,
      kind: "fix",
      languages: ["xml"],
      requires: ["Microsoft.Rtc", "UCMA"],
      followUp: "Install the UCMA 4.0 SDK (it replaces UCMA 3.0) and rebuild; references to Microsoft.Speech 10.2 must be pointed at the Microsoft Speech Platform SDK 11.0 by hand."
    },
    run(context) {
      const project = readUcmaProject(context);
      if (!project) return;
      const edits = [];
      const diagnostics = [];
      for (const reference of project.references) {
        const name = reference.assemblyName.toLowerCase();
        if (name === VOICEXML) continue;
        if (name === "microsoft.speech") {
          checkSpeech(reference, diagnostics);
          continue;
        }
        if (!VERSIONED_WITH_UCMA.has(name)) continue;
        const version = reference.version?.value;
        if (version !== void 0) {
          const order = compareAssemblyVersions(version, "4.0.0.0");
          if (order === 0) {
            edits.push(replace(reference.version, "5.0.0.0"));
            const hint2 = hintPathEdits(reference);
            edits.push(...hint2);
            if (hint2.length === 0 && reference.hintPath && !hintPathNamesUcma(reference)) {
              diagnostics.push(
                info(
                  reference.hintPath.element,
                  "this HintPath points to a copy of the UCMA 3.0 assembly, not an installed SDK; replace that copy with the UCMA 4.0 (5.0.0.0) assembly"
                )
              );
            }
          } else if (order === void 0) {
            diagnostics.push(
              info(
                reference.element,
                `Version=${version} is not an assembly version this transform can read; UCMA 4.0 ships ${reference.assemblyName} 5.0.0.0`
              )
            );
          } else if (order < 0) {
            diagnostics.push(
              info(
                reference.element,
                `${reference.assemblyName} ${version} is older than UCMA 3.0; UCMA 4.0 ships 5.0.0.0, so check this reference by hand`
              )
            );
          }
          continue;
        }
        const hint = hintPathEdits(reference);
        if (hint.length > 0) edits.push(...hint);
        else if (!hintPathNamesUcma(reference)) {
          diagnostics.push(
            info(
              reference.element,
              `${reference.assemblyName} has no version and no HintPath into a Microsoft UCMA folder, so which UCMA it builds against depends on the machine; make sure it resolves to UCMA 4.0 (5.0.0.0)`
            )
          );
        }
      }
      return { edits, diagnostics };
    }
  },
  __moduleUrl9
);
function hintPathEdits(reference) {
  const text = reference.hintPath?.text;
  if (!text) return [];
  const lower = text.raw.toLowerCase();
  const folder = UCMA3_FOLDER.toLowerCase();
  for (let at = lower.indexOf(folder); at !== -1; at = lower.indexOf(folder, at + 1)) {
    const before = at === 0 ? "\\" : lower[at - 1];
    const after = lower[at + folder.length] ?? "\\";
    if ((before === "\\" || before === "/") && (after === "\\" || after === "/")) {
      return [{ start: text.start + at, end: text.start + at + folder.length, text: UCMA4_FOLDER }];
    }
  }
  return [];
}
function checkSpeech(reference, diagnostics) {
  const version = reference.version?.value;
  if (version === void 0 || compareAssemblyVersions(version, "10.2.0.0") !== 0) return;
  diagnostics.push(
    warning(
      reference.element,
      "Microsoft.Speech 10.2 is the UCMA 3.0 speech platform; UCMA 4.0 uses the Microsoft Speech Platform SDK 11.0 (Microsoft.Speech 11.0.0.0). Point this reference at the 11.0 SDK on your build machine (its path is machine-specific, so it is not changed here)"
    )
  );
}

// transforms/ucma4-project-target-framework.ts
init_built_module_url();
var __moduleUrl10 = __builtModuleUrl("transforms/ucma4-project-target-framework.js");
var ucma4_project_target_framework_default = defineTransform(
  {
    meta: {
      id: "ucma4-project-target-framework",
      code: "UCMA0202",
      title: "UCMA 4.0 projects target .NET Framework 4.5 (full profile)",
      description: "The UCMA 4.0 Runtime is built on .NET Framework 4.5 and requires its full profile. In a project that references UCMA (Microsoft.Rtc.Collaboration, or a HintPath into a Microsoft UCMA folder), every TargetFrameworkVersion below v4.5 (v2.0, v3.5, v4.0, ...) becomes v4.5, in whichever PropertyGroup it is set; a TargetFrameworkProfile of Client is emptied, because .NET Framework 4.5 has no client profile. Versions from v4.5 on, and ToolsVersion, are left as they are.",
      source: UCMA4_RUNTIME,
      kind: "fix",
      languages: ["xml"],
      // A UCMA project names Microsoft.Rtc (its Reference) or UCMA (a Microsoft UCMA HintPath folder).
      requires: ["Microsoft.Rtc", "UCMA"],
      followUp: "Install the .NET Framework 4.5 targeting pack (Visual Studio 2012 or later) to build the retargeted project."
    },
    run(context) {
      const project = readUcmaProject(context);
      if (!project) return;
      const edits = [];
      const diagnostics = [];
      let targets45 = false;
      let seen = false;
      for (const group of project.propertyGroups) {
        for (const property4 of group.properties) {
          if (property4.name !== "TargetFrameworkVersion") continue;
          seen = true;
          const value2 = propertyValue(property4);
          const version = value2 === void 0 ? void 0 : parseFrameworkVersion(value2);
          if (!version || !property4.text) {
            diagnostics.push(
              info(
                property4.element,
                value2 === void 0 ? "TargetFrameworkVersion holds more than text (a comment or an element), so this transform cannot read its version; make sure it resolves to v4.5 or later for UCMA 4.0" : `TargetFrameworkVersion ${JSON.stringify(value2)} is not a version this transform can read; make sure it resolves to v4.5 or later for UCMA 4.0`
              )
            );
            continue;
          }
          targets45 = true;
          if (isBelowFramework45(version)) edits.push(replace(property4.text, "v4.5"));
        }
      }
      if (!seen) {
        diagnostics.push(
          info(
            project.root,
            "this project sets no TargetFrameworkVersion, so MSBuild uses its default, which is below v4.5; add <TargetFrameworkVersion>v4.5</TargetFrameworkVersion> for UCMA 4.0"
          )
        );
      }
      if (targets45) {
        for (const group of project.propertyGroups) {
          for (const property4 of group.properties) {
            if (property4.name === "TargetFrameworkProfile" && property4.text && propertyValue(property4)?.toLowerCase() === "client") {
              edits.push(replace(property4.text, ""));
            }
          }
        }
      }
      return { edits, diagnostics };
    }
  },
  __moduleUrl10
);

// transforms/ucma4-provisioning.ts
init_built_module_url();

// transforms/ucma4-provisioning-findings.ts
init_built_module_url();

// transforms/ucma4-provisioning-rules.ts
init_built_module_url();
function page(file, title, library) {
  return {
    title: `${title} (Lync Server 2013 / UCMA 4.0 SDK documentation, ${file})`,
    url: `https://msdn.microsoft.com/library/${library}(v=office.15)`,
    path: `docs/ucma-sdk/${file}`
  };
}
var PAGES = {
  coexistence: page(
    "ucma-applications-coexistence-migration-and-upgrade-scenarios.md",
    "UCMA applications: Coexistence, migration, and upgrade scenarios",
    "Dn466143"
  ),
  ucma2Scenarios: page(
    "ucma-2-0-core-applications-coexistence-migration-and-upgrade-scenarios.md",
    "UCMA 2.0 Core applications: Coexistence, migration, and upgrade scenarios",
    "Dn466131"
  ),
  autoProvisioned: page("activating-an-auto-provisioned-application.md", "Activating an auto-provisioned application", "Dn466123"),
  serverPlatforms: page("server-platforms.md", "Server platforms", "Dn466051"),
  migrationDetails: page(
    "migration-and-coexistence-details-ucma-2-0-and-ucma-3-0.md",
    "Migration and coexistence details (UCMA 2.0 and UCMA 3.0)",
    "Dn466121"
  ),
  programmatic: page("activating-applications-programmatically.md", "Activating applications programmatically", "Dn466133"),
  ipv6: page("support-for-ipv6.md", "Support for IPv6", "Dn465946"),
  manuallyProvisioned: page(
    "activating-a-manually-provisioned-application.md",
    "Activating a manually-provisioned application",
    "Dn466122"
  ),
  ucma3Scenarios: page(
    "ucma-3-0-core-applications-coexistence-and-deployment-scenarios.md",
    "UCMA 3.0 Core applications: Coexistence and deployment scenarios",
    "Dn466145"
  )
};
var TRANSFORM_CODES = {
  "ucma4-provisioning": "UCMA0300",
  "ucma4-provisioning-config": "UCMA0320"
};
var PROVISIONING_RULES = [
  {
    id: "application-id-matches-legacy-name",
    title: "UCMA 2.0 upgrade: the new ApplicationId equals the UCMA 2.0 application name",
    description: `When a UCMA 2.0 application is upgraded to UCMA 4.0, the new trusted application is created with an ApplicationId equal to the UCMA 2.0 application's name; only then can Move-CsApplicationEndpoint move its contact objects. The rule compares the id the code gives ProvisionedApplicationPlatformSettings (a literal, a constant, or the appSettings value it reads, looked up in App.config) with the legacy name declared in ucma-codemod.config.json ("migration"), without the urn:application: prefix. A proven mismatch is a warning; an id that comes from the console, a placeholder, a commented-out or missing setting, or a migration that is not declared is an info.`,
    sources: [PAGES.coexistence, PAGES.ucma2Scenarios],
    followUp: "Create the UCMA 4.0 application with the legacy name as its id: New-CsTrustedApplication -ApplicationId <legacy name> -TrustedApplicationPoolFqdn <new pool> -Port <port>; run Enable-CsTopology; then, for each contact object, Move-CsApplicationEndpoint -Identity sip:<contact> -TargetApplicationPool <new pool> -Force.",
    codes: { "ucma4-provisioning": "UCMA0301" }
  },
  {
    id: "startup-provisioning-failure-uncaught",
    title: "Auto-provisioned start-up: EndStartup in the BeginStartup callback must catch ProvisioningFailureException",
    description: "An auto-provisioned CollaborationPlatform fails its start-up with a ProvisioningFailureException when the provisioning data cannot be fetched (no Central Management Store replica, wrong application id, no Active Directory). EndStartup rethrows it; inside the AsyncCallback of BeginStartup (a lambda, an anonymous method or a method group) that runs on a thread-pool thread, an uncaught exception ends the process. A warning when no enclosing try has a catch that covers it (ProvisioningFailureException, RealTimeException, Exception or a bare catch), looking one level into a project method of the same file that the code is handed to; an info when the catch rethrows, the coverage cannot be proven, or EndStartup is called on the starting thread without a catch in that method.",
    sources: [PAGES.autoProvisioned, PAGES.serverPlatforms],
    followUp: "Wrap EndStartup in try { ... } catch (ProvisioningFailureException e) { ... } and alert the administrator: check the replica with Get-CsManagementStoreReplicationStatus (Invoke-CsManagementStoreReplication to force it), the certificate (Set-CsCertificate -Type Default -Thumbprint <thumbprint>) and the application id (Get-CsTrustedApplication).",
    codes: { "ucma4-provisioning": "UCMA0302" }
  },
  {
    id: "provisioning-failed-unhandled",
    title: "Auto-provisioned platform: the project handles CollaborationPlatform.ProvisioningFailed",
    description: "After start-up an auto-provisioned platform keeps its settings when provisioning data later becomes unreadable (a bad certificate, lost Active Directory access) and raises ProvisioningFailed instead; the application must alert the administrator from a handler. A warning at each construction of an auto-provisioned platform when no file of the project subscribes to ProvisioningFailed (+=).",
    sources: [PAGES.serverPlatforms, PAGES.autoProvisioned],
    followUp: "Before BeginStartup, add platform.ProvisioningFailed += handler, and report e.Exception to the administrator from it.",
    codes: { "ucma4-provisioning": "UCMA0303" }
  },
  {
    id: "ucma2-wmi-provisioning",
    title: "UCMA 2.0 WMI provisioning: needs the OCS 2007 R2 core components and is replaced on the way to UCMA 4.0",
    description: `UCMA 2.0 applications were provisioned through the OCS 2007 R2 WMI classes (MSFT_SIP...), often with the SDK's ApplicationProvisioning library. WMI provisioning at run time needs OCSCore.msi from OCS 2007 R2, and a UCMA 4.0 application is provisioned with the Lync Server cmdlets instead. An inventory item (info) at each reference to ApplicationProvisioning and at the first mention of each MSFT_SIP class in a string of a file; the ApplicationProvisioner sample itself is the WMI admin tool, which stays in use for legacy pools: one note on its reference to the library, nothing in its own WMI code. MSFT_SIPDomainData is the "allowed domains" list that a direct deployment against Lync Server fills in with WBemTest.`,
    sources: [PAGES.migrationDetails],
    followUp: "For run-time provisioning, move to auto-provisioning (ProvisionedApplicationPlatformSettings) or to values from Get-CsTrustedApplication; until then install the OCS 2007 R2 core components (OCSCore.msi) on the application servers. Manage legacy pools with the modified ApplicationProvisioner.exe and Move-CsApplicationEndpoint.",
    codes: { "ucma4-provisioning": "UCMA0304", "ucma4-provisioning-config": "UCMA0324" }
  },
  {
    id: "manual-endpoint-on-auto-provisioned-platform",
    title: "Auto-provisioned platform: no manually configured ApplicationEndpoint before start-up; do not mix modes",
    description: "On an auto-provisioned platform an ApplicationEndpoint made from manually filled ApplicationEndpointSettings is not allowed until the platform has started, and an application should not mix auto-provisioned and manually provisioned endpoints. A warning for straight-line code that builds such an endpoint on a platform proven auto-provisioned before its EndStartup; an info for one built after start-up (review the mix). Settings handed to the discovery handler, and platforms that are auto-provisioned in one branch of a mode switch only, are never reported.",
    sources: [PAGES.serverPlatforms],
    followUp: "Create the endpoint from the settings that RegisterForApplicationEndpointSettings hands over (New-CsTrustedApplicationEndpoint creates its contact object), or move the manual endpoint after EndStartup.",
    codes: { "ucma4-provisioning": "UCMA0305" }
  },
  {
    id: "lync-module-needs-64-bit",
    title: "Loading the Lync PowerShell module in process needs a 64-bit executable",
    description: 'The Lync Server management cmdlets are supported only in a 64-bit PowerShell; an application that imports the Lync module into a local runspace runs them in its own process. A warning in an executable project (OutputType Exe or WinExe) that is not 64-bit in every configuration, at ImportPSModule("Lync"), an Import-Module Lync script or command on a local runspace; an info in a class library (the host decides) or when the project file is not known. Remote runspaces and powershell.exe started as a process are separate processes and are not reported.',
    sources: [PAGES.programmatic],
    followUp: "Build the executable as x64 (PlatformTarget x64, or AnyCPU with Prefer32Bit false): ucma-codemod apply -t ucma4-project-64-bit makes that edit in a project that references UCMA.",
    codes: { "ucma4-provisioning": "UCMA0306" }
  },
  {
    id: "ipv6-review",
    title: "IPv6: Dns use and hard-coded IP addresses to review",
    description: "A Lync Server 2013 pool may run IPv6-only or dual stack. Code that resolves names with System.Net.Dns (and may assume one IPv4 address per host) and IP addresses written into UCMA settings (IPAddress.Any, Loopback, a parsed literal; dual stack needs IPAddress.IPv6Any as a second listening address) are review items (info). Reading only the local host name (Dns.GetHostName, Dns.GetHostEntry(...).HostName) and addresses given to non-UCMA hosts (WCF, HTTP) are not.",
    sources: [PAGES.ipv6],
    followUp: "Prefer FQDNs to addresses; let a provisioned platform choose its listening addresses; test on an IPv6-only pool.",
    codes: { "ucma4-provisioning": "UCMA0307" }
  },
  {
    id: "ipv6-disabled",
    title: "IPv6 support switched off: a last resort that fails on an IPv6-only pool",
    description: "Setting IpV6SupportDisabled / IpV6StackSupportDisabled to true on platform settings, or calling RealTimeConnectionManager.DisableIpV6Support(), keeps the UCMA 3.0 behaviour; the page calls it a last resort, because the application then does not work with an IPv6-only Lync Server 2013 pool. A warning.",
    sources: [PAGES.ipv6],
    followUp: "Remove the switch and make the code IPv6-aware, or record why the pool will stay IPv4 (suppress the finding with a reason).",
    codes: { "ucma4-provisioning": "UCMA0308" }
  },
  {
    id: "gruu-form",
    title: "Manually provisioned GRUU: one line, in the sip:...;gruu;opaque=srvr:... form",
    description: "A manually provisioned platform is given the computer GRUU that Get-CsTrustedApplication shows (ComputerGruus). Copied from the console it may carry line breaks or spaces; the value must be one unbroken sip:<computer>@<domain>;gruu;opaque=srvr:... string. A warning for a string literal given as the GRUU of ServerPlatformSettings and for an App.config value of a GRUU setting (a key or attribute named like gruu) that breaks the form; conference URIs (opaque=app:conf:...) are not GRUUs of this kind.",
    sources: [PAGES.manuallyProvisioned],
    followUp: '$a = Get-CsTrustedApplication -Identity "<pool FQDN>/urn:application:<id>"; $a.ComputerGruus: copy the Gruu of this computer as one line.',
    codes: { "ucma4-provisioning": "UCMA0309", "ucma4-provisioning-config": "UCMA0329" }
  },
  {
    id: "ocs-2007-r2-user-endpoint-im-only",
    title: "UCMA 3.0 against a pure OCS 2007 R2 topology: UserEndpoint only, IM only",
    description: 'A UCMA 3.0 application deployed against a pure Office Communications Server 2007 R2 topology is deployed as a UCMA 2.0 application and supports only UserEndpoint, and only instant messaging (no audio). Reported only when ucma-codemod.config.json declares "migration": { "targetServer": "ocs-2007-r2" }: a warning at each ApplicationEndpoint and each audio/video call the code makes or accepts.',
    sources: [PAGES.ucma3Scenarios],
    followUp: "Use UserEndpoint and instant messaging only against OCS 2007 R2, or target a Lync Server 2010/2013 pool.",
    codes: { "ucma4-provisioning": "UCMA0310" }
  }
];
function provisioningRule(id) {
  return PROVISIONING_RULES.find((rule) => rule.id === id);
}
function rulesReportedBy(transform) {
  return PROVISIONING_RULES.flatMap(({ id, title, description, sources, followUp, codes }) => {
    const code = codes[transform];
    return code === void 0 ? [] : [{ id, title, code, description, sources, followUp }];
  });
}
function pageNote(rule) {
  return `(see ${rule.sources.map((s) => s.path.replace("docs/ucma-sdk/", "")).join(", ")})`;
}

// transforms/ucma4-provisioning-findings.ts
var Findings2 = class {
  seen = /* @__PURE__ */ new Set();
  diagnostics = [];
  add(severity, rule, at, text) {
    const range = "startIndex" in at ? { start: at.startIndex, end: at.endIndex } : at;
    const key = `${rule}:${range.start}:${range.end}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.diagnostics.push({ ...diagnostic(severity, range, `${text} ${pageNote(provisioningRule(rule))}`), rule });
  }
  warn(rule, at, text) {
    this.add("warning", rule, at, text);
  }
  note(rule, at, text) {
    this.add("info", rule, at, text);
  }
  sorted() {
    return [...this.diagnostics].sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  }
};
function nodesOfTypeOnce(root) {
  const walked = /* @__PURE__ */ new Map();
  return (type) => {
    let nodes = walked.get(type);
    if (!nodes) walked.set(type, nodes = root.descendantsOfType(type));
    return nodes;
  };
}
function lineOf(node) {
  return node.startPosition.row + 1;
}

// transforms/ucma4-provisioning-hosting.ts
init_built_module_url();

// transforms/ucma4-provisioning-flow.ts
init_built_module_url();
var FUNCTION_BOUNDARIES2 = /* @__PURE__ */ new Set([
  "lambda_expression",
  "anonymous_method_expression",
  "local_function_statement",
  "method_declaration",
  "constructor_declaration",
  "destructor_declaration",
  "accessor_declaration",
  "operator_declaration",
  "conversion_operator_declaration"
]);
function enclosingFunction(node) {
  for (let current = node.parent; current; current = current.parent) if (FUNCTION_BOUNDARIES2.has(current.type)) return current;
  return void 0;
}
function unwrap(node) {
  let current = node;
  for (; ; ) {
    if (current.type === "parenthesized_expression") {
      const inner = current.namedChildren.find((c) => c.type !== "comment");
      if (!inner) return current;
      current = inner;
    } else if (current.type === "postfix_unary_expression" && current.text.endsWith("!")) {
      current = current.namedChildren[0] ?? current;
    } else return current;
  }
}
function calleeParts(invocation) {
  const callee = invocation.childForFieldName("function");
  if (!callee) return void 0;
  if (callee.type === "member_access_expression") {
    const name = callee.childForFieldName("name");
    return name ? { name: simpleName(name), receiver: callee.childForFieldName("expression") ?? void 0 } : void 0;
  }
  if (callee.type === "identifier" || callee.type === "generic_name") return { name: simpleName(callee), receiver: void 0 };
  return void 0;
}
function simpleName(node) {
  return node.type === "generic_name" ? node.namedChildren.find((c) => c.type === "identifier")?.text ?? node.text : node.text;
}
function argumentValues(call) {
  const list = call.childForFieldName("arguments");
  return (list?.namedChildren ?? []).filter((c) => c.type === "argument").map((a) => a.namedChildren.filter((c) => c.type !== "comment" && c.type !== "name_colon").at(-1)).filter((v) => v !== void 0);
}
function referenceKey(expression, resolver) {
  const node = unwrap(expression);
  if (node.type === "identifier") {
    const owner = localOwner(node);
    if (owner) return `local:${owner.startIndex}:${node.text}`;
    const member = resolver.implicitMember(node);
    return member && member.declaredInProject && (member.kind === "field" || member.kind === "property") ? `field:${member.owner.fullName}.${node.text}` : void 0;
  }
  if (node.type === "member_access_expression") {
    const receiver = node.childForFieldName("expression");
    const name = node.childForFieldName("name");
    if (!receiver || !name) return void 0;
    const type = receiver.type === "this" || receiver.type === "this_expression" ? resolver.enclosingTypeAt(node) : resolver.typeOf(receiver);
    const found = type ? resolver.findMember(type, name.text) : void 0;
    return found && found.declaredInProject && (found.kind === "field" || found.kind === "property") ? `field:${found.owner.fullName}.${name.text}` : void 0;
  }
  return void 0;
}
function localOwner(identifier) {
  const name = identifier.text;
  for (let fn = enclosingFunction(identifier); fn; fn = enclosingFunction(fn)) {
    if (declaresLocal(fn, name)) return fn;
  }
  return void 0;
}
function declaresLocal(fn, name) {
  const parameters = fn.childForFieldName("parameters") ?? fn.namedChildren.find((c) => c.type === "parameter_list");
  if ((parameters?.type === "identifier" || parameters?.type === "implicit_parameter") && parameters.text === name) return true;
  if (parameters?.namedChildren.some((p) => p.type === "parameter" && p.childForFieldName("name")?.text === name)) return true;
  const body = fn.childForFieldName("body") ?? fn.namedChildren.find((c) => c.type === "block");
  if (!body) return false;
  const stack = [body];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node.type === "variable_declarator" || node.type === "declaration_pattern" || node.type === "declaration_expression") {
      if (node.childForFieldName("name")?.text === name) return true;
    }
    if (node.type === "foreach_statement" && node.childForFieldName("left")?.text === name) return true;
    if (node.type === "catch_declaration" && node.childForFieldName("name")?.text === name) return true;
    for (const child of node.namedChildren) if (!FUNCTION_BOUNDARIES2.has(child.type)) stack.push(child);
  }
  return false;
}
function reachingAssignments(site, key, resolver) {
  const found = [];
  let statement = enclosingStatement(site);
  while (statement) {
    const container = statement.parent;
    if (!container) break;
    if (container.type === "block" || container.type === "switch_section") {
      const siblings = container.namedChildren;
      for (let i = siblings.indexOf(siblings.find((s) => s.id === statement.id)) - 1; i >= 0; i--) {
        const effect = effectOf(siblings[i], key, resolver);
        if (!effect) continue;
        found.push(...effect.assignments);
        if (effect.complete) return { assignments: found, fromEntry: false };
      }
    }
    if (FUNCTION_BOUNDARIES2.has(container.type)) return { assignments: found, fromEntry: true };
    const up = container.type === "block" || container.type === "switch_section" ? container.parent : container;
    if (!up || FUNCTION_BOUNDARIES2.has(up.type)) return { assignments: found, fromEntry: true };
    const declared = headerDeclaration(up, key);
    if (declared) return { assignments: [...found, declared], fromEntry: false };
    statement = isStatement(up) ? up : enclosingStatement(up);
  }
  return { assignments: found, fromEntry: true };
}
function headerDeclaration(statement, key) {
  if (!["using_statement", "for_statement", "fixed_statement"].includes(statement.type)) return void 0;
  const declaration = statement.namedChildren.find((c) => c.type === "variable_declaration");
  for (const declarator of declaration?.namedChildren.filter((c) => c.type === "variable_declarator") ?? []) {
    const fn = enclosingFunction(declarator);
    const value2 = declaratorValue(declarator);
    if (value2 && fn && key === `local:${fn.startIndex}:${declarator.childForFieldName("name")?.text}`) return { value: value2, at: declarator };
  }
  return void 0;
}
function enclosingStatement(node) {
  for (let current = node; current; current = current.parent) {
    if (FUNCTION_BOUNDARIES2.has(current.type) && current.id !== node.id) return void 0;
    if (isStatement(current) && (current.parent?.type === "block" || current.parent?.type === "switch_section" || isStatement(current.parent)))
      return current;
  }
  return void 0;
}
function isStatement(node) {
  return node !== null && (node.type.endsWith("_statement") || node.type === "block") && node.type !== "local_function_statement";
}
function effectOf(statement, key, resolver) {
  switch (statement.type) {
    case "expression_statement": {
      const assignment = directAssignment(statement, key, resolver);
      if (assignment) return { assignments: [assignment], complete: true };
      return looseEffect(statement, key, resolver);
    }
    case "local_declaration_statement": {
      for (const declarator of statement.descendantsOfType("variable_declarator")) {
        const value2 = declaratorValue(declarator);
        if (value2 && key === localKeyOf(declarator)) return { assignments: [{ value: value2, at: declarator }], complete: true };
      }
      return looseEffect(statement, key, resolver);
    }
    case "block":
      return effectOfStatements(statement.namedChildren, key, resolver);
    case "if_statement": {
      const consequence = statement.childForFieldName("consequence");
      const alternative = statement.childForFieldName("alternative");
      const a = consequence ? effectOf(consequence, key, resolver) : void 0;
      const b = alternative ? effectOf(alternative, key, resolver) : void 0;
      if (!a && !b) return void 0;
      return { assignments: [...a?.assignments ?? [], ...b?.assignments ?? []], complete: Boolean(a?.complete && b?.complete) };
    }
    case "try_statement": {
      const body = statement.childForFieldName("body");
      const inBody = body ? effectOf(body, key, resolver) : void 0;
      const rest = statement.namedChildren.filter((c) => c.id !== body?.id).flatMap((c) => looseEffect(c, key, resolver)?.assignments ?? []);
      if (!inBody && rest.length === 0) return void 0;
      return { assignments: [...inBody?.assignments ?? [], ...rest], complete: false };
    }
    case "using_statement":
    case "lock_statement":
    case "checked_statement":
    case "unsafe_statement":
    case "fixed_statement": {
      const body = statement.namedChildren.at(-1);
      const inBody = body && isStatement(body) ? effectOf(body, key, resolver) : void 0;
      return inBody ?? looseEffect(statement, key, resolver);
    }
    default:
      return looseEffect(statement, key, resolver);
  }
}
function effectOfStatements(statements, key, resolver) {
  const assignments = [];
  for (let i = statements.length - 1; i >= 0; i--) {
    const effect = effectOf(statements[i], key, resolver);
    if (!effect) continue;
    assignments.push(...effect.assignments);
    if (effect.complete) return { assignments, complete: true };
  }
  return assignments.length > 0 ? { assignments, complete: false } : void 0;
}
function looseEffect(node, key, resolver) {
  const assignments = [];
  const stack = [node];
  while (stack.length > 0) {
    const current = stack.pop();
    if (current.type === "assignment_expression") {
      const left = current.childForFieldName("left");
      const right = current.childForFieldName("right");
      if (left && right && operatorOf2(current) === "=" && referenceKey(left, resolver) === key)
        assignments.push({ value: right, at: current });
    }
    if (current.type === "variable_declarator" && localKeyOf(current) === key) {
      const value2 = declaratorValue(current);
      if (value2) assignments.push({ value: value2, at: current });
    }
    for (const child of current.namedChildren) if (!FUNCTION_BOUNDARIES2.has(child.type)) stack.push(child);
  }
  return assignments.length > 0 ? { assignments, complete: false } : void 0;
}
function directAssignment(statement, key, resolver) {
  const expression = statement.namedChildren.find((c) => c.type !== "comment");
  if (expression?.type !== "assignment_expression" || operatorOf2(expression) !== "=") return void 0;
  const left = expression.childForFieldName("left");
  const right = expression.childForFieldName("right");
  return left && right && referenceKey(left, resolver) === key ? { value: right, at: expression } : void 0;
}
function operatorOf2(assignment) {
  return assignment.childForFieldName("operator")?.text ?? assignment.children.find((c) => c.type.endsWith("="))?.type;
}
function declaratorValue(declarator) {
  const name = declarator.childForFieldName("name");
  const value2 = declarator.namedChildren.filter((c) => c.type !== "comment" && c.id !== name?.id).at(-1);
  return value2 && value2.type !== "bracketed_argument_list" ? value2 : void 0;
}
function localKeyOf(declarator) {
  const name = declarator.childForFieldName("name");
  if (!name || declarator.parent?.parent?.type !== "local_declaration_statement") return void 0;
  const fn = enclosingFunction(declarator);
  return fn ? `local:${fn.startIndex}:${name.text}` : void 0;
}
function fieldAssignmentsInFile(root, key, resolver) {
  const match = /^field:(.+)\.([^.]+)$/.exec(key);
  if (!match) return void 0;
  const [, typeName, fieldName] = match;
  const declared = resolver.declaredType(typeName);
  if (!declared || declared.paths.length > 1) return void 0;
  const members = declared.members.get(fieldName) ?? [];
  if (members.length !== 1 || members[0].kind !== "field") return void 0;
  let isPrivate = false;
  const assignments = [];
  for (const declarator of root.descendantsOfType("variable_declarator")) {
    const field2 = declarator.parent?.parent;
    if (field2?.type !== "field_declaration" || declarator.childForFieldName("name")?.text !== fieldName) continue;
    if (resolver.enclosingTypeAt(declarator)?.fullName !== typeName) continue;
    const modifiers = field2.namedChildren.filter((c) => c.type === "modifier").map((c) => c.text);
    isPrivate = !modifiers.some((m) => m === "public" || m === "internal" || m === "protected");
    const value2 = declaratorValue(declarator);
    if (value2) assignments.push({ value: value2, at: declarator });
  }
  if (!isPrivate) return void 0;
  for (const assignment of root.descendantsOfType("assignment_expression")) {
    const left = assignment.childForFieldName("left");
    const right = assignment.childForFieldName("right");
    if (!left || !right || operatorOf2(assignment) !== "=") continue;
    if (left.text.split(".").pop() !== fieldName) continue;
    if (referenceKey(left, resolver) === key) assignments.push({ value: right, at: assignment });
    else if (referenceKey(left, resolver) === void 0) return void 0;
  }
  return assignments;
}
function catchCoverage(node, exception, resolver, boundary) {
  let unknown = false;
  let previous = node;
  for (let current = node.parent; current; previous = current, current = current.parent) {
    if (boundary && current.id === boundary.id) break;
    if (FUNCTION_BOUNDARIES2.has(current.type)) break;
    if (current.type !== "try_statement" || current.childForFieldName("body")?.id !== previous.id) continue;
    for (const clause of current.namedChildren.filter((c) => c.type === "catch_clause")) {
      const declaration = clause.namedChildren.find((c) => c.type === "catch_declaration");
      const typeNode = declaration?.childForFieldName("type");
      let covers;
      if (!typeNode) covers = true;
      else {
        const type = resolver.resolveTypeNode(typeNode);
        if (!type) {
          unknown = true;
          continue;
        }
        covers = resolver.isSameOrDerived({ fullName: exception, args: [] }, type.fullName) || type.fullName === "System.Object";
      }
      if (!covers) continue;
      if (clause.namedChildren.some((c) => c.type === "catch_filter_clause")) return "covered-filtered";
      return rethrows(clause.childForFieldName("body")) ? "covered-rethrown" : "covered";
    }
  }
  return unknown ? "unknown" : "not-covered";
}
function rethrows(block) {
  const statements = block?.namedChildren.filter((c) => c.type !== "comment") ?? [];
  return statements.at(-1)?.type === "throw_statement";
}
function descendantsInFunction(root, types) {
  const found = [];
  const stack = [...root.namedChildren].reverse();
  while (stack.length > 0) {
    const node = stack.pop();
    if (types.has(node.type)) found.push(node);
    if (FUNCTION_BOUNDARIES2.has(node.type)) continue;
    for (let i = node.namedChildren.length - 1; i >= 0; i--) stack.push(node.namedChildren[i]);
  }
  return found;
}

// transforms/ucma4-provisioning-identity.ts
init_built_module_url();

// transforms/ucma4-provisioning-project.ts
init_built_module_url();
var settingsCache = /* @__PURE__ */ new WeakMap();
function projectAppSettings(project) {
  if (!project) return [];
  let settings = settingsCache.get(project);
  if (!settings) {
    settings = project.projectFiles.filter((file) => xmlFileKind(file.path) === "app-config").flatMap(appSettingsOf);
    settingsCache.set(project, settings);
  }
  return settings;
}
function appConfigPaths(project) {
  return (project?.projectFiles ?? []).filter((file) => xmlFileKind(file.path) === "app-config").map((file) => file.path);
}
function appSettingsOf(file) {
  const settings = [];
  const tree = parseXml(file.text);
  const root = rootElement(tree.rootNode);
  if (root) {
    for (const element of descendantElements(root)) {
      if (elementName(element) !== "appSettings") continue;
      for (const add of childElements(element)) {
        if (elementName(add) !== "add") continue;
        const key = attributeOf(add, "key");
        const value2 = attributeOf(add, "value");
        if (key && value2)
          settings.push({
            path: file.path,
            key: key.value,
            value: value2.value,
            line: positionAt(file.text, add.startIndex).line,
            commentedOut: false
          });
      }
    }
  }
  for (const comment of file.text.matchAll(/<!--([\s\S]*?)-->/g)) {
    for (const add of comment[1].matchAll(/<add\s+key\s*=\s*"([^"]*)"\s+value\s*=\s*"([^"]*)"/g)) {
      settings.push({
        path: file.path,
        key: add[1],
        value: add[2],
        line: positionAt(file.text, comment.index + 4 + add.index).line,
        commentedOut: true
      });
    }
  }
  return settings;
}
var EXECUTABLE_OUTPUT_TYPES2 = /* @__PURE__ */ new Set(["exe", "winexe", "appcontainerexe", ""]);
function projectBitness(project) {
  return (project?.projectFiles ?? []).filter((file) => xmlFileKind(file.path) === "msbuild-project").flatMap((file) => {
    const msbuild = readMsbuildProject(parseXml(file.text).rootNode);
    return msbuild ? [bitnessOf(file.path, msbuild)] : [];
  });
}
function bitnessOf(path, project) {
  const outputType = (propertyValue(globalProperty(project, "OutputType")) ?? "").toLowerCase();
  const defaultTarget = propertyValue(globalProperty(project, "PlatformTarget"))?.toLowerCase();
  const defaultPrefer32 = propertyValue(globalProperty(project, "Prefer32Bit"))?.toLowerCase();
  const defaultPlatform = propertyValue(globalProperty(project, "Platform")) ?? "AnyCPU";
  const groups = project.propertyGroups.filter((g) => g.scope.kind === "configuration");
  const thirtyTwoBit = [];
  const judge2 = (name, target, prefer32) => {
    if (target === "x86" || target === "anycpu" && prefer32 !== "false") thirtyTwoBit.push(name);
  };
  for (const group of groups) {
    const scope = group.scope;
    const platform = scope.platform ?? defaultPlatform;
    const target = (own(group, "PlatformTarget") ?? defaultTarget ?? inferTarget(platform)).toLowerCase();
    judge2(`${scope.configuration ?? "*"}|${platform}`, target, own(group, "Prefer32Bit")?.toLowerCase() ?? defaultPrefer32);
  }
  if (groups.length === 0) judge2(`*|${defaultPlatform}`, defaultTarget ?? inferTarget(defaultPlatform), defaultPrefer32);
  return { path, outputType, executable: EXECUTABLE_OUTPUT_TYPES2.has(outputType), thirtyTwoBit };
}
function own(group, name) {
  return propertyValue(group.properties.filter((p) => p.name === name && p.condition === void 0).pop());
}
function inferTarget(platform) {
  const lower = platform.toLowerCase();
  return lower === "x86" || lower === "x64" ? lower : "anycpu";
}

// transforms/ucma4-provisioning-startup.ts
init_built_module_url();
var C4 = "Microsoft.Rtc.Collaboration";
var COLLABORATION_PLATFORM = `${C4}.CollaborationPlatform`;
var PROVISIONED_SETTINGS = `${C4}.ProvisionedApplicationPlatformSettings`;
var MANUAL_PLATFORM_SETTINGS = [`${C4}.ServerPlatformSettings`, `${C4}.ClientPlatformSettings`];
var PROVISIONING_FAILURE = `${C4}.ProvisioningFailureException`;
var APPLICATION_ENDPOINT = `${C4}.ApplicationEndpoint`;
var APPLICATION_ENDPOINT_SETTINGS = `${C4}.ApplicationEndpointSettings`;
var INVOCATIONS = /* @__PURE__ */ new Set(["invocation_expression"]);
function checkStartup(file) {
  const invocations = file.nodes("invocation_expression");
  const creations = file.nodes("object_creation_expression");
  const analysedCallbacks = /* @__PURE__ */ new Set();
  for (const invocation of invocations) {
    const parts = calleeParts(invocation);
    if (parts?.name !== "BeginStartup" || !parts.receiver || !isPlatform(file, parts.receiver)) continue;
    const provenance = platformProvenance(file, invocation, parts.receiver);
    if (!provenance?.auto) continue;
    for (const callback of callbackRoots(file, invocation)) {
      analysedCallbacks.add(callback.root.id);
      checkCallback(file, callback, provenance);
    }
  }
  for (const invocation of invocations) {
    const parts = calleeParts(invocation);
    if (parts?.name !== "EndStartup" || !parts.receiver || !isPlatform(file, parts.receiver)) continue;
    const fn = enclosingFunction(invocation);
    if (fn && [...analysedCallbacks].some((id) => isWithin(invocation, id))) continue;
    checkStraightLineEndStartup(file, invocation, parts.receiver);
  }
  for (const creation of creations) {
    const type = typeOfCreation(file, creation);
    if (type === COLLABORATION_PLATFORM) checkProvisioningFailedHandler(file, creation);
    if (type === APPLICATION_ENDPOINT) checkManualEndpoint(file, creation);
  }
}
function isWithin(node, ancestorId) {
  for (let current = node; current; current = current.parent) if (current.id === ancestorId) return true;
  return false;
}
function isPlatform(file, expression) {
  return file.resolver.isSameOrDerived(file.resolver.typeOf(expression), COLLABORATION_PLATFORM);
}
function typeOfCreation(file, creation) {
  const typeNode = creation.childForFieldName("type");
  return typeNode ? file.resolver.resolveTypeNode(typeNode)?.fullName : void 0;
}
function isAutoProvisionedCreation(file, creation) {
  return platformCreationKind(file, creation) === "auto";
}
function platformCreationKind(file, creation) {
  const [settings] = argumentValues(creation);
  const type = settings ? file.resolver.typeOf(settings) : void 0;
  if (file.resolver.isSameOrDerived(type, PROVISIONED_SETTINGS)) return "auto";
  if (MANUAL_PLATFORM_SETTINGS.some((t) => file.resolver.isSameOrDerived(type, t))) return "manual";
  return "unknown";
}
function platformProvenance(file, site, receiver) {
  const key = referenceKey(receiver, file.resolver);
  if (!key) return void 0;
  const reaching = reachingAssignments(site, key, file.resolver);
  const values = reaching.assignments.flatMap((a) => classify(file, a, 0));
  if (reaching.fromEntry) {
    const fieldWide = key.startsWith("field:") ? fieldAssignmentsInFile(file.root, key, file.resolver) : void 0;
    if (fieldWide && fieldWide.length > 0) values.push(...fieldWide.flatMap((a) => classify(file, a, 0)));
    else values.push({ kind: "unknown", at: void 0 });
  }
  const auto = values.find((v) => v.kind === "auto");
  return {
    auto: auto?.at,
    certain: values.length > 0 && values.every((v) => v.kind === "auto"),
    onPath: reaching.assignments.length > 0 && !reaching.fromEntry
  };
}
function classify(file, assignment, depth) {
  const value2 = unwrap(assignment.value);
  if (value2.type === "object_creation_expression" && typeOfCreation(file, value2) === COLLABORATION_PLATFORM)
    return [{ kind: platformCreationKind(file, value2), at: value2 }];
  if (value2.type === "conditional_expression") {
    return ["consequence", "alternative"].flatMap((field2) => {
      const branch = value2.childForFieldName(field2);
      return branch ? classify(file, { value: branch, at: assignment.at }, depth) : [{ kind: "unknown", at: void 0 }];
    });
  }
  if (value2.type === "invocation_expression" && depth < 2) {
    const method4 = methodOfThisFile(file, value2);
    if (method4) {
      const returns = descendantsInFunction(method4, /* @__PURE__ */ new Set(["return_statement"])).flatMap((r) => {
        const returned = r.namedChildren.find((c) => c.type !== "comment");
        return returned ? [returned] : [];
      });
      if (returns.length > 0) return returns.flatMap((r) => classify(file, { value: r, at: r }, depth + 1));
    }
  }
  return [{ kind: "unknown", at: void 0 }];
}
function methodOfThisFile(file, invocation) {
  const callee = invocation.childForFieldName("function");
  const found = callee ? file.resolver.calledMethod(callee) : void 0;
  const parts = calleeParts(invocation);
  if (!found || !found.declaredInProject || !parts) return void 0;
  return methodDeclaration(file, found.owner.fullName, parts.name);
}
function methodDeclaration(file, owner, name) {
  const candidates = file.nodes("method_declaration").filter(
    (m) => m.childForFieldName("name")?.text === name && file.resolver.enclosingTypeAt(m.childForFieldName("name"))?.fullName === owner
  );
  return candidates.length === 1 && candidates[0].childForFieldName("body") ? candidates[0] : void 0;
}
function callbackRoots(file, beginStartup) {
  let [callback] = argumentValues(beginStartup);
  if (!callback) return [];
  callback = unwrap(callback);
  if (callback.type === "object_creation_expression") {
    const [target] = argumentValues(callback);
    if (!target) return [];
    callback = unwrap(target);
  }
  const roots = [];
  if (callback.type === "lambda_expression" || callback.type === "anonymous_method_expression") {
    roots.push({ root: callback, via: void 0 });
  } else if (callback.type === "identifier" || callback.type === "member_access_expression") {
    const found = file.resolver.calledMethod(callback);
    const name = callback.type === "identifier" ? callback.text : callback.childForFieldName("name")?.text;
    const method4 = found?.declaredInProject && name ? methodDeclaration(file, found.owner.fullName, name) : void 0;
    if (method4) roots.push({ root: method4, via: void 0 });
    else if (found?.declaredInProject)
      file.findings.note(
        "startup-provisioning-failure-uncaught",
        callback,
        `the start-up callback ${callback.text} of this auto-provisioned platform is not declared in this file (or has several overloads), so whether its EndStartup catches ProvisioningFailureException was not checked.`
      );
  }
  for (const { root } of [...roots]) {
    const parameter = firstParameterName(root);
    if (!parameter) continue;
    for (const call of descendantsInFunction(root, INVOCATIONS)) {
      if (!argumentValues(call).some((a) => unwrap(a).type === "identifier" && unwrap(a).text === parameter)) continue;
      const method4 = methodOfThisFile(file, call);
      if (method4 && method4.id !== root.id) roots.push({ root: method4, via: { call, within: root } });
    }
  }
  return roots;
}
function firstParameterName(fn) {
  const parameters = fn.childForFieldName("parameters") ?? fn.namedChildren.find((c) => c.type === "parameter_list");
  if (parameters?.type === "identifier" || parameters?.type === "implicit_parameter") return parameters.text;
  return parameters?.namedChildren.find((p) => p.type === "parameter")?.childForFieldName("name")?.text;
}
function checkCallback(file, callback, provenance) {
  const where = provenance.certain ? "" : ` (on the path where the platform is auto-provisioned, line ${lineOf(provenance.auto)})`;
  for (const invocation of callback.root.descendantsOfType("invocation_expression")) {
    const parts = calleeParts(invocation);
    if (parts?.name !== "EndStartup" || !parts.receiver || !isPlatform(file, parts.receiver)) continue;
    let verdict = coverageInCallback(file, invocation, callback.root);
    if (verdict.kind === "not-covered" && callback.via)
      verdict = { kind: catchCoverage(callback.via.call, PROVISIONING_FAILURE, file.resolver, callback.via.within) };
    report(file, invocation, verdict, where);
  }
}
function coverageInCallback(file, invocation, root) {
  const inner = enclosingFunction(invocation);
  if (!inner || inner.id === root.id) return { kind: catchCoverage(invocation, PROVISIONING_FAILURE, file.resolver, root) };
  const own2 = catchCoverage(invocation, PROVISIONING_FAILURE, file.resolver, inner);
  if (own2 !== "not-covered") return { kind: own2 };
  const argument = inner.parent?.type === "argument" ? inner.parent : void 0;
  const call = argument?.parent?.parent;
  if (!argument || call?.type !== "invocation_expression" || enclosingFunction(call)?.id !== root.id)
    return { kind: "not-followed", reason: "it runs in a nested delegate that is not handed to a method call" };
  const callee = call.childForFieldName("function");
  const found = callee ? file.resolver.calledMethod(callee) : void 0;
  const name = calleeParts(call)?.name ?? "the method";
  if (!found?.declaredInProject) {
    const around = catchCoverage(call, PROVISIONING_FAILURE, file.resolver, root);
    return around === "not-covered" ? { kind: "not-followed", reason: `it runs in a delegate handed to ${name}, which is not a method of this project` } : { kind: around };
  }
  const method4 = methodOfThisFile(file, call);
  if (!method4) return { kind: "not-followed", reason: `it runs in a delegate handed to ${name}, which is declared in another file` };
  const index = argument.parent.namedChildren.filter((c) => c.type === "argument").findIndex((a) => a.id === argument.id);
  const parameters = (method4.childForFieldName("parameters")?.namedChildren ?? []).filter((p) => p.type === "parameter");
  const parameter = parameters[index]?.childForFieldName("name")?.text;
  const uses = parameter ? delegateCalls(method4, parameter) : [];
  if (uses.length === 0) return { kind: "not-followed", reason: `${name} does not call the delegate itself (it passes it on)` };
  const verdicts = uses.map((use) => catchCoverage(use, PROVISIONING_FAILURE, file.resolver, method4));
  const worst = ["not-covered", "unknown", "covered-rethrown", "covered-filtered", "covered"].find((v) => verdicts.includes(v));
  if (worst !== "not-covered") return { kind: worst };
  return { kind: catchCoverage(call, PROVISIONING_FAILURE, file.resolver, root) };
}
function delegateCalls(method4, parameter) {
  return descendantsInFunction(method4, INVOCATIONS).filter((call) => {
    const callee = call.childForFieldName("function");
    if (callee?.type === "identifier") return callee.text === parameter;
    if (callee?.type === "member_access_expression")
      return callee.childForFieldName("name")?.text === "Invoke" && unwrap(callee.childForFieldName("expression")).text === parameter;
    if (callee?.type === "conditional_access_expression") return callee.text.startsWith(`${parameter}?.Invoke`);
    return false;
  });
}
function report(file, invocation, verdict, where) {
  const rule = "startup-provisioning-failure-uncaught";
  const site = invocation;
  switch (verdict.kind) {
    case "covered":
      return;
    case "not-covered":
      file.findings.warn(
        rule,
        site,
        `EndStartup of an auto-provisioned platform runs in the BeginStartup callback${where} with no catch for ProvisioningFailureException: a provisioning failure (no Central Management Store replica, a wrong application id) is thrown on a thread-pool thread and ends the process. Wrap it in try { ... } catch (ProvisioningFailureException e) { ... } and alert the administrator.`
      );
      return;
    case "covered-rethrown":
      file.findings.note(
        rule,
        site,
        `EndStartup of an auto-provisioned platform runs in the BeginStartup callback${where}; its catch rethrows, so a ProvisioningFailureException still ends the process: make sure that is intended, and that the administrator is told.`
      );
      return;
    case "covered-filtered":
      file.findings.note(
        rule,
        site,
        `EndStartup of an auto-provisioned platform${where} is caught only when a catch filter holds: check that a ProvisioningFailureException always passes it.`
      );
      return;
    case "unknown":
      file.findings.note(
        rule,
        site,
        `EndStartup of an auto-provisioned platform${where} is inside a try whose catch types are not known here: check that one catches ProvisioningFailureException.`
      );
      return;
    case "not-followed":
      file.findings.note(
        rule,
        site,
        `EndStartup of an auto-provisioned platform${where}: ${verdict.reason}, so whether ProvisioningFailureException is caught was not checked.`
      );
      return;
  }
}
function checkStraightLineEndStartup(file, invocation, receiver) {
  const provenance = platformProvenance(file, invocation, receiver);
  if (!provenance?.certain) return;
  const verdict = catchCoverage(invocation, PROVISIONING_FAILURE, file.resolver);
  if (verdict !== "not-covered") return;
  file.findings.note(
    "startup-provisioning-failure-uncaught",
    invocation,
    "EndStartup of an auto-provisioned platform is not inside a try that catches ProvisioningFailureException in this method: make sure its callers catch it and alert the administrator."
  );
}
function checkProvisioningFailedHandler(file, creation) {
  if (!isAutoProvisionedCreation(file, creation)) return;
  const subscribed = file.project?.hasPlusAssigned("ProvisioningFailed") || /\bProvisioningFailed\s*\+=/.test(file.text);
  if (subscribed) return;
  file.findings.warn(
    "provisioning-failed-unhandled",
    creation,
    "this platform is auto-provisioned, and no file of the project subscribes to its ProvisioningFailed event (+=): provisioning failures after start-up (a certificate or Active Directory problem) would go unnoticed. Add platform.ProvisioningFailed += handler before BeginStartup and alert the administrator from it."
  );
}
function checkManualEndpoint(file, creation) {
  const [platform, settings] = argumentValues(creation);
  if (!platform || !settings || !isManualSettings(file, creation, settings)) return;
  const provenance = platformProvenance(file, creation, platform);
  if (!provenance?.certain) return;
  const rule = "manual-endpoint-on-auto-provisioned-platform";
  const key = referenceKey(platform, file.resolver);
  if (provenance.onPath && !endStartupBefore(file, creation, key)) {
    file.findings.warn(
      rule,
      creation,
      `this ApplicationEndpoint is made from manually configured settings on an auto-provisioned platform (line ${lineOf(provenance.auto)}) before its start-up has completed, which auto-provisioning does not allow. Create it from the settings the RegisterForApplicationEndpointSettings handler receives, or after EndStartup.`
    );
    return;
  }
  file.findings.note(
    rule,
    creation,
    `this ApplicationEndpoint is made from manually configured settings on an auto-provisioned platform (line ${lineOf(provenance.auto)}): the page advises against mixing auto-provisioned and manually provisioned endpoints; review it (a default routing endpoint made after start-up can be deliberate).`
  );
}
function isManualSettings(file, site, settings) {
  const value2 = unwrap(settings);
  if (value2.type === "object_creation_expression") return typeOfCreation(file, value2) === APPLICATION_ENDPOINT_SETTINGS;
  const key = referenceKey(value2, file.resolver);
  if (!key || !key.startsWith("local:")) return false;
  const reaching = reachingAssignments(site, key, file.resolver);
  return !reaching.fromEntry && reaching.assignments.length > 0 && reaching.assignments.every(
    (a) => unwrap(a.value).type === "object_creation_expression" && typeOfCreation(file, unwrap(a.value)) === APPLICATION_ENDPOINT_SETTINGS
  );
}
function endStartupBefore(file, site, key) {
  const fn = enclosingFunction(site);
  if (!fn) return false;
  return descendantsInFunction(fn, INVOCATIONS).some((call) => {
    if (call.endIndex > site.startIndex) return false;
    const parts = calleeParts(call);
    return parts?.name === "EndStartup" && parts.receiver !== void 0 && referenceKey(parts.receiver, file.resolver) === key;
  });
}

// transforms/ucma4-provisioning-identity.ts
var RULE = "application-id-matches-legacy-name";
var CONFIGURATION_MANAGER = "System.Configuration.ConfigurationManager";
function normaliseApplicationId(id) {
  return id.trim().replace(/^urn:application:/i, "").toLowerCase();
}
function isPlaceholderId(value2, key) {
  const id = value2.trim().replace(/^urn:application:/i, "");
  if (id === "") return true;
  if (/^\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}?$/i.test(id)) return false;
  if (/[<>]|todo|changeme|your|name.?of|placeholder|^x{3,}$/i.test(id)) return true;
  return key !== void 0 && (id.toLowerCase() === key.toLowerCase() || id.toLowerCase() === "applicationid");
}
function checkApplicationIds(file) {
  const sites = file.nodes("object_creation_expression").filter((creation) => typeOfCreation(file, creation) === PROVISIONED_SETTINGS).map((creation) => ({ creation, id: argumentValues(creation)[1] })).filter((site) => site.id !== void 0);
  if (sites.length === 0) return;
  const { from, legacyApplicationName: legacy } = file.migration;
  if (from === "ucma-3.0") return;
  const resolved = sites.map((site) => ({ ...site, sources: idSources(file, site.id, site.creation, 0) }));
  for (const { id, sources } of resolved) {
    const described = describeSources(sources);
    if (from === void 0) {
      file.findings.note(
        RULE,
        id,
        `not configured: this auto-provisioned application's id is ${described}. If it replaces a UCMA 2.0 application, the id must equal that application's name: declare "migration": { "from": "ucma-2.0", "legacyApplicationName": "<name>" } in ucma-codemod.config.json to check it.`
      );
      continue;
    }
    if (legacy === void 0) {
      file.findings.note(
        RULE,
        id,
        `not configured: the migration comes from UCMA 2.0 but names no legacy application; this application's id is ${described}. Declare "legacyApplicationName" under "migration" in ucma-codemod.config.json to check it.`
      );
      continue;
    }
    judge(file, id, sources, legacy, resolved);
  }
}
function judge(file, at, sources, legacy, all) {
  const wanted = normaliseApplicationId(legacy);
  const known = sources.flatMap((s) => s.kind === "literal" ? [s.value] : s.kind === "setting" ? [s.setting.value] : []);
  const placeholders = known.filter((value2, i) => isPlaceholderId(value2, keyOf(sources, i)));
  const real = known.filter((value2) => !placeholders.includes(value2));
  if (real.some((value2) => normaliseApplicationId(value2) === wanted)) return;
  const create = `New-CsTrustedApplication -ApplicationId ${legacy.replace(/^urn:application:/i, "")} -TrustedApplicationPoolFqdn <pool FQDN> -Port <port>`;
  const unknownSources = sources.filter((s) => s.kind !== "literal" && s.kind !== "setting");
  if (real.length === 0 || unknownSources.length > 0 || placeholders.length > 0) {
    file.findings.note(
      RULE,
      at,
      `this application's id is ${describeSources(sources)}, which cannot be compared with the legacy UCMA 2.0 application name "${legacy}" here: make sure the id it runs with is that name (the application is created with ${create}).`
    );
    return;
  }
  const elsewhere = [
    ...projectAppSettings(file.project).filter((s) => !s.commentedOut).map((s) => s.value),
    ...all.filter((site) => site.id.id !== at.id).flatMap((site) => site.sources.flatMap((s) => s.kind === "literal" ? [s.value] : []))
  ].some((value2) => normaliseApplicationId(value2) === wanted);
  if (elsewhere) {
    file.findings.note(
      RULE,
      at,
      `this application's id (${real.map((v) => `"${v}"`).join(", ")}) is not the legacy name "${legacy}", which another application of this project uses: this one is not the upgraded UCMA 2.0 application.`
    );
    return;
  }
  file.findings.warn(
    RULE,
    at,
    `this application's id is ${describeSources(sources)}, but the UCMA 2.0 application it replaces is named "${legacy}": Move-CsApplicationEndpoint moves the legacy contact objects only to an application whose ApplicationId equals that name. Use "${legacy}" as the id, and create the application with ${create}.`
  );
}
function keyOf(sources, knownIndex) {
  const known = sources.filter((s) => s.kind === "literal" || s.kind === "setting");
  const source = known[knownIndex];
  return source?.kind === "setting" ? source.key : void 0;
}
function idSources(file, expression, site, depth) {
  const node = unwrap(expression);
  if (node.type === "string_literal" || node.type === "verbatim_string_literal")
    return [{ kind: "literal", value: literalValue(node), at: node }];
  const setting = settingKey(file, node);
  if (setting !== void 0) return setting === null ? [{ kind: "unknown", at: node }] : [settingSource(file, setting)];
  if (node.type === "invocation_expression") {
    const parts = calleeParts(node);
    if (parts?.name === "ReadLine" && parts.receiver?.text.endsWith("Console")) return [{ kind: "console", at: node }];
    const method4 = methodOfThisFile(file, node);
    if (method4 && /\bConsole\s*\.\s*ReadLine\b/.test(method4.text)) return [{ kind: "console", at: node }];
    return [{ kind: "unknown", at: node }];
  }
  if (depth > 3) return [{ kind: "unknown", at: node }];
  const key = referenceKey(node, file.resolver);
  if (!key) return [{ kind: "unknown", at: node }];
  const constant = key.startsWith("field:") ? constantField(file, key) : void 0;
  if (constant) return [{ kind: "literal", value: literalValue(constant), at: constant }];
  const reaching = reachingAssignments(site, key, file.resolver);
  const sources = reaching.assignments.flatMap((a) => idSources(file, a.value, a.at, depth + 1));
  if (reaching.fromEntry) {
    const fieldWide = key.startsWith("field:") ? fieldAssignmentsInFile(file.root, key, file.resolver) : void 0;
    if (fieldWide && fieldWide.length > 0) sources.push(...fieldWide.flatMap((a) => idSources(file, a.value, a.at, depth + 1)));
    else sources.push({ kind: "unknown", at: node });
  }
  return sources;
}
function settingKey(file, node) {
  let collection = null;
  let keyNode;
  if (node.type === "element_access_expression") {
    collection = node.childForFieldName("expression");
    const subscript = node.childForFieldName("subscript") ?? node.namedChildren.find((c) => c.type === "bracketed_argument_list");
    keyNode = subscript?.namedChildren.find((c) => c.type === "argument")?.namedChildren.at(-1);
  } else if (node.type === "invocation_expression" && calleeParts(node)?.name === "Get") {
    collection = calleeParts(node).receiver ?? null;
    keyNode = argumentValues(node)[0];
  }
  if (collection?.type !== "member_access_expression" || collection.childForFieldName("name")?.text !== "AppSettings") return void 0;
  const owner = file.resolver.meaningOf(collection.childForFieldName("expression"));
  if (owner?.kind !== "type" || owner.type.fullName !== CONFIGURATION_MANAGER) return void 0;
  const key = keyNode ? unwrap(keyNode) : void 0;
  return key && (key.type === "string_literal" || key.type === "verbatim_string_literal") ? literalValue(key) : null;
}
function settingSource(file, key) {
  const settings = projectAppSettings(file.project).filter((s) => s.key === key);
  const active = settings.find((s) => !s.commentedOut);
  if (active) return { kind: "setting", key, setting: active };
  return { kind: "setting-missing", key, commented: settings.find((s) => s.commentedOut), configs: appConfigPaths(file.project) };
}
function constantField(file, key) {
  const name = key.slice(key.lastIndexOf(".") + 1);
  const owner = key.slice("field:".length, key.lastIndexOf("."));
  for (const declarator of file.nodes("variable_declarator")) {
    const field2 = declarator.parent?.parent;
    if (field2?.type !== "field_declaration" || declarator.childForFieldName("name")?.text !== name) continue;
    if (file.resolver.enclosingTypeAt(declarator)?.fullName !== owner) continue;
    const modifiers = field2.namedChildren.filter((c) => c.type === "modifier").map((c) => c.text);
    const value2 = declaratorValue(declarator);
    const literal = value2 ? unwrap(value2) : void 0;
    if ((modifiers.includes("const") || modifiers.includes("readonly")) && literal && (literal.type === "string_literal" || literal.type === "verbatim_string_literal"))
      return literal;
  }
  return void 0;
}
function literalValue(node) {
  const raw = node.text;
  if (raw.startsWith("@")) return raw.slice(2, -1).replace(/""/g, '"');
  return raw.slice(1, -1).replace(
    /\\(["'\\0abfnrtv])/g,
    (_, c) => ({ n: "\n", r: "\r", t: "	", "0": "\0", a: "\x07", b: "\b", f: "\f", v: "\v" })[c] ?? c
  );
}
function describeSources(sources) {
  const words = sources.map((source) => {
    switch (source.kind) {
      case "literal":
        return `"${source.value}" (line ${lineOf(source.at)})`;
      case "setting":
        return `"${source.setting.value}" (appSettings "${source.key}", ${source.setting.path}:${source.setting.line})`;
      case "setting-missing":
        if (source.configs.length === 0) return `the appSettings value "${source.key}" (no App.config in this project's folder)`;
        return source.commented ? `the appSettings value "${source.key}", which App.config has only in a comment (${source.commented.path}:${source.commented.line})` : `the appSettings value "${source.key}", which ${source.configs.join(" and ")} does not set`;
      case "console":
        return `read from the console (line ${lineOf(source.at)})`;
      case "unknown":
        return `not known here (${source.at.text.length > 60 ? `${source.at.text.slice(0, 57)}...` : source.at.text}, line ${lineOf(source.at)})`;
    }
  });
  return [...new Set(words)].join(" or ");
}

// transforms/ucma4-provisioning-hosting.ts
var RULE2 = "lync-module-needs-64-bit";
var SMA2 = "System.Management.Automation";
var RUNSPACES2 = `${SMA2}.Runspaces`;
var INITIAL_SESSION_STATE = `${RUNSPACES2}.InitialSessionState`;
var POWERSHELL = `${SMA2}.PowerShell`;
var COMMAND_COLLECTION = `${RUNSPACES2}.CommandCollection`;
var RUNSPACE_FACTORY = `${RUNSPACES2}.RunspaceFactory`;
var CONNECTION_INFO = `${RUNSPACES2}.RunspaceConnectionInfo`;
var IMPORT_LYNC_SCRIPT = /\bImport-Module\s+(?:-Name\s+)?['"]?(?:[^\s'";|]*[\\/])?Lync(?:\.psd1)?['"]?(?=[\s;|]|$)/i;
var LYNC_MODULE = /^(?:.*[\\/])?lync(?:\.psd1)?$/i;
var HOSTING_METHODS = /* @__PURE__ */ new Set(["ImportPSModule", "AddScript", "AddParameter", "AddArgument", "Add"]);
function checkLyncModule(file) {
  const invocations = file.nodes("invocation_expression");
  for (const call of invocations) {
    const parts = calleeParts(call);
    if (!parts?.receiver || !HOSTING_METHODS.has(parts.name)) continue;
    const receiverType = file.resolver.typeOf(parts.receiver)?.fullName;
    if (parts.name === "ImportPSModule" && receiverType === INITIAL_SESSION_STATE) {
      if (argumentStrings(call).some((s) => LYNC_MODULE.test(s.trim()))) judgeBitness(file, call, "ImportPSModule names the Lync module");
      continue;
    }
    if (parts.name === "AddScript" && (receiverType === POWERSHELL || receiverType === COMMAND_COLLECTION)) {
      if (!argumentStrings(call).some((s) => IMPORT_LYNC_SCRIPT.test(s))) continue;
      judgeLocal(
        file,
        call,
        runspaceOf(file, call, parts.receiver, receiverType),
        "this script imports the Lync module (Import-Module Lync)"
      );
      continue;
    }
    if ((parts.name === "AddParameter" || parts.name === "AddArgument") && receiverType === POWERSHELL) {
      const command = unwrap(parts.receiver);
      const commandParts = command.type === "invocation_expression" ? calleeParts(command) : void 0;
      if (commandParts?.name !== "AddCommand" || !commandParts.receiver || !isImportModule(argumentStrings(command)[0])) continue;
      if (!lastStringIsLync(call)) continue;
      judgeLocal(
        file,
        call,
        runspaceOf(file, call, commandParts.receiver, POWERSHELL),
        "this command imports the Lync module (Import-Module Lync)"
      );
      continue;
    }
    if (parts.name === "Add" && receiverType === COMMAND_COLLECTION && isImportModule(argumentStrings(call)[0])) {
      const fn = enclosingFunction(call);
      const named = fn ? descendantsInFunction(fn, /* @__PURE__ */ new Set(["invocation_expression"])).some(
        (other2) => calleeParts(other2)?.name === "Add" && /\.Parameters$/.test(calleeParts(other2)?.receiver?.text ?? "") && lastStringIsLync(other2)
      ) : false;
      if (named)
        judgeLocal(
          file,
          call,
          runspaceOf(file, call, parts.receiver, COMMAND_COLLECTION),
          "this pipeline imports the Lync module (an Import-Module command named Lync)"
        );
    }
  }
}
function isImportModule(value2) {
  return value2 !== void 0 && value2.trim().toLowerCase() === "import-module";
}
function lastStringIsLync(call) {
  const args = argumentValues(call);
  const last = args.at(-1);
  const value2 = last ? stringValue(unwrap(last)) : void 0;
  if (value2 === void 0 || !LYNC_MODULE.test(value2.trim())) return false;
  return args.length === 1 || args.length === 2 && stringValue(unwrap(args[0]))?.toLowerCase() === "name";
}
function argumentStrings(call) {
  return argumentValues(call).flatMap((arg) => {
    const value2 = stringValue(unwrap(arg));
    if (value2 !== void 0) return [value2];
    return arg.descendantsOfType(["string_literal", "verbatim_string_literal"]).map(literalValue);
  });
}
function stringValue(node) {
  if (node.type === "string_literal" || node.type === "verbatim_string_literal") return literalValue(node);
  if (node.type === "binary_expression" && node.childForFieldName("operator")?.text === "+") {
    const left = node.childForFieldName("left");
    const right = node.childForFieldName("right");
    const a = left ? stringValue(unwrap(left)) : void 0;
    const b = right ? stringValue(unwrap(right)) : void 0;
    return a !== void 0 && b !== void 0 ? a + b : void 0;
  }
  return void 0;
}
function runspaceOf(file, site, receiver, type) {
  const node = unwrap(receiver);
  if (type === COMMAND_COLLECTION) {
    const pipeline = node.type === "member_access_expression" ? node.childForFieldName("expression") : null;
    return pipeline ? pipelineLocality(file, site, pipeline) : "unknown";
  }
  if (type === POWERSHELL) return powerShellLocality(file, site, node);
  return "unknown";
}
function pipelineLocality(file, site, pipeline) {
  for (const value2 of valuesAt(file, site, pipeline)) {
    const parts = value2.type === "invocation_expression" ? calleeParts(value2) : void 0;
    if (parts?.name !== "CreatePipeline" || !parts.receiver) return "unknown";
    return runspaceLocality(file, value2, parts.receiver);
  }
  return "unknown";
}
function powerShellLocality(file, site, powershell) {
  let start = powershell;
  while (start.type === "invocation_expression" && calleeParts(start)?.name !== "Create") {
    const receiver = calleeParts(start)?.receiver;
    if (!receiver) return "unknown";
    start = unwrap(receiver);
  }
  const values = start.type === "invocation_expression" ? [start] : valuesAt(file, site, start);
  if (values.length === 0 || !values.every((v) => v.type === "invocation_expression" && calleeParts(v)?.name === "Create"))
    return "unknown";
  const key = start.type === "invocation_expression" ? void 0 : referenceKey(start, file.resolver);
  const fn = enclosingFunction(site);
  const assigned = key && fn ? descendantsInFunction(fn, /* @__PURE__ */ new Set(["assignment_expression"])).filter((a) => {
    const left = a.childForFieldName("left");
    return left?.type === "member_access_expression" && left.childForFieldName("name")?.text === "Runspace" && referenceKey(left.childForFieldName("expression"), file.resolver) === key;
  }) : [];
  if (assigned.length === 0) return "local";
  const verdicts = assigned.map((a) => runspaceLocality(file, a, a.childForFieldName("right")));
  return verdicts.every((v) => v === "local") ? "local" : verdicts.includes("remote") && verdicts.every((v) => v === "remote") ? "remote" : "unknown";
}
function runspaceLocality(file, site, runspace) {
  const node = unwrap(runspace);
  const values = node.type === "invocation_expression" ? [node] : valuesAt(file, site, node);
  if (values.length === 0) return "unknown";
  const verdicts = values.map((value2) => {
    const parts = value2.type === "invocation_expression" ? calleeParts(value2) : void 0;
    const owner = parts?.receiver ? file.resolver.meaningOf(parts.receiver) : void 0;
    if (parts?.name !== "CreateRunspace" || owner?.kind !== "type" || owner.type.fullName !== RUNSPACE_FACTORY) return "unknown";
    const args = argumentValues(value2);
    if (args.some((a) => file.resolver.isSameOrDerived(file.resolver.typeOf(a), CONNECTION_INFO))) return "remote";
    return args.every((a) => file.resolver.typeOf(a) !== void 0 || unwrap(a).type === "null_literal") ? "local" : "unknown";
  });
  return verdicts.every((v) => v === "local") ? "local" : verdicts.every((v) => v === "remote") ? "remote" : "unknown";
}
function valuesAt(file, site, variable) {
  const key = referenceKey(variable, file.resolver);
  if (!key?.startsWith("local:")) return [];
  const reaching = reachingAssignments(site, key, file.resolver);
  return reaching.fromEntry ? [] : reaching.assignments.map((a) => unwrap(a.value));
}
function judgeLocal(file, site, locality, what) {
  if (locality === "remote") return;
  if (locality === "unknown") {
    file.findings.note(
      RULE2,
      site,
      `${what}; whether its runspace is local (in this process) was not proven: if it is, this process must be 64-bit.`
    );
    return;
  }
  judgeBitness(file, site, `${what} in a local runspace`);
}
function judgeBitness(file, site, what) {
  const projects = projectBitness(file.project);
  if (projects.length !== 1) {
    file.findings.note(
      RULE2,
      site,
      `${what}, so the Lync cmdlets run in this process, which must be 64-bit; ${projects.length === 0 ? "the project file was not part of the run" : "several project files share this folder"}, so its bitness was not checked.`
    );
    return;
  }
  const [project] = projects;
  if (!project.executable) {
    file.findings.note(
      RULE2,
      site,
      `${what}, so the Lync cmdlets run in the process that loads this class library (${project.path}): that host executable must be 64-bit.`
    );
    return;
  }
  if (project.thirtyTwoBit.length === 0) return;
  file.findings.warn(
    RULE2,
    site,
    `${what}, so the Lync cmdlets run in this executable's own process, but ${project.path} builds it 32-bit in ${project.thirtyTwoBit.join(", ")} (PlatformTarget x86, or AnyCPU preferring 32-bit): the Lync Server cmdlets are not supported in 32-bit PowerShell. Build it x64 (PlatformTarget x64, or Prefer32Bit false); ucma-codemod apply -t ucma4-project-64-bit makes that edit in a project that references UCMA.`
  );
}

// transforms/ucma4-provisioning-legacy.ts
init_built_module_url();

// transforms/ucma4-provisioning-gruu.ts
init_built_module_url();
function isOtherGruuKind(value2) {
  return /;\s*gruu\s*;\s*opaque=app:/i.test(value2);
}
var SERVER_GRUU = /^sip:[^\s;@]+@[^\s;@]+;gruu;opaque=srvr:[^\s;]+$/i;
function gruuProblem(value2) {
  if (value2 === "" || isOtherGruuKind(value2)) return void 0;
  if (/[\r\n]/.test(value2)) return "it contains a line break (copied from a wrapped console line): join it into one line";
  if (/\s/.test(value2)) return "it contains spaces (copied from the console output): remove them";
  if (!SERVER_GRUU.test(value2)) return "it is not of the form sip:<computer FQDN>@<SIP domain>;gruu;opaque=srvr:<application>:<id>";
  return void 0;
}

// transforms/ucma4-provisioning-legacy.ts
var C5 = "Microsoft.Rtc.Collaboration";
var WMI_CLASS = /\bMSFT_SIP\w+/g;
var STRINGS = ["string_literal", "verbatim_string_literal", "raw_string_literal", "interpolated_string_expression"];
function checkWmiStrings(file) {
  if (isApplicationProvisionerSample(file)) return;
  const seen = /* @__PURE__ */ new Set();
  for (const literal of file.root.descendantsOfType(STRINGS)) {
    if (literal.parent && STRINGS.includes(literal.parent.type)) continue;
    for (const match of literal.text.matchAll(WMI_CLASS)) {
      const name = match[0];
      if (seen.has(name)) continue;
      seen.add(name);
      const at = { start: literal.startIndex + match.index, end: literal.startIndex + match.index + name.length };
      file.findings.note("ucma2-wmi-provisioning", at, wmiMessage(name));
    }
  }
}
function wmiMessage(name) {
  if (name === "MSFT_SIPDomainData")
    return 'MSFT_SIPDomainData is the SIP domain list of OCS 2007 R2 (the "allowed domains" of the migration page, not ServerPlatformSettings.AllowedDomains): a UCMA 2.0 application deployed directly against Lync Server needs the Lync SIP domains added there (WBemTest) before Merge-CsLegacyTopology; a UCMA 4.0 application does not read it.';
  return `${name}: UCMA 2.0 WMI provisioning. At run time it needs the OCS 2007 R2 core components (OCSCore.msi) on this computer; a UCMA 4.0 application is provisioned with New-CsTrustedApplication and New-CsTrustedApplicationEndpoint instead, and reads its settings through ProvisionedApplicationPlatformSettings.`;
}
function isApplicationProvisionerSample(file) {
  const names = new Set(
    file.project ? file.project.types.map((t) => t.name) : file.nodes("class_declaration").map((c) => c.childForFieldName("name")?.text ?? "")
  );
  return names.has("TrustedService") && names.has("TrustedApplicationPool");
}
function checkGruuLiterals(file) {
  for (const creation of file.nodes("object_creation_expression")) {
    if (typeOfCreation(file, creation) !== `${C5}.ServerPlatformSettings`) continue;
    const gruu = argumentValues(creation)[3];
    const literal = gruu ? unwrap(gruu) : void 0;
    if (!literal || literal.type !== "string_literal" && literal.type !== "verbatim_string_literal") continue;
    const problem = gruuProblem(literalValue(literal));
    if (problem)
      file.findings.warn(
        "gruu-form",
        literal,
        `this GRUU of a manually provisioned platform is not usable as written: ${problem}. Copy the computer's Gruu from $a.ComputerGruus of Get-CsTrustedApplication.`
      );
  }
}
function checkOcsTarget(file) {
  if (file.migration.targetServer !== "ocs-2007-r2") return;
  const rule = "ocs-2007-r2-user-endpoint-im-only";
  for (const creation of file.nodes("object_creation_expression")) {
    const type = typeOfCreation(file, creation);
    if (type === `${C5}.ApplicationEndpoint`)
      file.findings.warn(
        rule,
        creation,
        "the declared target is a pure OCS 2007 R2 topology, where a UCMA 3.0 application may use UserEndpoint only: ApplicationEndpoint is not supported there."
      );
    if (type === `${C5}.AudioVideo.AudioVideoCall`)
      file.findings.warn(
        rule,
        creation,
        "the declared target is a pure OCS 2007 R2 topology, where a UCMA 3.0 application supports instant messaging only: audio/video calls are not supported there."
      );
  }
  for (const name of file.nodes("generic_name")) {
    if (name.namedChildren[0]?.text !== "RegisterForIncomingCall") continue;
    const argument = name.namedChildren.find((c) => c.type === "type_argument_list")?.namedChildren[0];
    if (argument && file.resolver.resolveTypeNode(argument)?.fullName === `${C5}.AudioVideo.AudioVideoCall`)
      file.findings.warn(
        rule,
        name,
        "the declared target is a pure OCS 2007 R2 topology, where a UCMA 3.0 application supports instant messaging only: incoming audio/video calls are not supported there."
      );
  }
}

// transforms/ucma4-provisioning-network.ts
init_built_module_url();
var DNS = "System.Net.Dns";
var IP_ADDRESS = "System.Net.IPAddress";
var CONNECTION_MANAGER = "Microsoft.Rtc.Signaling.RealTimeConnectionManager";
var IPV6_SWITCHES = /* @__PURE__ */ new Set(["IpV6SupportDisabled", "IpV6StackSupportDisabled"]);
var NAME_ONLY = /* @__PURE__ */ new Set(["GetHostName"]);
var HOST_ENTRY = /* @__PURE__ */ new Set(["GetHostEntry", "GetHostByName", "Resolve", "EndGetHostEntry"]);
var FIXED_ADDRESSES = /* @__PURE__ */ new Set(["Any", "Loopback", "Broadcast", "None"]);
function checkNetwork(file) {
  const ucmaFile = /\bMicrosoft\.Rtc\b/.test(file.text);
  for (const call of file.nodes("invocation_expression")) {
    const parts = calleeParts(call);
    if (!parts?.receiver) continue;
    if (parts.name === "DisableIpV6Support" && file.resolver.isSameOrDerived(file.resolver.typeOf(parts.receiver), CONNECTION_MANAGER)) {
      file.findings.warn(
        "ipv6-disabled",
        call,
        "DisableIpV6Support() turns IPv6 off for this connection manager: a last resort, after which the application does not work with an IPv6-only Lync Server 2013 pool."
      );
      continue;
    }
    if (ucmaFile && /(^|\.)Dns$/.test(parts.receiver.text) && isType(file, parts.receiver, DNS)) checkDns(file, call, parts.name);
  }
  for (const assignment of file.nodes("assignment_expression")) checkSwitch(file, assignment);
  if (!ucmaFile) return;
  for (const access of file.nodes("member_access_expression")) {
    const name = access.childForFieldName("name")?.text ?? "";
    const receiver = access.childForFieldName("expression");
    if (!FIXED_ADDRESSES.has(name) || !receiver || !isType(file, receiver, IP_ADDRESS)) continue;
    checkAddress(file, access, `IPAddress.${name}`);
  }
  for (const call of file.nodes("invocation_expression")) {
    const parts = calleeParts(call);
    if (parts?.name === "Parse" && parts.receiver && isType(file, parts.receiver, IP_ADDRESS))
      checkAddress(file, call, "a parsed IP address");
  }
}
function isType(file, node, fullName) {
  const meaning = file.resolver.meaningOf(node);
  return meaning?.kind === "type" && meaning.type.fullName === fullName;
}
function checkDns(file, call, member) {
  if (NAME_ONLY.has(member)) return;
  if (HOST_ENTRY.has(member) && onlyHostNameRead(file, call)) return;
  file.findings.note(
    "ipv6-review",
    call,
    `Dns.${member}: check that this code does not assume one address per host, an IPv4 address first, or one machine per address; on an IPv6 or dual-stack pool a name resolves to several addresses of both families.`
  );
}
function onlyHostNameRead(file, call) {
  const parent = call.parent;
  if (parent?.type === "member_access_expression" && parent.childForFieldName("name")?.text === "HostName") return true;
  const declarator = parent?.type === "variable_declarator" ? parent : void 0;
  const name = declarator?.childForFieldName("name");
  const fn = declarator ? enclosingFunction(declarator) : void 0;
  if (!name || !fn) return false;
  const key = referenceKey(name, file.resolver);
  const uses = descendantsInFunction(fn, /* @__PURE__ */ new Set(["identifier"])).filter(
    (id) => id.text === name.text && id.id !== name.id && referenceKey(id, file.resolver) === key
  );
  return uses.length > 0 && uses.every((id) => id.parent?.type === "member_access_expression" && id.parent.childForFieldName("name")?.text === "HostName");
}
function checkAddress(file, expression, what) {
  const target = ucmaTarget(file, expression);
  if (!target) return;
  const dual = what === "IPAddress.Any" ? " Dual stack needs two listening addresses, IPAddress.Any and IPAddress.IPv6Any." : "";
  file.findings.note(
    "ipv6-review",
    expression,
    `${what} is written into ${target}: review it for IPv6 (hosts are best named by FQDN; a provisioned platform chooses its listening addresses itself).${dual}`
  );
}
function ucmaTarget(file, expression) {
  let node = expression;
  while (node.parent && (node.parent.type === "parenthesized_expression" || node.parent.type === "cast_expression")) node = node.parent;
  const parent = node.parent;
  if (parent?.type === "argument") {
    const call = parent.parent?.parent;
    if (call?.type === "invocation_expression") {
      const parts = calleeParts(call);
      const receiverType = parts?.receiver ? file.resolver.typeOf(parts.receiver)?.fullName : void 0;
      return receiverType?.startsWith("Microsoft.Rtc.") ? `${simple(receiverType)}.${parts.name}` : void 0;
    }
    if (call?.type === "object_creation_expression") {
      const typeNode = call.childForFieldName("type");
      const type = typeNode ? file.resolver.resolveTypeNode(typeNode)?.fullName : void 0;
      return type?.startsWith("Microsoft.Rtc.") ? `new ${simple(type)}(...)` : void 0;
    }
    return void 0;
  }
  if (parent?.type === "assignment_expression" && parent.childForFieldName("right")?.id === node.id) {
    const left = parent.childForFieldName("left");
    if (left?.type === "member_access_expression") {
      const owner = file.resolver.typeOf(left.childForFieldName("expression"))?.fullName;
      return owner?.startsWith("Microsoft.Rtc.") ? `${simple(owner)}.${left.childForFieldName("name")?.text}` : void 0;
    }
    const creation = parent.parent?.type === "initializer_expression" ? parent.parent.parent : void 0;
    const typeNode = creation?.type === "object_creation_expression" ? creation.childForFieldName("type") : null;
    const type = typeNode ? file.resolver.resolveTypeNode(typeNode)?.fullName : void 0;
    return type?.startsWith("Microsoft.Rtc.") && left ? `${simple(type)}.${left.text}` : void 0;
  }
  return void 0;
}
function simple(fullName) {
  return fullName.slice(fullName.lastIndexOf(".") + 1);
}
function checkSwitch(file, assignment) {
  const left = assignment.childForFieldName("left");
  const right = assignment.childForFieldName("right");
  if (!left || !right) return;
  let owner;
  let name;
  if (left.type === "member_access_expression") {
    name = left.childForFieldName("name")?.text;
    const type = file.resolver.typeOf(left.childForFieldName("expression"));
    owner = type && name ? file.resolver.findMember(type, name)?.owner.fullName : void 0;
  } else if (left.type === "identifier" && assignment.parent?.type === "initializer_expression") {
    name = left.text;
    const typeNode = assignment.parent.parent?.type === "object_creation_expression" ? assignment.parent.parent.childForFieldName("type") : null;
    const type = typeNode ? file.resolver.resolveTypeNode(typeNode) : void 0;
    owner = type ? file.resolver.findMember(type, name)?.owner.fullName : void 0;
  }
  if (!name || !IPV6_SWITCHES.has(name) || !owner?.startsWith("Microsoft.Rtc.")) return;
  const value2 = unwrap(right);
  if (value2.type === "boolean_literal" && value2.text === "false") return;
  const set = value2.type === "boolean_literal" ? "sets it to true" : `sets it from ${value2.text}`;
  const message = `${name} ${set}: turning IPv6 support off is a last resort, after which the application does not work with an IPv6-only Lync Server 2013 pool.`;
  if (value2.type === "boolean_literal") file.findings.warn("ipv6-disabled", assignment, message);
  else file.findings.note("ipv6-disabled", assignment, `${message} Check the value it runs with.`);
}

// transforms/ucma4-provisioning.ts
var __moduleUrl11 = __builtModuleUrl("transforms/ucma4-provisioning.js");
var ucma4_provisioning_default = defineTransform(
  {
    meta: {
      id: "ucma4-provisioning",
      title: "UCMA 4.0 provisioning: the documented provisioning rules checked across the project",
      description: 'Checks the C# code of a project against the provisioning rules of the UCMA 4.0 migration pages, which fail at deployment or at run time, never at build time: EndStartup of an auto-provisioned platform in the BeginStartup callback without a catch for ProvisioningFailureException, no ProvisioningFailed handler, manually configured endpoints on an auto-provisioned platform, the application id against the legacy UCMA 2.0 name, UCMA 2.0 WMI provisioning, the Lync PowerShell module in a 32-bit process, IPv6 readiness, GRUU literals, and UserEndpoint/IM only against OCS 2007 R2. Control flow is decided per platform object and per path on the syntax tree with the type resolver; facts of other files come from the project index. Rules that need a declared fact of the migration ("migration" in ucma-codemod.config.json) say "not configured" instead of guessing.',
      source: PAGES.serverPlatforms,
      kind: "report",
      code: TRANSFORM_CODES["ucma4-provisioning"],
      followUp: "Each finding says what to change or which cmdlet to run; see docs/provisioning.md for every rule and its page.",
      requires: [
        "BeginStartup",
        "EndStartup",
        "CollaborationPlatform",
        "ProvisionedApplicationPlatformSettings",
        "ApplicationEndpoint",
        "ServerPlatformSettings",
        "AudioVideoCall",
        "MSFT_SIP",
        "ImportPSModule",
        "Import-Module",
        "Dns",
        "IPAddress",
        "IpV6"
      ],
      needsProject: true,
      // UCMA code, UCMA 2.0 WMI provisioning, or PowerShell hosting: other projects are never indexed.
      projectRequires: ["Microsoft.Rtc", "MSFT_SIP", "ImportPSModule", "Import-Module"],
      rules: rulesReportedBy("ucma4-provisioning")
    },
    run(context) {
      const file = {
        path: context.path,
        text: context.text,
        root: context.tree.rootNode,
        resolver: createTypeResolver(context, provisioningTypes),
        project: context.project,
        migration: migrationTargetOf(context.options),
        findings: new Findings2(),
        nodes: nodesOfTypeOnce(context.tree.rootNode)
      };
      checkStartup(file);
      checkApplicationIds(file);
      checkLyncModule(file);
      checkNetwork(file);
      checkWmiStrings(file);
      checkGruuLiterals(file);
      checkOcsTarget(file);
      return { diagnostics: file.findings.sorted() };
    }
  },
  __moduleUrl11
);

// transforms/ucma4-provisioning-config.ts
init_built_module_url();
var __moduleUrl12 = __builtModuleUrl("transforms/ucma4-provisioning-config.js");
var LIBRARY = "ApplicationProvisioning";
var ucma4_provisioning_config_default = defineTransform(
  {
    meta: {
      id: "ucma4-provisioning-config",
      title: "UCMA 4.0 provisioning: GRUU settings and UCMA 2.0 WMI provisioning in App.config and project files",
      description: "Checks App.config and *.exe.config files for GRUU settings (an appSettings key or an attribute named like gruu) that are not one unbroken sip:...;gruu;opaque=srvr:... computer GRUU, as copied from Get-CsTrustedApplication, and project files for references to the UCMA 2.0 ApplicationProvisioning (WMI) library, an inventory item on the way to UCMA 4.0. Report only.",
      source: PAGES.manuallyProvisioned,
      kind: "report",
      code: TRANSFORM_CODES["ucma4-provisioning-config"],
      followUp: "See docs/provisioning.md for each rule, its page and the cmdlets to run.",
      languages: ["xml"],
      requires: ["gruu", "Gruu", "GRUU", LIBRARY],
      rules: rulesReportedBy("ucma4-provisioning-config")
    },
    run(context) {
      const findings = new Findings2();
      const root = rootElement(context.tree.rootNode);
      if (!root) return;
      const kind = xmlFileKind(context.path);
      if (kind === "app-config") checkGruuSettings(root, findings);
      if (kind === "msbuild-project") checkProvisioningLibrary(context.tree.rootNode, root, findings);
      return { diagnostics: findings.sorted() };
    }
  },
  __moduleUrl12
);
function checkGruuSettings(root, findings) {
  for (const element of descendantElements(root)) {
    const attributes = elementAttributes(element);
    const candidates = elementName(element) === "add" && /gruu/i.test(attributes.find((a) => a.name === "key")?.value ?? "") ? attributes.filter((a) => a.name === "value") : attributes.filter((a) => a.name.toLowerCase() === "gruu");
    for (const attribute of candidates) {
      const problem = gruuProblem(attribute.value);
      if (problem)
        findings.warn(
          "gruu-form",
          { start: attribute.start, end: attribute.end },
          `this GRUU setting is not usable as written: ${problem}. Copy the computer's Gruu from $a.ComputerGruus of Get-CsTrustedApplication as one line.`
        );
    }
  }
}
function checkProvisioningLibrary(document, root, findings) {
  const project = readMsbuildProject(document);
  const assemblyName = propertyValue(project ? globalProperty(project, "AssemblyName") : void 0) ?? "";
  const isSample = /^ApplicationProvision(ing|er)$/i.test(assemblyName);
  for (const element of descendantElements(root)) {
    const name = elementName(element);
    if (name !== "Reference" && name !== "ProjectReference") continue;
    const include = elementAttributes(element).find((a) => a.name === "Include");
    if (!include) continue;
    const target = include.value.replace(/\\/g, "/").split("/").pop().split(",")[0].trim();
    if (!new RegExp(`^${LIBRARY}(\\.dll|\\.csproj)?$`, "i").test(target)) continue;
    findings.note(
      "ucma2-wmi-provisioning",
      { start: include.start, end: include.end },
      isSample ? `this is the ApplicationProvisioner sample, the WMI admin tool for UCMA 2.0 trusted services and contact objects: it stays in use for legacy pools after the documented change (provisioner-tls-target).` : `this project uses the UCMA 2.0 WMI provisioning library (${LIBRARY}): at run time it needs the OCS 2007 R2 core components (OCSCore.msi); a UCMA 4.0 application is provisioned with New-CsTrustedApplication and New-CsTrustedApplicationEndpoint, and reads its settings through ProvisionedApplicationPlatformSettings.`
    );
  }
}

// transforms/index.ts
var builtInTransforms = [
  provisioner_tls_target_default,
  ucma4_project_references_default,
  ucma4_project_target_framework_default,
  ucma4_project_64_bit_default,
  ucma4_config_runtime_default,
  ucma4_api_members_default,
  ucma4_provisioning_default,
  ucma4_provisioning_config_default
];

// src/cli/file-worker-bundle.ts
var __moduleUrl13 = __builtModuleUrl("src/cli/file-worker-bundle.js");
function bundledTransforms() {
  const byUrl = /* @__PURE__ */ new Map();
  for (const transform of builtInTransforms) {
    const moduleUrl = transformModuleUrl(transform);
    if (moduleUrl !== void 0) byUrl.set(moduleUrl, transform);
  }
  return byUrl;
}
if (import_node_worker_threads.parentPort) {
  const bundled = bundledTransforms();
  const load = (moduleUrl) => {
    const transform = bundled.get(moduleUrl);
    return transform === void 0 ? importTransform(moduleUrl) : Promise.resolve(transform);
  };
  serveFiles(import_node_worker_threads.parentPort, import_node_worker_threads.workerData, load).catch(
    (error2) => process.nextTick(() => {
      throw error2;
    })
  );
}
