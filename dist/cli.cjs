// The ucma-codemod command line in one CommonJS file, made by scripts/compile.mjs from src/ and transforms/.
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
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
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

// src/platform/fs-error.ts
function describeFsError(thrown) {
  const code = thrown?.code;
  switch (code) {
    case "ENOENT":
      return "no such file or directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "ENOTDIR":
      return "not a directory";
    case "EISDIR":
      return "is a directory";
    case "ENOSPC":
      return "no space left on the device";
    case "EROFS":
      return "read-only file system";
    case "ELOOP":
      return "is a symbolic link, which is never followed";
    case "ELINKONPATH":
      return `its path goes through ${thrown.link}, which is a symbolic link now; links are never followed`;
    case "ENOTREGULAR":
      return `it is ${thrown.kind}, not a regular file`;
    default:
      return thrown instanceof Error ? thrown.message : String(thrown);
  }
}
var init_fs_error = __esm({
  "src/platform/fs-error.ts"() {
    "use strict";
    init_built_module_url();
  }
});

// src/cli/closed-pipe.ts
function isClosedPipeError(thrown) {
  const code = thrown?.code;
  return code === "EPIPE" || code === "ERR_STREAM_DESTROYED";
}
function watchOutput(stream) {
  stream.on("error", (thrown) => {
    if (!failures.has(stream)) failures.set(stream, thrown);
  });
}
function outputFailure(stream) {
  return failures.get(stream);
}
function ignoreClosedPipe(stream) {
  stream.on("error", (thrown) => {
    if (!isClosedPipeError(thrown)) throw thrown;
  });
}
var failures;
var init_closed_pipe = __esm({
  "src/cli/closed-pipe.ts"() {
    "use strict";
    init_built_module_url();
    failures = /* @__PURE__ */ new WeakMap();
  }
});

// src/run/run-result.ts
function totalsOf(result) {
  const totals = { changed: 0, unchanged: 0, skipped: 0, failed: 0, errors: 0, warnings: 0, infos: 0 };
  for (const file of result.files) {
    totals[file.status]++;
    for (const d of file.diagnostics) {
      if (d.severity === "error") totals.errors++;
      else if (d.severity === "warning") totals.warnings++;
      else totals.infos++;
    }
  }
  return totals;
}
function severityOfEdit(edit) {
  return edit.severity ?? "warning";
}
function ownedEdits(edits) {
  return edits.map((edit) => ({
    start: edit.start.offset,
    end: edit.end.offset,
    text: edit.newText,
    transformId: edit.transform,
    ...edit.rule === void 0 ? {} : { rule: edit.rule }
  }));
}
function fileResult(fields) {
  return { diagnostics: [], acknowledged: [], edits: [], declined: [], written: false, ...fields };
}
var init_run_result = __esm({
  "src/run/run-result.ts"() {
    "use strict";
    init_built_module_url();
  }
});

// src/run/exit-code.ts
function verdictOf(result, command2, options2 = {}) {
  const totals = totalsOf(result);
  const engineErrors = result.files.reduce(
    (sum, file) => sum + (file.status === "failed" ? 0 : file.diagnostics.filter((d) => d.severity === "error" && d.origin === "engine").length),
    0
  );
  if (totals.failed > 0 || engineErrors > 0) {
    const failed = totals.failed > 0 ? [`${count(totals.failed, "file", "files")} could not be processed`] : [];
    const errors = engineErrors > 0 ? [count(engineErrors, "error", "errors")] : [];
    return { code: ExitCode.Error, reasons: [...failed, ...errors] };
  }
  const reasons = [];
  if (totals.errors > 0) reasons.push(`${count(totals.errors, "error", "errors")} to fix by hand`);
  const allowed = options2.maxWarnings ?? 0;
  if (totals.warnings > allowed) {
    const limit = options2.maxWarnings === void 0 ? "" : ` (more than --max-warnings ${options2.maxWarnings})`;
    reasons.push(`${count(totals.warnings, "warning", "warnings")} to fix by hand${limit}`);
  }
  const declined = result.files.reduce((sum, file) => sum + file.declined.length, 0);
  if (declined > 0) reasons.push(`${count(declined, "change", "changes")} declined`);
  if (command2 === "check") {
    const needing = result.files.filter((file) => file.status === "changed" && file.edits.some((edit) => severityOfEdit(edit) !== "info"));
    if (needing.length > 0) reasons.push(`${count(needing.length, "file needs", "files need")} changes`);
  }
  return { code: reasons.length > 0 ? ExitCode.ChangeNeeded : ExitCode.Ok, reasons };
}
function count(n, one, many) {
  return `${n} ${n === 1 ? one : many}`;
}
var ExitCode;
var init_exit_code = __esm({
  "src/run/exit-code.ts"() {
    "use strict";
    init_built_module_url();
    init_run_result();
    ExitCode = { Ok: 0, ChangeNeeded: 1, Error: 2 };
  }
});

// src/platform/package-info.ts
function packageRoot() {
  let directory = (0, import_node_path2.dirname)((0, import_node_url2.fileURLToPath)(__moduleUrl));
  for (; ; ) {
    const candidate = (0, import_node_path2.join)(directory, "package.json");
    if ((0, import_node_fs.existsSync)(candidate) && JSON.parse((0, import_node_fs.readFileSync)(candidate, "utf8")).name === "ucma-codemod") {
      return directory;
    }
    const parent = (0, import_node_path2.dirname)(directory);
    if (parent === directory) throw new Error("cannot find the ucma-codemod package.json");
    directory = parent;
  }
}
function packageVersion() {
  return JSON.parse((0, import_node_fs.readFileSync)((0, import_node_path2.join)(packageRoot(), "package.json"), "utf8")).version;
}
var import_node_fs, import_node_path2, import_node_url2, __moduleUrl;
var init_package_info = __esm({
  "src/platform/package-info.ts"() {
    "use strict";
    init_built_module_url();
    import_node_fs = require("node:fs");
    import_node_path2 = require("node:path");
    import_node_url2 = require("node:url");
    __moduleUrl = __builtModuleUrl("src/platform/package-info.js");
  }
});

// src/platform/user-error.ts
function formatUserError(error2) {
  const lines = [`ucma-codemod: ${error2.message}`, ...error2.details];
  if (error2.hint !== void 0) lines.push(error2.hint);
  return `${lines.join("\n")}
`;
}
var UserError;
var init_user_error = __esm({
  "src/platform/user-error.ts"() {
    "use strict";
    init_built_module_url();
    UserError = class extends Error {
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
  }
});

// src/cli/cli-io.ts
function writeAndReturn(stream, text, code) {
  stream.write(text);
  return code;
}
function writeBytes(stream, bytes) {
  if (bytes.length === 0) return Promise.resolve("written");
  return new Promise((resolvePromise, reject) => {
    stream.write(bytes, (thrown) => {
      if (!thrown) resolvePromise("written");
      else if (isClosedPipeError(thrown)) resolvePromise("closed");
      else reject(thrown);
    });
  });
}
var init_cli_io = __esm({
  "src/cli/cli-io.ts"() {
    "use strict";
    init_built_module_url();
    init_closed_pipe();
  }
});

// src/engine/transform-origin.ts
function rememberTransformModule(transform, moduleUrl, userCode = false) {
  origins.set(transform, { moduleUrl, userCode });
}
function transformModuleUrl(transform) {
  return origins.get(transform)?.moduleUrl;
}
function isUserCode(transform) {
  return origins.get(transform)?.userCode ?? false;
}
var origins;
var init_transform_origin = __esm({
  "src/engine/transform-origin.ts"() {
    "use strict";
    init_built_module_url();
    origins = /* @__PURE__ */ new WeakMap();
  }
});

// src/engine/transform.ts
function defineTransform(transform, moduleUrl) {
  if (moduleUrl !== void 0) rememberTransformModule(transform, moduleUrl);
  return transform;
}
var __moduleUrl2;
var init_transform = __esm({
  "src/engine/transform.ts"() {
    "use strict";
    init_built_module_url();
    init_transform_origin();
    __moduleUrl2 = __builtModuleUrl("src/engine/transform.js");
  }
});

// src/engine/languages/tree-sitter-core.ts
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
var import_node_module, __moduleUrl3, require2, treeSitterModule;
var init_tree_sitter_core = __esm({
  "src/engine/languages/tree-sitter-core.ts"() {
    "use strict";
    init_built_module_url();
    import_node_module = require("node:module");
    __moduleUrl3 = __builtModuleUrl("src/engine/languages/tree-sitter-core.js");
    require2 = (0, import_node_module.createRequire)(__moduleUrl3);
  }
});

// src/engine/languages/csharp/grammar.ts
function csharpGrammar() {
  if (grammar) return grammar;
  const root = (0, import_node_path3.dirname)(require3.resolve("tree-sitter-c-sharp/package.json"));
  const nodeGypBuild = (0, import_node_module2.createRequire)((0, import_node_path3.join)(root, "package.json"))("node-gyp-build");
  const binding = nodeGypBuild(root);
  try {
    binding.nodeTypeInfo ??= require3((0, import_node_path3.join)(root, "src", "node-types.json"));
  } catch {
  }
  grammar = binding;
  return grammar;
}
var import_node_module2, import_node_path3, __moduleUrl4, require3, grammar;
var init_grammar = __esm({
  "src/engine/languages/csharp/grammar.ts"() {
    "use strict";
    init_built_module_url();
    import_node_module2 = require("node:module");
    import_node_path3 = require("node:path");
    __moduleUrl4 = __builtModuleUrl("src/engine/languages/csharp/grammar.js");
    require3 = (0, import_node_module2.createRequire)(__moduleUrl4);
  }
});

// src/engine/languages/csharp/parse.ts
function parseCSharp(text) {
  return parse(text);
}
function reparseCSharp(text, editedTree) {
  return parse(text, editedTree);
}
var parse, COMMENT_AND_STRING_TYPES;
var init_parse = __esm({
  "src/engine/languages/csharp/parse.ts"() {
    "use strict";
    init_built_module_url();
    init_tree_sitter_core();
    init_grammar();
    parse = grammarParser(csharpGrammar);
    COMMENT_AND_STRING_TYPES = /* @__PURE__ */ new Set([
      "comment",
      "string_literal",
      "verbatim_string_literal",
      "raw_string_literal",
      "interpolated_string_expression",
      "character_literal"
    ]);
  }
});

// src/authoring/edit-builders.ts
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
var init_edit_builders = __esm({
  "src/authoring/edit-builders.ts"() {
    "use strict";
    init_built_module_url();
  }
});

// src/authoring/tree-helpers.ts
function findAll(root, types) {
  const wanted = typeof types === "string" ? [types] : [...types];
  const found = root.descendantsOfType(wanted);
  return wanted.includes(root.type) ? [root, ...found.filter((n) => !isSameNode(n, root))] : found;
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
    while (node && node.type !== "identifier" && node.startIndex === start && node.endIndex === end && !isSameNode(node, root))
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
    if (named && isSameNode(named, identifier)) found.push(declaration);
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
function isSameNode(a, b) {
  return a.id === b.id && a.tree === b.tree;
}
var init_tree_helpers = __esm({
  "src/authoring/tree-helpers.ts"() {
    "use strict";
    init_built_module_url();
    init_parse();
    init_grammar();
    init_tree_sitter_core();
  }
});

// src/engine/languages/tree-memo.ts
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
var init_tree_memo = __esm({
  "src/engine/languages/tree-memo.ts"() {
    "use strict";
    init_built_module_url();
  }
});

// src/authoring/csharp-syntax.ts
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
function usingContainer(scope) {
  if (scope.type === "namespace_declaration") return scope.childForFieldName("body");
  if (scope.type === "compilation_unit" || scope.type === "file_scoped_namespace_declaration") return scope;
  return null;
}
function enclosingLoop(node, within) {
  for (let current = node.parent; current && !isSameNode(current, within); current = current.parent) {
    if (FUNCTION_BOUNDARIES.has(current.type)) return void 0;
    if (LOOPS.has(current.type)) return current;
  }
  return void 0;
}
var STRING_TYPE_SPELLINGS, usedNamespaces, FUNCTION_BOUNDARIES, LOOPS;
var init_csharp_syntax = __esm({
  "src/authoring/csharp-syntax.ts"() {
    "use strict";
    init_built_module_url();
    init_tree_memo();
    init_tree_helpers();
    STRING_TYPE_SPELLINGS = /* @__PURE__ */ new Set(["string", "String", "System.String", "global::System.String"]);
    usedNamespaces = memoPerNode((container) => {
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
    FUNCTION_BOUNDARIES = /* @__PURE__ */ new Set(["lambda_expression", "anonymous_method_expression", "local_function_statement"]);
    LOOPS = /* @__PURE__ */ new Set(["for_statement", "foreach_statement", "while_statement", "do_statement"]);
  }
});

// src/engine/languages/csharp/preprocessor.ts
function isSameNode2(a, b) {
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
      if (condition && isSameNode2(condition, child) || alternative && isSameNode2(alternative, child)) continue;
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
  if (!alternative || !isSameNode2(alternative, branch)) return false;
  const condition = previous.childForFieldName("condition");
  return condition !== null && constantPreprocessorCondition(condition) === true || earlierBranchIsTaken(previous);
}
var hasBranches;
var init_preprocessor = __esm({
  "src/engine/languages/csharp/preprocessor.ts"() {
    "use strict";
    init_built_module_url();
    init_tree_memo();
    hasBranches = memoPerTree((tree) => /#\s*(?:if|elif|else)/.test(tree.rootNode.text));
  }
});

// src/engine/languages/csharp/live-syntax-errors.ts
function findLiveSyntaxErrors(node) {
  return findSyntaxErrors(node, isInDisabledPreprocessorBranch);
}
var init_live_syntax_errors = __esm({
  "src/engine/languages/csharp/live-syntax-errors.ts"() {
    "use strict";
    init_built_module_url();
    init_tree_sitter_core();
    init_preprocessor();
  }
});

// src/engine/line-index.ts
function positionAt(text, offset) {
  return new LineIndex(text).positionAt(offset);
}
var LineIndex;
var init_line_index = __esm({
  "src/engine/line-index.ts"() {
    "use strict";
    init_built_module_url();
    LineIndex = class {
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
  }
});

// src/engine/languages/csharp/declaration-skeleton.ts
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
var STRUCTURE_KEYWORD, INTERESTING, UNSCANNABLE, Scanner;
var init_declaration_skeleton = __esm({
  "src/engine/languages/csharp/declaration-skeleton.ts"() {
    "use strict";
    init_built_module_url();
    STRUCTURE_KEYWORD = /(?:^|[^\w@])(?:class|struct|interface|enum|record|namespace)(?![\w])/;
    INTERESTING = /[{};/"'@$#]/g;
    UNSCANNABLE = /^[ \t]*#[ \t]*(?:if|elif|else|endif)\b|"""/m;
    Scanner = class {
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
  }
});

// src/engine/lexical-facts.ts
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
var init_lexical_facts = __esm({
  "src/engine/lexical-facts.ts"() {
    "use strict";
    init_built_module_url();
  }
});

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
function isTypeDeclaration(node) {
  return TYPE_DECLARATIONS.has(node.type);
}
function nameScopeAt(node) {
  let owner = node;
  while (owner && !isTypeDeclaration(owner) && !METHOD_LIKE.has(owner.type) && !NAMESPACE_TYPES.has(owner.type)) owner = owner.parent;
  return owner ? ownerNameScope(owner) : readNameScope(node);
}
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
    const own3 = [];
    for (let length = 1; length <= declaration.parts.length; length++) {
      const name = [...outer, ...declaration.parts.slice(0, length)].join(".");
      const last = length === declaration.parts.length;
      own3.push({
        namespace: name,
        usings: last ? declaration.usings : [],
        aliases: last ? declaration.aliases : /* @__PURE__ */ new Map(),
        staticUsings: last ? declaration.staticUsings : []
      });
    }
    outsideIn.push(own3);
    outer = [...outer, ...declaration.parts];
  }
  for (const own3 of outsideIn.reverse()) levels.push(...own3.reverse());
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
var NAMESPACE_TYPES, TYPE_DECLARATIONS, METHOD_LIKE, ownerNameScope, compilationUnitScope, namespaceScope;
var init_type_names = __esm({
  "src/engine/type-names.ts"() {
    "use strict";
    init_built_module_url();
    init_tree_memo();
    NAMESPACE_TYPES = /* @__PURE__ */ new Set(["namespace_declaration", "file_scoped_namespace_declaration"]);
    TYPE_DECLARATIONS = /* @__PURE__ */ new Set([
      "class_declaration",
      "struct_declaration",
      "interface_declaration",
      "record_declaration",
      "record_struct_declaration",
      "enum_declaration"
    ]);
    METHOD_LIKE = /* @__PURE__ */ new Set(["method_declaration", "local_function_statement", "delegate_declaration"]);
    ownerNameScope = memoPerNode(readNameScope);
    compilationUnitScope = memoPerNode((unit) => {
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
    namespaceScope = memoPerNode((declaration) => {
      const container = declaration.type === "namespace_declaration" ? declaration.childForFieldName("body") : declaration;
      const nameNode = declaration.childForFieldName("name");
      const written = nameNode ? typeNameOf(nameNode) : void 0;
      const parts = written?.kind === "named" ? written.parts.map((p) => p.name) : [];
      return { parts, ...container ? readUsings(container) : { usings: [], aliases: /* @__PURE__ */ new Map(), staticUsings: [] } };
    });
  }
});

// src/engine/project-index.ts
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
function ownTypeParameters(node) {
  const list = node.namedChildren.find((c) => c.type === "type_parameter_list");
  return (list?.namedChildren ?? []).filter((c) => c.type === "type_parameter").map((c) => (c.childForFieldName("name") ?? c.namedChildren.find((n) => n.type === "identifier"))?.text ?? "");
}
function hasModifier(node, word) {
  return node.namedChildren.some((c) => c.type === "modifier" && c.text === word);
}
function readType(path, node) {
  const body = node.childForFieldName("body");
  const inside = body ?? node;
  const scope = nameScopeAt(inside);
  const fullName = scope.enclosingTypes[0] ?? node.childForFieldName("name")?.text ?? "";
  const members = /* @__PURE__ */ new Map();
  const add = (name, kind, type, at, extra = {}) => {
    if (!name) return;
    const own3 = at.type === "method_declaration" && at.namedChildren.some((c) => c.type === "type_parameter_list");
    const member = { name, kind, scope: own3 ? nameScopeAt(at) : scope, path, ...type ? { type } : {}, ...extra };
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
var INDEXER_NAME, ProjectIndex, KIND_OF, MODIFIERS, DESCEND;
var init_project_index = __esm({
  "src/engine/project-index.ts"() {
    "use strict";
    init_built_module_url();
    init_declaration_skeleton();
    init_lexical_facts();
    init_parse();
    init_type_names();
    INDEXER_NAME = "this[]";
    ProjectIndex = class {
      /**
       * Merges the declarations of the files (partial types become one). `files` is kept as given:
       * it is plain data, so a worker thread can build the same index from it, and so are
       * `projectFiles`: the texts of the project's own *.csproj, App.config and *.exe.config (in the
       * project's folder), for facts such as its output type or its appSettings.
       */
      constructor(files, root = "", projectFiles2 = []) {
        this.files = files;
        this.root = root;
        this.projectFiles = projectFiles2;
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
    KIND_OF = {
      class_declaration: "class",
      struct_declaration: "struct",
      interface_declaration: "interface",
      record_declaration: "record",
      record_struct_declaration: "record",
      enum_declaration: "enum"
    };
    MODIFIERS = /* @__PURE__ */ new Set(["out", "ref", "in", "this"]);
    DESCEND = /* @__PURE__ */ new Set(["compilation_unit", "namespace_declaration", "file_scoped_namespace_declaration", "declaration_list", "ERROR"]);
  }
});

// src/authoring/known-types.ts
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
var KnownTypeTable;
var init_known_types = __esm({
  "src/authoring/known-types.ts"() {
    "use strict";
    init_built_module_url();
    KnownTypeTable = class {
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
  }
});

// src/authoring/linq-operators.ts
var op, LINQ_OPERATORS;
var init_linq_operators = __esm({
  "src/authoring/linq-operators.ts"() {
    "use strict";
    init_built_module_url();
    op = (result, elementLambdas = [], indexed = false) => ({
      result,
      elementLambdas,
      ...indexed ? { indexed } : {}
    });
    LINQ_OPERATORS = {
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
  }
});

// src/authoring/system-types.ts
function generic(kind, fullName, typeParameters, interfaces, members = {}, base) {
  return { fullName, kind, typeParameters, interfaces, members, ...base ? { base } : {} };
}
function delegate(fullName, typeParameters, parameters, returns) {
  return { fullName, kind: "delegate", typeParameters, invoke: { parameters, ...returns ? { returns } : {} } };
}
var SCG, COM, CC, TT, property, method, indexer, dictionaryMembers, listMembers, SYSTEM_TYPES, systemTypes;
var init_system_types = __esm({
  "src/authoring/system-types.ts"() {
    "use strict";
    init_built_module_url();
    init_known_types();
    SCG = "System.Collections.Generic";
    COM = "System.Collections.ObjectModel";
    CC = "System.Collections.Concurrent";
    TT = "System.Threading.Tasks";
    property = (type) => ({ kind: "property", type });
    method = (type, ...overloads) => ({
      kind: "method",
      ...type ? { type } : {},
      overloads
    });
    indexer = (type, key) => ({ kind: "indexer", type, overloads: [[key]] });
    dictionaryMembers = (keys, values) => ({
      "this[]": indexer("TValue", "TKey"),
      TryGetValue: method("System.Boolean", ["TKey", "out TValue"]),
      Keys: property(keys),
      Values: property(values)
    });
    listMembers = {
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
    SYSTEM_TYPES = [
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
    systemTypes = new KnownTypeTable(SYSTEM_TYPES);
  }
});

// src/authoring/type-resolver.ts
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
var ARRAY_TYPE, MAX_DEPTH, ENUMERABLE, LINQ_NAMESPACE, NO_SUBSTITUTION, HARMLESS_NAMESPACE, TypeResolver, BODY_OWNERS, DECLARING_PARENTS, AWAITABLE, BUILT_IN_TYPES, TYPE_DECLARATION_TYPES, NESTED_SCOPES;
var init_type_resolver = __esm({
  "src/authoring/type-resolver.ts"() {
    "use strict";
    init_built_module_url();
    init_project_index();
    init_type_names();
    init_known_types();
    init_linq_operators();
    init_system_types();
    ARRAY_TYPE = "[]";
    MAX_DEPTH = 24;
    ENUMERABLE = "System.Collections.Generic.IEnumerable";
    LINQ_NAMESPACE = "System.Linq";
    NO_SUBSTITUTION = /* @__PURE__ */ new Map();
    HARMLESS_NAMESPACE = /^System(\.|$)/;
    TypeResolver = class {
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
        const own3 = member?.typeParameters ?? [];
        const args = methodTypeArgs?.length === own3.length ? methodTypeArgs : void 0;
        for (const [index, parameter] of own3.entries()) map.set(parameter, args?.[index]);
        return map;
      }
      memberSubstitution(owner, ownerType, member, methodTypeArgs) {
        const map = new Map(substitutionOf(owner.typeParameters, ownerType.args));
        const own3 = member.typeParameters ?? [];
        for (const [index, parameter] of own3.entries()) {
          if (methodTypeArgs && methodTypeArgs.length === own3.length) map.set(parameter, methodTypeArgs[index]);
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
            const count4 = (subscript?.namedChildren ?? []).filter((c) => c.type === "argument").length;
            const element = type ? this.indexerType(type, count4) : void 0;
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
      indexerType(type, count4) {
        if (type.fullName === ARRAY_TYPE) return type.args[0];
        const source = this.findMemberSource(type, INDEXER_NAME);
        if (!source) return void 0;
        if (source.declared) {
          const types = source.declared.members.filter((m) => (m.parameters ?? []).length === count4).map(
            (m) => m.type ? this.resolveTypeName(m.type, m.scope, this.memberSubstitution(source.declared.type, source.owner, m), true) : void 0
          );
          const first = types[0];
          return first && types.every((t) => t && sameType(t, first)) ? first : void 0;
        }
        const signatures = (this.signaturesOf(source) ?? []).filter((s) => s.parameters.length === count4);
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
        const position2 = argumentPosition(argument);
        if (!position2) return void 0;
        const { invocation, index, count: count4 } = position2;
        if (invocation.type !== "invocation_expression") return void 0;
        const signatures = this.candidateSignatures(invocation, count4);
        if (!signatures || signatures.length === 0) return void 0;
        const types = signatures.map((s) => s.parameters[index]?.modifier === "out" ? s.parameters[index].type : void 0);
        const first = types[0];
        return first && types.every((t) => t && sameType(t, first)) ? first : void 0;
      }
      /** The parameter lists of the overloads a call may bind to, with that many arguments; undefined when unknown. */
      candidateSignatures(invocation, count4) {
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
        return signatures.filter((s) => count4 <= s.parameters.length && count4 >= s.parameters.filter((p) => !p.optional).length);
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
        const count4 = lambdaParameterCount(lambda);
        return count4 === void 0 ? shapes : shapes?.filter((s) => s.parameters.length === count4);
      }
      lambdaParameterType(lambda, index, count4) {
        const shapes = this.applicableShapes(lambda)?.filter((s) => s.parameters.length === count4);
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
            const position2 = argumentPosition(parent);
            if (!position2) return void 0;
            const { invocation, index, count: count4 } = position2;
            if (invocation.type === "object_creation_expression") {
              const typeNode = invocation.childForFieldName("type");
              const shape = typeNode && count4 === 1 ? this.delegateShape(this.resolveTypeNode(typeNode)) : void 0;
              return shape ? [shape] : void 0;
            }
            if (invocation.type !== "invocation_expression") return void 0;
            const linq = this.linqCall(invocation);
            if (linq) return this.linqLambdaTargets(linq, index);
            const signatures = this.candidateSignatures(invocation, count4);
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
        const lambdaBody = (position2) => {
          const argument = args[position2]?.namedChildren.filter((c) => c.type !== "comment").at(-1);
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
    BODY_OWNERS = /* @__PURE__ */ new Set([
      "method_declaration",
      "constructor_declaration",
      "local_function_statement",
      "accessor_declaration",
      "operator_declaration",
      "conversion_operator_declaration",
      "destructor_declaration"
    ]);
    DECLARING_PARENTS = /* @__PURE__ */ new Set(["variable_declarator", "declaration_expression", "foreach_statement", "catch_declaration", "parameter"]);
    AWAITABLE = /* @__PURE__ */ new Set([
      "System.Threading.Tasks.Task",
      "System.Threading.Tasks.ValueTask",
      "System.Runtime.CompilerServices.ConfiguredTaskAwaitable"
    ]);
    BUILT_IN_TYPES = {
      string: "System.String",
      bool: "System.Boolean",
      int: "System.Int32",
      object: "System.Object",
      long: "System.Int64",
      byte: "System.Byte",
      char: "System.Char"
    };
    TYPE_DECLARATION_TYPES = /* @__PURE__ */ new Set([
      "class_declaration",
      "struct_declaration",
      "interface_declaration",
      "record_declaration",
      "record_struct_declaration"
    ]);
    NESTED_SCOPES = /* @__PURE__ */ new Set([
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
  }
});

// src/authoring/ucma-types.ts
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
function withProvisioningMembers(types) {
  return types.map((type) => {
    const extra = PLATFORM_PROVISIONING_MEMBERS[type.fullName];
    return extra ? { ...type, members: { ...type.members, ...extra } } : type;
  });
}
var C, AV, CM, CONF, CG, P, S, property2, method2, begin, event, enumMember, BASE_TYPES, INFERENCE_TYPES, UCMA_ALL, UCMA_TYPES, PLATFORM_PROVISIONING_MEMBERS, ucmaTypes;
var init_ucma_types = __esm({
  "src/authoring/ucma-types.ts"() {
    "use strict";
    init_built_module_url();
    init_known_types();
    C = "Microsoft.Rtc.Collaboration";
    AV = `${C}.AudioVideo`;
    CM = `${C}.ComponentModel`;
    CONF = `${C}.ConferenceManagement`;
    CG = `${C}.ContactsGroups`;
    P = `${C}.Presence`;
    S = "Microsoft.Rtc.Signaling";
    property2 = (type) => type ? { kind: "property", type } : { kind: "property" };
    method2 = (type, ...overloads) => ({
      kind: "method",
      ...type ? { type } : {},
      ...overloads.length > 0 ? { overloads } : {}
    });
    begin = (...parameters) => method2("System.IAsyncResult", ...parameters.map((list) => [...list, "System.AsyncCallback", "System.Object"]));
    event = (argsType) => ({ kind: "event", type: argsType });
    enumMember = { kind: "enum-member" };
    BASE_TYPES = [
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
    INFERENCE_TYPES = [
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
    UCMA_ALL = [...BASE_TYPES, ...INFERENCE_TYPES];
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
    UCMA_TYPES = UCMA_ALL;
    PLATFORM_PROVISIONING_MEMBERS = {
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
    ucmaTypes = new KnownTypeTable(UCMA_TYPES);
  }
});

// src/authoring/provisioning-types.ts
function cls2(fullName, base, members = {}) {
  return { fullName, kind: "class", members, ...base ? { base } : {} };
}
var SMA, RUNSPACES, property3, field, method3, PROVISIONING_SYSTEM_TYPES, provisioningTypes;
var init_provisioning_types = __esm({
  "src/authoring/provisioning-types.ts"() {
    "use strict";
    init_built_module_url();
    init_known_types();
    init_ucma_types();
    SMA = "System.Management.Automation";
    RUNSPACES = `${SMA}.Runspaces`;
    property3 = (type) => type ? { kind: "property", type } : { kind: "property" };
    field = (type) => type ? { kind: "field", type } : { kind: "field" };
    method3 = (type) => type ? { kind: "method", type } : { kind: "method" };
    PROVISIONING_SYSTEM_TYPES = [
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
    provisioningTypes = new KnownTypeTable([...withProvisioningMembers(UCMA_TYPES), ...PROVISIONING_SYSTEM_TYPES]);
  }
});

// src/platform/migration-target.ts
function migrationOptionKey(field2) {
  return `migration.${field2}`;
}
function isMigrationOptionKey(key) {
  return key.startsWith("migration.");
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
function migrationConsistencyProblem(fields) {
  if (fields.legacyApplicationName !== void 0 && fields.from !== void 0 && fields.from !== "ucma-2.0")
    return `"legacyApplicationName" names a UCMA 2.0 application, but "from" is "${fields.from}"; leave it out or set "from" to "ucma-2.0"`;
  return void 0;
}
function migrationOptions(fields) {
  const options2 = {};
  for (const field2 of MIGRATION_FIELDS) {
    const value2 = fields[field2];
    if (value2 !== void 0) options2[migrationOptionKey(field2)] = value2;
  }
  return options2;
}
function migrationTargetOf(options2) {
  const valid = (field2) => {
    const value2 = options2[migrationOptionKey(field2)];
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
function sourceVersionOf(target) {
  return MIGRATION_SOURCES.find((source) => source.id === target.from)?.version;
}
function bareApplicationName(name) {
  return name.replace(/^urn:application:/i, "");
}
function isMigrationDeclared(target) {
  return target.from !== void 0 || target.legacyApplicationName !== void 0 || target.targetServerDeclared;
}
function describeMigrationTarget(target) {
  if (!isMigrationDeclared(target)) return `not configured (target server: ${titleOfServer(target.targetServer)}, the default)`;
  const from = target.from ? `from ${MIGRATION_SOURCES.find((s) => s.id === target.from).title}` : "from an undeclared UCMA version";
  const legacy = target.legacyApplicationName === void 0 ? "" : ` (legacy application name "${target.legacyApplicationName}")`;
  const to = `to ${titleOfServer(target.targetServer)}${target.targetServerDeclared ? "" : " (the default)"}`;
  return `${from}${legacy} ${to}`;
}
function migrationReportData(target) {
  return {
    from: target.from ?? null,
    legacyApplicationName: target.legacyApplicationName ?? null,
    targetServer: target.targetServer,
    targetServerDeclared: target.targetServerDeclared
  };
}
function titleOfServer(id) {
  return TARGET_SERVERS.find((s) => s.id === id).title;
}
function quoteList(values) {
  return values.map((v) => `"${v}"`).join(", ");
}
var MIGRATION_SOURCES, TARGET_SERVERS, DEFAULT_TARGET_SERVER, MIGRATION_FIELDS;
var init_migration_target = __esm({
  "src/platform/migration-target.ts"() {
    "use strict";
    init_built_module_url();
    MIGRATION_SOURCES = [
      { id: "ucma-2.0", version: "2.0", title: "a UCMA 2.0 application (Office Communications Server 2007 R2)" },
      { id: "ucma-3.0", version: "3.0", title: "a UCMA 3.0 application (Lync Server 2010)" }
    ];
    TARGET_SERVERS = [
      { id: "lync-server-2013", title: "Lync Server 2013" },
      { id: "ocs-2007-r2", title: "Office Communications Server 2007 R2 (coexistence)" }
    ];
    DEFAULT_TARGET_SERVER = "lync-server-2013";
    MIGRATION_FIELDS = ["from", "legacyApplicationName", "targetServer"];
  }
});

// src/authoring/migration-target.ts
var init_migration_target2 = __esm({
  "src/authoring/migration-target.ts"() {
    "use strict";
    init_built_module_url();
    init_migration_target();
  }
});

// src/engine/languages/xml/grammar.ts
function xmlGrammar() {
  grammar2 ??= require4("@tree-sitter-grammars/tree-sitter-xml/bindings/node/index.js").xml;
  return grammar2;
}
var import_node_module3, __moduleUrl5, require4, grammar2;
var init_grammar2 = __esm({
  "src/engine/languages/xml/grammar.ts"() {
    "use strict";
    init_built_module_url();
    import_node_module3 = require("node:module");
    __moduleUrl5 = __builtModuleUrl("src/engine/languages/xml/grammar.js");
    require4 = (0, import_node_module3.createRequire)(__moduleUrl5);
  }
});

// src/engine/languages/xml/parse.ts
function parseXml(text, editedTree) {
  return parse2(text, editedTree);
}
var parse2;
var init_parse2 = __esm({
  "src/engine/languages/xml/parse.ts"() {
    "use strict";
    init_built_module_url();
    init_tree_sitter_core();
    init_grammar2();
    parse2 = grammarParser(xmlGrammar);
  }
});

// src/engine/languages/language.ts
function isOfKind(kind, fileName) {
  const name = fileName.toLowerCase();
  return (kind.fileNames ?? []).some((whole) => whole.toLowerCase() === name) || (kind.extensions ?? []).some((extension) => name.length > extension.length && name.endsWith(extension.toLowerCase()));
}
var init_language = __esm({
  "src/engine/languages/language.ts"() {
    "use strict";
    init_built_module_url();
  }
});

// src/engine/languages/xml/dialects.ts
function xmlFileKind(path) {
  const name = path.split(/[\\/]/).pop() ?? "";
  return XML_DIALECTS.find((dialect) => isOfKind(dialect, name))?.id;
}
var XML_DIALECTS;
var init_dialects = __esm({
  "src/engine/languages/xml/dialects.ts"() {
    "use strict";
    init_built_module_url();
    init_language();
    XML_DIALECTS = [
      { id: "msbuild-project", description: "MSBuild C# projects", extensions: [".csproj"] },
      { id: "app-config", description: "application configuration files", fileNames: ["App.config"], extensions: [".exe.config"] }
    ];
  }
});

// src/authoring/xml-syntax.ts
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
    const quoted2 = attribute.children.find((child) => child.type === "AttValue");
    if (!quoted2) continue;
    const start = quoted2.startIndex + 1;
    const end = quoted2.endIndex - 1;
    const raw = quoted2.text.slice(1, -1);
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
var TEXT_PARTS, PREDEFINED;
var init_xml_syntax = __esm({
  "src/authoring/xml-syntax.ts"() {
    "use strict";
    init_built_module_url();
    TEXT_PARTS = /* @__PURE__ */ new Set(["CharData", "EntityRef", "CharRef", "CDSect"]);
    PREDEFINED = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
  }
});

// src/authoring/msbuild-project.ts
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
var init_msbuild_project = __esm({
  "src/authoring/msbuild-project.ts"() {
    "use strict";
    init_built_module_url();
    init_xml_syntax();
  }
});

// src/authoring/ucma-project.ts
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
var UCMA4_REQUIREMENTS, UCMA4_RUNTIME, COLLABORATION;
var init_ucma_project = __esm({
  "src/authoring/ucma-project.ts"() {
    "use strict";
    init_built_module_url();
    init_dialects();
    init_msbuild_project();
    UCMA4_REQUIREMENTS = {
      title: "UCMA 4.0 SDK software and hardware requirements (Lync Server 2013 / UCMA 4.0 SDK documentation, ucma-4-0-sdk-software-and-hardware-requirements.md)",
      url: "https://msdn.microsoft.com/library/Dn465960(v=office.15)"
    };
    UCMA4_RUNTIME = {
      title: "UCMA 4.0 Runtime (Lync Server 2013 / UCMA 4.0 SDK documentation, ucma-4-0-runtime.md)",
      url: "https://msdn.microsoft.com/en-us/library/Dn466090(v=office.15)"
    };
    COLLABORATION = "microsoft.rtc.collaboration";
  }
});

// src/index.ts
var init_index = __esm({
  "src/index.ts"() {
    "use strict";
    init_built_module_url();
    init_transform();
    init_parse();
    init_edit_builders();
    init_tree_helpers();
    init_tree_sitter_core();
    init_csharp_syntax();
    init_preprocessor();
    init_live_syntax_errors();
    init_line_index();
    init_project_index();
    init_type_names();
    init_type_resolver();
    init_known_types();
    init_ucma_types();
    init_ucma_types();
    init_provisioning_types();
    init_migration_target2();
    init_parse2();
    init_dialects();
    init_xml_syntax();
    init_msbuild_project();
    init_ucma_project();
  }
});

// transforms/provisioner-tls-target.ts
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
  const open3 = verdicts.filter(({ verdict: verdict2 }) => verdict2.kind !== "done");
  if (open3.length === 0) return none();
  if (chosen.length > 1) {
    const lines = chosen.map((candidate2) => candidate2.statement.startPosition.row + 1).join(", ");
    return none(
      warning(
        name,
        `Application.GetApplication has ${chosen.length} if statements that test TlsTarget for null or empty where each TrustedService is made (lines ${lines}), and their role does not decide which one starts a pool; none was changed. Decide which, then ${MANUAL_CHANGE}.`
      )
    );
  }
  const { candidate, verdict } = open3[0];
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
  if (evidence.kind === "foreach") return isSameNode(evidence.node, candidate.loop);
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
  for (let current = node.parent; current && !isSameNode(current, within); current = current.parent) {
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
      const initializer = namedChildrenWithoutComments(node).filter((child) => !isSameNode(child, node.childForFieldName("name"))).at(-1);
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
function declarationsOf(scope, name) {
  const found = [];
  for (const identifier of findIdentifiers(scope, name)) {
    const owner = identifier.parent;
    const field2 = owner ? NAME_FIELDS.get(owner.type) : void 0;
    const named = field2 ? owner.childForFieldName(field2) : null;
    if (named && isSameNode(named, identifier)) found.push(owner);
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
    const initializer = namedChildrenWithoutComments(declarator).filter((child) => !name || !isSameNode(child, name)).at(-1);
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
    const atTopLevel = comparisons.find((found2) => operands.some((operand) => isSameNode(operand, found2.node)));
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
  return tests.some((test) => isSameNode(test, unwrapParentheses(node))) || nullTestedEntry(node, scope) !== void 0;
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
  for (let current = node; current && !isSameNode(current, within); current = current.parent) {
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
    const { line: line2 } = positionAt(context.text, site.start + match.index);
    diagnostics.push(
      error(
        site,
        `Application.GetApplication (line ${line2}) does not parse (${describeSyntaxError(site)}); not changed. Fix the syntax and run again, or ${MANUAL_CHANGE}.`
      )
    );
  }
  return diagnostics;
}
function capitalize(sentence) {
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
var __moduleUrl6, DOCUMENT, MANUAL_CHANGE, provisioner_tls_target_default, NAME_FIELDS, declaresStringComparisonCache;
var init_provisioner_tls_target = __esm({
  "transforms/provisioner-tls-target.ts"() {
    "use strict";
    init_built_module_url();
    init_index();
    __moduleUrl6 = __builtModuleUrl("transforms/provisioner-tls-target.js");
    DOCUMENT = "Modifying ApplicationProvisioner.exe sample code";
    MANUAL_CHANGE = `add "|| <entry>.TlsTarget.Equals(<entry>.Fqdn, StringComparison.OrdinalIgnoreCase)" to the condition that tests string.IsNullOrEmpty(<entry>.TlsTarget), as "${DOCUMENT}" shows`;
    provisioner_tls_target_default = defineTransform(
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
      __moduleUrl6
    );
    NAME_FIELDS = /* @__PURE__ */ new Map([
      ["variable_declarator", "name"],
      ["parameter", "name"],
      ["foreach_statement", "left"],
      ["assignment_expression", "left"]
    ]);
    declaresStringComparisonCache = /* @__PURE__ */ new WeakMap();
  }
});

// transforms/ucma4-api-members-rules.ts
function ruleTypeName(rule) {
  return `${rule.namespace}.${rule.type}`;
}
function ruleMemberLabel(rule) {
  if (rule.kind === "type") return rule.type;
  if (rule.kind === "constructor") return `the ${rule.type}(${(rule.parameters ?? []).join(", ")}) constructor`;
  if (rule.kind === "method") return `${rule.type}.${rule.member}(${(rule.parameters ?? []).join(", ")})`;
  return `${rule.type}.${rule.member}`;
}
function ruleMessage(rule, extra) {
  const replacement2 = rule.replacement ? `use ${rule.replacement}` : "no replacement is documented";
  const note2 = rule.note ? ` (${rule.note})` : "";
  const why = extra ? `; ${extra}` : "";
  return `${ruleMemberLabel(rule)} is ${STATUS_WORDS[rule.status]}: ${replacement2}${note2}${why} [${rule.id}]`;
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
  const replacement2 = rule.replacement ? `Use ${rule.replacement} instead.` : "The documentation names no replacement.";
  const note2 = rule.note ? ` Note: ${rule.note}.` : "";
  const fix = rule.fix ? " ucma-codemod makes the change itself where it can prove the receiver is this UCMA type." : " ucma-codemod reports each use on a receiver it can prove is this UCMA type; change it by hand.";
  return `${ruleMemberLabel(rule)} (${rule.namespace}) is ${STATUS_WORDS[rule.status]}. ${replacement2}${note2}${fix}`;
}
var C2, AV2, CM2, CONF2, S2, API_MEMBER_RULES, STATUS_WORDS;
var init_ucma4_api_members_rules = __esm({
  "transforms/ucma4-api-members-rules.ts"() {
    "use strict";
    init_built_module_url();
    C2 = "Microsoft.Rtc.Collaboration";
    AV2 = `${C2}.AudioVideo`;
    CM2 = `${C2}.ComponentModel`;
    CONF2 = `${C2}.ConferenceManagement`;
    S2 = "Microsoft.Rtc.Signaling";
    API_MEMBER_RULES = [
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
    STATUS_WORDS = {
      removed: "removed in UCMA 4.0",
      obsolete: "obsolete in UCMA 4.0",
      internal: "internal in UCMA 4.0 (no longer public)",
      "read-only": "read-only in UCMA 4.0 (its setter was removed)"
    };
  }
});

// transforms/ucma4-api-members-evidence.ts
function quote(node) {
  const text = node.text.replace(/\s+/g, " ");
  return `\`${text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED - 1)}\u2026` : text}\``;
}
function inherited(type, owner) {
  return owner.fullName === type.fullName ? "" : `; the member is inherited from ${owner.fullName}`;
}
function receiverEvidence(receiver, type, namesType, owner) {
  const node = unwrapParentheses(receiver);
  const it = quote(node);
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
  return `${quote(node)} names the type ${type.fullName}.`;
}
var MAX_QUOTED;
var init_ucma4_api_members_evidence = __esm({
  "transforms/ucma4-api-members-evidence.ts"() {
    "use strict";
    init_built_module_url();
    init_index();
    MAX_QUOTED = 40;
  }
});

// transforms/ucma4-api-members.ts
function ruleDocumentation(id) {
  const rows2 = API_MEMBER_RULES.filter((r) => r.id === id);
  const numbers = rows2.map((r) => r.row);
  const replacement2 = rows2.find((r) => r.replacement !== void 0)?.replacement;
  return {
    code: `UCMA4${String(Math.min(...numbers)).padStart(3, "0")}`,
    reference: `${numbers.length === 1 ? "row" : "rows"} ${numbers.join(", ")}`,
    ...replacement2 === void 0 ? {} : { replacement: replacement2 }
  };
}
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
  const open3 = list.child(0);
  const close = list.child(list.childCount - 1);
  if (open3?.type !== "(" || close?.type !== ")") return void 0;
  const typeName = spellType(CONNECTION_CONTEXT, invocation, resolver);
  return [insertAfter(open3, `new ${typeName}(`), insertBefore(close, ")")];
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
  const count4 = parameters.namedChildren.filter((c) => c.type === "parameter").length;
  for (const base of resolver.basesOf(self)) {
    const found = resolver.findMember(base, name.text);
    if (!found || found.declaredInProject) continue;
    const rule = (MEMBER_RULES.get(name.text) ?? []).find(
      (r) => r.kind === "method" && r.fix !== "override-parameter-type" && ruleTypeName(r) === found.owner.fullName && (r.parameters ?? []).length === count4
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
var __moduleUrl7, C3, S3, CONNECTION_CONTEXT, CALL_MESSAGE_RECEIVED_EVENT_ARGS, MESSAGE_RECEIVED_EVENT_ARGS, MEDIA_PROVIDER, EVIDENCE, MEMBER_RULES, CONSTRUCTOR_RULES, TYPE_RULES, LISTED_NAMES, CONSTRUCTED_TYPE_NAMES, RULE_IDS, REQUIRED_TEXT, ucma4_api_members_default, Findings, FixedOverrides, NOT_AN_EXPRESSION;
var init_ucma4_api_members = __esm({
  "transforms/ucma4-api-members.ts"() {
    "use strict";
    init_built_module_url();
    init_index();
    init_ucma4_api_members_rules();
    init_ucma4_api_members_evidence();
    __moduleUrl7 = __builtModuleUrl("transforms/ucma4-api-members.js");
    C3 = "Microsoft.Rtc.Collaboration";
    S3 = "Microsoft.Rtc.Signaling";
    CONNECTION_CONTEXT = `${S3}.ConnectionContext`;
    CALL_MESSAGE_RECEIVED_EVENT_ARGS = `${C3}.CallMessageReceivedEventArgs`;
    MESSAGE_RECEIVED_EVENT_ARGS = `${S3}.MessageReceivedEventArgs`;
    MEDIA_PROVIDER = `${C3}.ComponentModel.MediaProvider`;
    EVIDENCE = {
      // RealTimeEndpoint(String, String, Boolean) against (String, RealTimeConnectionManager, RealTimeEndpointSettings).
      43: [
        { index: 1, type: "System.String" },
        { index: 2, type: "System.Boolean" }
      ],
      // HandleMessage(CallDialogContext, MessageReceivedEventArgs) against (..., CallMessageReceivedEventArgs).
      29: [{ index: 1, type: MESSAGE_RECEIVED_EVENT_ARGS }]
    };
    MEMBER_RULES = groupBy(
      API_MEMBER_RULES.filter((r) => r.kind === "method" || r.kind === "property" || r.kind === "enum-member"),
      (r) => r.member
    );
    CONSTRUCTOR_RULES = groupBy(
      API_MEMBER_RULES.filter((r) => r.kind === "constructor"),
      (r) => ruleTypeName(r)
    );
    TYPE_RULES = groupBy(
      API_MEMBER_RULES.filter((r) => r.kind === "type"),
      (r) => r.type
    );
    LISTED_NAMES = [...MEMBER_RULES.keys(), ...TYPE_RULES.keys()];
    CONSTRUCTED_TYPE_NAMES = new Set(API_MEMBER_RULES.filter((r) => r.kind === "constructor").map((r) => r.type));
    RULE_IDS = [...new Map(API_MEMBER_RULES.map((r) => [r.id, r])).values()];
    REQUIRED_TEXT = [
      .../* @__PURE__ */ new Set([
        ...API_MEMBER_RULES.map((r) => r.member),
        ...API_MEMBER_RULES.filter((r) => r.kind === "constructor" || r.kind === "type").map((r) => r.type),
        "base(",
        "base ("
      ])
    ];
    ucma4_api_members_default = defineTransform(
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
      __moduleUrl7
    );
    Findings = class {
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
    FixedOverrides = class {
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
    NOT_AN_EXPRESSION = /* @__PURE__ */ new Set([
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
  }
});

// transforms/ucma4-config-runtime.ts
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
var __moduleUrl8, SKU_45, CLR2, ucma4_config_runtime_default;
var init_ucma4_config_runtime = __esm({
  "transforms/ucma4-config-runtime.ts"() {
    "use strict";
    init_built_module_url();
    init_index();
    __moduleUrl8 = __builtModuleUrl("transforms/ucma4-config-runtime.js");
    SKU_45 = ".NETFramework,Version=v4.5";
    CLR2 = "v2.0.50727";
    ucma4_config_runtime_default = defineTransform(
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
      __moduleUrl8
    );
  }
});

// transforms/ucma4-project-64-bit.ts
function ownProperty(group, name) {
  return group.properties.filter((property4) => property4.name === name && property4.condition === void 0).pop();
}
function inferredPlatformTarget(project, group) {
  const platform = (group.scope.kind === "configuration" ? group.scope.platform : void 0) ?? propertyValue(globalProperty(project, "Platform")) ?? "AnyCPU";
  const lower = platform.toLowerCase();
  return lower === "x86" || lower === "x64" ? lower : "anycpu";
}
var __moduleUrl9, EXECUTABLE_OUTPUT_TYPES, ucma4_project_64_bit_default;
var init_ucma4_project_64_bit = __esm({
  "transforms/ucma4-project-64-bit.ts"() {
    "use strict";
    init_built_module_url();
    init_index();
    __moduleUrl9 = __builtModuleUrl("transforms/ucma4-project-64-bit.js");
    EXECUTABLE_OUTPUT_TYPES = /* @__PURE__ */ new Set(["exe", "winexe", "appcontainerexe", ""]);
    ucma4_project_64_bit_default = defineTransform(
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
            const own3 = ownProperty(group, "Prefer32Bit");
            const ownValue = propertyValue(own3)?.toLowerCase();
            if (own3 && ownValue === "true" && own3.text) edits.push(replace(own3.text, "false"));
            else if (!own3 && !defaultIsFalse) {
              const insertion = appendChildElement(context.text, group.element, "<Prefer32Bit>false</Prefer32Bit>");
              if (insertion) edits.push(insertion);
            }
          }
          return { edits, diagnostics };
        }
      },
      __moduleUrl9
    );
  }
});

// transforms/ucma4-project-references.ts
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
var __moduleUrl10, VERSIONED_WITH_UCMA, VOICEXML, UCMA3_FOLDER, UCMA4_FOLDER, ucma4_project_references_default;
var init_ucma4_project_references = __esm({
  "transforms/ucma4-project-references.ts"() {
    "use strict";
    init_built_module_url();
    init_index();
    __moduleUrl10 = __builtModuleUrl("transforms/ucma4-project-references.js");
    VERSIONED_WITH_UCMA = /* @__PURE__ */ new Set(["microsoft.rtc.collaboration", "microsoft.rtc.collaboration.persistentchat"]);
    VOICEXML = "microsoft.rtc.collaboration.audiovideo.voicexml";
    UCMA3_FOLDER = "Microsoft UCMA 3.0";
    UCMA4_FOLDER = "Microsoft UCMA 4.0";
    ucma4_project_references_default = defineTransform(
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
      __moduleUrl10
    );
  }
});

// transforms/ucma4-project-target-framework.ts
var __moduleUrl11, ucma4_project_target_framework_default;
var init_ucma4_project_target_framework = __esm({
  "transforms/ucma4-project-target-framework.ts"() {
    "use strict";
    init_built_module_url();
    init_index();
    __moduleUrl11 = __builtModuleUrl("transforms/ucma4-project-target-framework.js");
    ucma4_project_target_framework_default = defineTransform(
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
      __moduleUrl11
    );
  }
});

// transforms/ucma4-provisioning-rules.ts
function page(file, title, library) {
  return {
    title: `${title} (Lync Server 2013 / UCMA 4.0 SDK documentation, ${file})`,
    url: `https://msdn.microsoft.com/library/${library}(v=office.15)`,
    path: `docs/ucma-sdk/${file}`
  };
}
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
var PAGES, TRANSFORM_CODES, PROVISIONING_RULES;
var init_ucma4_provisioning_rules = __esm({
  "transforms/ucma4-provisioning-rules.ts"() {
    "use strict";
    init_built_module_url();
    PAGES = {
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
    TRANSFORM_CODES = {
      "ucma4-provisioning": "UCMA0300",
      "ucma4-provisioning-config": "UCMA0320"
    };
    PROVISIONING_RULES = [
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
  }
});

// transforms/ucma4-provisioning-findings.ts
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
var Findings2;
var init_ucma4_provisioning_findings = __esm({
  "transforms/ucma4-provisioning-findings.ts"() {
    "use strict";
    init_built_module_url();
    init_index();
    init_ucma4_provisioning_rules();
    Findings2 = class {
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
  }
});

// transforms/ucma4-provisioning-flow.ts
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
  let isPrivate2 = false;
  const assignments = [];
  for (const declarator of root.descendantsOfType("variable_declarator")) {
    const field2 = declarator.parent?.parent;
    if (field2?.type !== "field_declaration" || declarator.childForFieldName("name")?.text !== fieldName) continue;
    if (resolver.enclosingTypeAt(declarator)?.fullName !== typeName) continue;
    const modifiers = field2.namedChildren.filter((c) => c.type === "modifier").map((c) => c.text);
    isPrivate2 = !modifiers.some((m) => m === "public" || m === "internal" || m === "protected");
    const value2 = declaratorValue(declarator);
    if (value2) assignments.push({ value: value2, at: declarator });
  }
  if (!isPrivate2) return void 0;
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
var FUNCTION_BOUNDARIES2;
var init_ucma4_provisioning_flow = __esm({
  "transforms/ucma4-provisioning-flow.ts"() {
    "use strict";
    init_built_module_url();
    FUNCTION_BOUNDARIES2 = /* @__PURE__ */ new Set([
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
  }
});

// transforms/ucma4-provisioning-project.ts
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
var settingsCache, EXECUTABLE_OUTPUT_TYPES2;
var init_ucma4_provisioning_project = __esm({
  "transforms/ucma4-provisioning-project.ts"() {
    "use strict";
    init_built_module_url();
    init_index();
    settingsCache = /* @__PURE__ */ new WeakMap();
    EXECUTABLE_OUTPUT_TYPES2 = /* @__PURE__ */ new Set(["exe", "winexe", "appcontainerexe", ""]);
  }
});

// transforms/ucma4-provisioning-startup.ts
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
  const own3 = catchCoverage(invocation, PROVISIONING_FAILURE, file.resolver, inner);
  if (own3 !== "not-covered") return { kind: own3 };
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
var C4, COLLABORATION_PLATFORM, PROVISIONED_SETTINGS, MANUAL_PLATFORM_SETTINGS, PROVISIONING_FAILURE, APPLICATION_ENDPOINT, APPLICATION_ENDPOINT_SETTINGS, INVOCATIONS;
var init_ucma4_provisioning_startup = __esm({
  "transforms/ucma4-provisioning-startup.ts"() {
    "use strict";
    init_built_module_url();
    init_ucma4_provisioning_flow();
    init_ucma4_provisioning_findings();
    C4 = "Microsoft.Rtc.Collaboration";
    COLLABORATION_PLATFORM = `${C4}.CollaborationPlatform`;
    PROVISIONED_SETTINGS = `${C4}.ProvisionedApplicationPlatformSettings`;
    MANUAL_PLATFORM_SETTINGS = [`${C4}.ServerPlatformSettings`, `${C4}.ClientPlatformSettings`];
    PROVISIONING_FAILURE = `${C4}.ProvisioningFailureException`;
    APPLICATION_ENDPOINT = `${C4}.ApplicationEndpoint`;
    APPLICATION_ENDPOINT_SETTINGS = `${C4}.ApplicationEndpointSettings`;
    INVOCATIONS = /* @__PURE__ */ new Set(["invocation_expression"]);
  }
});

// transforms/ucma4-provisioning-identity.ts
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
var RULE, CONFIGURATION_MANAGER;
var init_ucma4_provisioning_identity = __esm({
  "transforms/ucma4-provisioning-identity.ts"() {
    "use strict";
    init_built_module_url();
    init_ucma4_provisioning_flow();
    init_ucma4_provisioning_findings();
    init_ucma4_provisioning_project();
    init_ucma4_provisioning_startup();
    RULE = "application-id-matches-legacy-name";
    CONFIGURATION_MANAGER = "System.Configuration.ConfigurationManager";
  }
});

// transforms/ucma4-provisioning-hosting.ts
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
      const command2 = unwrap(parts.receiver);
      const commandParts = command2.type === "invocation_expression" ? calleeParts(command2) : void 0;
      if (commandParts?.name !== "AddCommand" || !commandParts.receiver || !isImportModule(argumentStrings(command2)[0])) continue;
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
var RULE2, SMA2, RUNSPACES2, INITIAL_SESSION_STATE, POWERSHELL, COMMAND_COLLECTION, RUNSPACE_FACTORY, CONNECTION_INFO, IMPORT_LYNC_SCRIPT, LYNC_MODULE, HOSTING_METHODS;
var init_ucma4_provisioning_hosting = __esm({
  "transforms/ucma4-provisioning-hosting.ts"() {
    "use strict";
    init_built_module_url();
    init_ucma4_provisioning_flow();
    init_ucma4_provisioning_findings();
    init_ucma4_provisioning_identity();
    init_ucma4_provisioning_project();
    RULE2 = "lync-module-needs-64-bit";
    SMA2 = "System.Management.Automation";
    RUNSPACES2 = `${SMA2}.Runspaces`;
    INITIAL_SESSION_STATE = `${RUNSPACES2}.InitialSessionState`;
    POWERSHELL = `${SMA2}.PowerShell`;
    COMMAND_COLLECTION = `${RUNSPACES2}.CommandCollection`;
    RUNSPACE_FACTORY = `${RUNSPACES2}.RunspaceFactory`;
    CONNECTION_INFO = `${RUNSPACES2}.RunspaceConnectionInfo`;
    IMPORT_LYNC_SCRIPT = /\bImport-Module\s+(?:-Name\s+)?['"]?(?:[^\s'";|]*[\\/])?Lync(?:\.psd1)?['"]?(?=[\s;|]|$)/i;
    LYNC_MODULE = /^(?:.*[\\/])?lync(?:\.psd1)?$/i;
    HOSTING_METHODS = /* @__PURE__ */ new Set(["ImportPSModule", "AddScript", "AddParameter", "AddArgument", "Add"]);
  }
});

// transforms/ucma4-provisioning-gruu.ts
function isOtherGruuKind(value2) {
  return /;\s*gruu\s*;\s*opaque=app:/i.test(value2);
}
function gruuProblem(value2) {
  if (value2 === "" || isOtherGruuKind(value2)) return void 0;
  if (/[\r\n]/.test(value2)) return "it contains a line break (copied from a wrapped console line): join it into one line";
  if (/\s/.test(value2)) return "it contains spaces (copied from the console output): remove them";
  if (!SERVER_GRUU.test(value2)) return "it is not of the form sip:<computer FQDN>@<SIP domain>;gruu;opaque=srvr:<application>:<id>";
  return void 0;
}
var SERVER_GRUU;
var init_ucma4_provisioning_gruu = __esm({
  "transforms/ucma4-provisioning-gruu.ts"() {
    "use strict";
    init_built_module_url();
    SERVER_GRUU = /^sip:[^\s;@]+@[^\s;@]+;gruu;opaque=srvr:[^\s;]+$/i;
  }
});

// transforms/ucma4-provisioning-legacy.ts
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
var C5, WMI_CLASS, STRINGS;
var init_ucma4_provisioning_legacy = __esm({
  "transforms/ucma4-provisioning-legacy.ts"() {
    "use strict";
    init_built_module_url();
    init_ucma4_provisioning_flow();
    init_ucma4_provisioning_gruu();
    init_ucma4_provisioning_identity();
    init_ucma4_provisioning_startup();
    C5 = "Microsoft.Rtc.Collaboration";
    WMI_CLASS = /\bMSFT_SIP\w+/g;
    STRINGS = ["string_literal", "verbatim_string_literal", "raw_string_literal", "interpolated_string_expression"];
  }
});

// transforms/ucma4-provisioning-network.ts
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
var DNS, IP_ADDRESS, CONNECTION_MANAGER, IPV6_SWITCHES, NAME_ONLY, HOST_ENTRY, FIXED_ADDRESSES;
var init_ucma4_provisioning_network = __esm({
  "transforms/ucma4-provisioning-network.ts"() {
    "use strict";
    init_built_module_url();
    init_ucma4_provisioning_flow();
    DNS = "System.Net.Dns";
    IP_ADDRESS = "System.Net.IPAddress";
    CONNECTION_MANAGER = "Microsoft.Rtc.Signaling.RealTimeConnectionManager";
    IPV6_SWITCHES = /* @__PURE__ */ new Set(["IpV6SupportDisabled", "IpV6StackSupportDisabled"]);
    NAME_ONLY = /* @__PURE__ */ new Set(["GetHostName"]);
    HOST_ENTRY = /* @__PURE__ */ new Set(["GetHostEntry", "GetHostByName", "Resolve", "EndGetHostEntry"]);
    FIXED_ADDRESSES = /* @__PURE__ */ new Set(["Any", "Loopback", "Broadcast", "None"]);
  }
});

// transforms/ucma4-provisioning.ts
var __moduleUrl12, ucma4_provisioning_default;
var init_ucma4_provisioning = __esm({
  "transforms/ucma4-provisioning.ts"() {
    "use strict";
    init_built_module_url();
    init_index();
    init_ucma4_provisioning_findings();
    init_ucma4_provisioning_hosting();
    init_ucma4_provisioning_identity();
    init_ucma4_provisioning_legacy();
    init_ucma4_provisioning_network();
    init_ucma4_provisioning_rules();
    init_ucma4_provisioning_startup();
    __moduleUrl12 = __builtModuleUrl("transforms/ucma4-provisioning.js");
    ucma4_provisioning_default = defineTransform(
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
      __moduleUrl12
    );
  }
});

// transforms/ucma4-provisioning-config.ts
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
var __moduleUrl13, LIBRARY, ucma4_provisioning_config_default;
var init_ucma4_provisioning_config = __esm({
  "transforms/ucma4-provisioning-config.ts"() {
    "use strict";
    init_built_module_url();
    init_index();
    init_ucma4_provisioning_findings();
    init_ucma4_provisioning_gruu();
    init_ucma4_provisioning_rules();
    __moduleUrl13 = __builtModuleUrl("transforms/ucma4-provisioning-config.js");
    LIBRARY = "ApplicationProvisioning";
    ucma4_provisioning_config_default = defineTransform(
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
      __moduleUrl13
    );
  }
});

// transforms/index.ts
var builtInTransforms;
var init_transforms = __esm({
  "transforms/index.ts"() {
    "use strict";
    init_built_module_url();
    init_provisioner_tls_target();
    init_ucma4_api_members();
    init_ucma4_config_runtime();
    init_ucma4_project_64_bit();
    init_ucma4_project_references();
    init_ucma4_project_target_framework();
    init_ucma4_provisioning();
    init_ucma4_provisioning_config();
    builtInTransforms = [
      provisioner_tls_target_default,
      ucma4_project_references_default,
      ucma4_project_target_framework_default,
      ucma4_project_64_bit_default,
      ucma4_config_runtime_default,
      ucma4_api_members_default,
      ucma4_provisioning_default,
      ucma4_provisioning_config_default
    ];
  }
});

// src/cli/built-in-transforms.ts
function findBuiltInTransform(id) {
  return builtInTransforms.find((transform) => transform.meta.id === id);
}
function builtInTransformIds() {
  return builtInTransforms.map((transform) => transform.meta.id);
}
var init_built_in_transforms = __esm({
  "src/cli/built-in-transforms.ts"() {
    "use strict";
    init_built_module_url();
    init_transforms();
  }
});

// src/engine/languages/csharp/lexical-guard.ts
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
  const count4 = (pattern) => (inserted.match(pattern) ?? []).length;
  if (count4(/^[ \t]*#[ \t]*if\b/gm) !== count4(/^[ \t]*#[ \t]*endif\b/gm)) return "the inserted #if/#endif directives do not balance";
  if (count4(/^[ \t]*#[ \t]*region\b/gm) !== count4(/^[ \t]*#[ \t]*endregion\b/gm))
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
var init_lexical_guard = __esm({
  "src/engine/languages/csharp/lexical-guard.ts"() {
    "use strict";
    init_built_module_url();
    init_tree_sitter_core();
    init_parse();
  }
});

// src/engine/finding-anchor.ts
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
var import_node_crypto, SNIPPET_LENGTH;
var init_finding_anchor = __esm({
  "src/engine/finding-anchor.ts"() {
    "use strict";
    init_built_module_url();
    import_node_crypto = require("node:crypto");
    SNIPPET_LENGTH = 80;
  }
});

// src/engine/languages/csharp/member-path.ts
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
var CSHARP_CONTAINERS, CSHARP_MEMBERS;
var init_member_path = __esm({
  "src/engine/languages/csharp/member-path.ts"() {
    "use strict";
    init_built_module_url();
    init_finding_anchor();
    CSHARP_CONTAINERS = /* @__PURE__ */ new Set([
      "namespace_declaration",
      "file_scoped_namespace_declaration",
      "class_declaration",
      "struct_declaration",
      "interface_declaration",
      "record_declaration",
      "enum_declaration"
    ]);
    CSHARP_MEMBERS = /* @__PURE__ */ new Set([
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
  }
});

// src/engine/languages/suppression-syntax.ts
var SUPPRESSION_DIRECTIVE;
var init_suppression_syntax = __esm({
  "src/engine/languages/suppression-syntax.ts"() {
    "use strict";
    init_built_module_url();
    SUPPRESSION_DIRECTIVE = "ucma-codemod-disable-next-line";
  }
});

// src/engine/languages/csharp/suppression-syntax.ts
var csharpSuppressionSyntax;
var init_suppression_syntax2 = __esm({
  "src/engine/languages/csharp/suppression-syntax.ts"() {
    "use strict";
    init_built_module_url();
    init_suppression_syntax();
    csharpSuppressionSyntax = {
      commentType: "comment",
      body(commentText) {
        if (/[\r\n]/.test(commentText)) return void 0;
        const match = /^(?:\/\/(?!\/)|\/\*)(.*?)(?:\*\/)?$/s.exec(commentText);
        return match?.[1];
      },
      separator: "--",
      example: (names, reason) => `// ${SUPPRESSION_DIRECTIVE} ${names} -- ${reason}`
    };
  }
});

// src/engine/languages/csharp/index.ts
var csharp;
var init_csharp = __esm({
  "src/engine/languages/csharp/index.ts"() {
    "use strict";
    init_built_module_url();
    init_project_index();
    init_lexical_guard();
    init_live_syntax_errors();
    init_member_path();
    init_parse();
    init_suppression_syntax2();
    csharp = {
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
  }
});

// src/engine/languages/xml/element-path.ts
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
var XML_KEY_ATTRIBUTES;
var init_element_path = __esm({
  "src/engine/languages/xml/element-path.ts"() {
    "use strict";
    init_built_module_url();
    init_finding_anchor();
    XML_KEY_ATTRIBUTES = ["Condition", "Include", "Name"];
  }
});

// src/engine/languages/xml/lexical-guard.ts
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
var OPAQUE_TYPES;
var init_lexical_guard2 = __esm({
  "src/engine/languages/xml/lexical-guard.ts"() {
    "use strict";
    init_built_module_url();
    init_tree_sitter_core();
    OPAQUE_TYPES = /* @__PURE__ */ new Set(["Comment", "CDSect", "PI", "XMLDecl", "doctypedecl"]);
  }
});

// src/engine/languages/xml/prolog.ts
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
var UTF8_NAMES;
var init_prolog = __esm({
  "src/engine/languages/xml/prolog.ts"() {
    "use strict";
    init_built_module_url();
    UTF8_NAMES = /* @__PURE__ */ new Set(["utf-8", "utf8"]);
  }
});

// src/engine/languages/xml/well-formed.ts
function grammarQuirk(node) {
  return node.isMissing && node.type === "_S" && node.parent?.type === "doctypedecl";
}
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
var MAX_XML_DEPTH;
var init_well_formed = __esm({
  "src/engine/languages/xml/well-formed.ts"() {
    "use strict";
    init_built_module_url();
    init_tree_sitter_core();
    MAX_XML_DEPTH = 500;
  }
});

// src/engine/languages/xml/suppression-syntax.ts
var xmlSuppressionSyntax;
var init_suppression_syntax3 = __esm({
  "src/engine/languages/xml/suppression-syntax.ts"() {
    "use strict";
    init_built_module_url();
    init_suppression_syntax();
    xmlSuppressionSyntax = {
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
  }
});

// src/engine/languages/xml/index.ts
var xml;
var init_xml = __esm({
  "src/engine/languages/xml/index.ts"() {
    "use strict";
    init_built_module_url();
    init_tree_sitter_core();
    init_dialects();
    init_element_path();
    init_lexical_guard2();
    init_parse2();
    init_prolog();
    init_well_formed();
    init_suppression_syntax3();
    xml = {
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
  }
});

// src/engine/languages/index.ts
function allLanguages() {
  return LANGUAGES;
}
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
function languageForPathOrThrow(path) {
  const language = languageForPath(path);
  if (language === void 0) throw new Error(`${path} is not a file type ucma-codemod reads`);
  return language;
}
function isReadFile(path) {
  return fileTypeOfPath(path) !== void 0;
}
function languagesOf(meta) {
  return meta.languages ?? [DEFAULT_TRANSFORM_LANGUAGE];
}
var LANGUAGES, DEFAULT_TRANSFORM_LANGUAGE;
var init_languages = __esm({
  "src/engine/languages/index.ts"() {
    "use strict";
    init_built_module_url();
    init_csharp();
    init_language();
    init_xml();
    LANGUAGES = [csharp, xml];
    DEFAULT_TRANSFORM_LANGUAGE = csharp.id;
  }
});

// src/engine/source-text.ts
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
function decodeInspected(bytes, inspected) {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const body = inspected.bom ? buffer.subarray(UTF8_BOM.length) : buffer;
  const text = decodeBody({ encoding: inspected.encoding, body });
  return { text, bom: inspected.bom, encoding: inspected.encoding, lineEnding: inspected.lineEnding };
}
function encodeSource(source, text) {
  if (source.encoding === "latin1") {
    assertLatin1(text);
    return Buffer.from(text, "latin1");
  }
  const body = Buffer.from(text, "utf8");
  return source.bom ? Buffer.concat([UTF8_BOM, body]) : body;
}
function textWithBom(source, text) {
  return source.bom ? BOM_CHAR + text : text;
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
function assertLatin1(text) {
  if (/[^\u0000-\u00ff]/.test(text)) {
    throw new UnsupportedEncodingError("edited text has characters an 8-bit file cannot hold.");
  }
}
function startsWith(buffer, prefix) {
  if (buffer.length < prefix.length) return false;
  return prefix.every((byte, i) => buffer[i] === byte);
}
var import_node_buffer, UnsupportedEncodingError, UTF8_BOM, BOM_CHAR, WIDE_BOMS, utf8;
var init_source_text = __esm({
  "src/engine/source-text.ts"() {
    "use strict";
    init_built_module_url();
    import_node_buffer = require("node:buffer");
    init_user_error();
    UnsupportedEncodingError = class extends UserError {
      constructor(reason, details) {
        super({ reason, ...details ? { details } : {} });
      }
    };
    UTF8_BOM = Buffer.from([239, 187, 191]);
    BOM_CHAR = "\uFEFF";
    WIDE_BOMS = [
      // UTF-32 LE must be tested before UTF-16 LE: it starts with the same two bytes.
      { bytes: [255, 254, 0, 0], name: "UTF-32 LE" },
      { bytes: [0, 0, 254, 255], name: "UTF-32 BE" },
      { bytes: [255, 254], name: "UTF-16 LE" },
      { bytes: [254, 255], name: "UTF-16 BE" }
    ];
    utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  }
});

// src/platform/no-follow.ts
function usesOpenFolders() {
  if (procFdWorks === void 0) {
    procFdWorks = false;
    try {
      const fd = (0, import_node_fs2.openSync)("/", DIRECTORY_FLAGS);
      try {
        procFdWorks = (0, import_node_fs2.existsSync)(`/proc/self/fd/${fd}/.`);
      } finally {
        (0, import_node_fs2.closeSync)(fd);
      }
    } catch {
      procFdWorks = false;
    }
  }
  return procFdWorks;
}
function pathIn(folder, name) {
  return usesOpenFolders() ? `/proc/self/fd/${folder.fd}/${name}` : (0, import_node_path4.join)(folder.path, name);
}
function identityOf(fd) {
  const stats = (0, import_node_fs2.fstatSync)(fd, { bigint: true });
  return `${stats.dev}:${stats.ino}`;
}
function openFolderBelow(base, folder, options2 = {}) {
  const rest = (0, import_node_path4.relative)(base, folder);
  if (rest.startsWith("..") || rest.startsWith(import_node_path4.sep)) throw new Error(`${folder} is not below ${base}`);
  const parts = rest === "" ? [] : rest.split(import_node_path4.sep);
  let fd = (0, import_node_fs2.openSync)(base, DIRECTORY_FLAGS);
  let path = base;
  const chain = [];
  try {
    chain.push(identityOf(fd));
    for (const part of parts) {
      const next = (0, import_node_path4.join)(path, part);
      const inParent = usesOpenFolders() ? `/proc/self/fd/${fd}/${part}` : next;
      let opened;
      try {
        opened = (0, import_node_fs2.openSync)(inParent, NOFOLLOW_DIRECTORY);
      } catch (thrown) {
        const code = thrown.code;
        if (code === "ELOOP" || code === "ENOTDIR" || code === "EMLINK") throw linkOrNot(inParent, next, thrown);
        if (code !== "ENOENT" || options2.create !== true) throw thrown;
        try {
          (0, import_node_fs2.mkdirSync)(inParent);
        } catch (made) {
          if (made.code !== "EEXIST") throw made;
        }
        try {
          opened = (0, import_node_fs2.openSync)(inParent, NOFOLLOW_DIRECTORY);
        } catch (again) {
          const code2 = again.code;
          if (code2 === "ELOOP" || code2 === "ENOTDIR" || code2 === "EMLINK") throw linkOrNot(inParent, next, again);
          throw again;
        }
      }
      (0, import_node_fs2.closeSync)(fd);
      fd = opened;
      path = next;
      chain.push(identityOf(fd));
    }
  } catch (thrown) {
    (0, import_node_fs2.closeSync)(fd);
    throw thrown;
  }
  return { fd, path, chain };
}
function linkOrNot(at, shown, thrown) {
  try {
    if ((0, import_node_fs2.lstatSync)(at).isSymbolicLink()) return new LinkOnPathError(shown);
  } catch {
  }
  return thrown.code === "ELOOP" ? new LinkOnPathError(shown) : thrown;
}
function closeFolder(folder) {
  (0, import_node_fs2.closeSync)(folder.fd);
}
function outputBase(cwd, target) {
  const rest = (0, import_node_path4.relative)(cwd, target);
  if (rest === "" || !rest.startsWith("..") && !(0, import_node_path4.isAbsolute)(rest)) return cwd;
  let folder = (0, import_node_path4.dirname)(target);
  while (!(0, import_node_fs2.existsSync)(folder) && (0, import_node_path4.dirname)(folder) !== folder) folder = (0, import_node_path4.dirname)(folder);
  return folder;
}
function linkFreeBase(cwd, absolute) {
  const left = cwd.split(import_node_path4.sep);
  const right = absolute.split(import_node_path4.sep);
  let shared = 0;
  while (shared < left.length && shared < right.length - 1 && left[shared] === right[shared]) shared++;
  return left.slice(0, shared).join(import_node_path4.sep) || import_node_path4.sep;
}
function kindOfFile(stats) {
  if (stats.isSymbolicLink()) return "a symbolic link";
  if (stats.isDirectory()) return "a folder";
  if (stats.isFIFO()) return "a FIFO (named pipe)";
  if (stats.isSocket()) return "a socket";
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return "a device";
  return "a special file";
}
function readRegularFile(folder, name, maxBytes) {
  let fd;
  try {
    fd = (0, import_node_fs2.openSync)(pathIn(folder, name), import_node_fs2.constants.O_RDONLY | import_node_fs2.constants.O_NOFOLLOW | import_node_fs2.constants.O_NONBLOCK);
  } catch (thrown) {
    const code = thrown.code;
    if (code === "ELOOP" || code === "EMLINK") throw new NotRegularFileError("a symbolic link");
    throw thrown;
  }
  try {
    const stats = (0, import_node_fs2.fstatSync)(fd, { bigint: true });
    if (!stats.isFile()) throw new NotRegularFileError(kindOfFile(stats));
    const size = Number(stats.size);
    if (size > maxBytes) return { oversize: size };
    const chunks = [];
    let total = 0;
    let buffer = Buffer.allocUnsafe(Math.min(size + 1, maxBytes + 1) || 1);
    let filled = 0;
    for (; ; ) {
      const read = (0, import_node_fs2.readSync)(fd, buffer, filled, buffer.length - filled, null);
      if (read === 0) break;
      filled += read;
      total += read;
      if (total > maxBytes) return { oversize: total };
      if (filled === buffer.length) {
        chunks.push(buffer);
        buffer = Buffer.allocUnsafe(Math.min(64 * 1024, maxBytes + 1 - total));
        filled = 0;
      }
    }
    if (filled > 0) chunks.push(buffer.subarray(0, filled));
    return {
      bytes: chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total),
      mode: Number(stats.mode),
      uid: Number(stats.uid),
      gid: Number(stats.gid),
      id: `${stats.dev}:${stats.ino}`
    };
  } finally {
    (0, import_node_fs2.closeSync)(fd);
  }
}
function readFileBelow(cwd, absolute, maxBytes) {
  const folder = openFolderBelow(linkFreeBase(cwd, absolute), (0, import_node_path4.dirname)(absolute));
  try {
    return readRegularFile(folder, (0, import_node_path4.basename)(absolute), maxBytes);
  } finally {
    closeFolder(folder);
  }
}
var import_node_fs2, import_node_path4, LinkOnPathError, DIRECTORY_FLAGS, NOFOLLOW_DIRECTORY, procFdWorks, NotRegularFileError, FolderCache;
var init_no_follow = __esm({
  "src/platform/no-follow.ts"() {
    "use strict";
    init_built_module_url();
    import_node_fs2 = require("node:fs");
    import_node_path4 = require("node:path");
    LinkOnPathError = class extends Error {
      constructor(link2) {
        super(`${link2} is a symbolic link; it is never followed`);
        this.link = link2;
        this.name = "LinkOnPathError";
      }
      link;
      code = "ELINKONPATH";
    };
    DIRECTORY_FLAGS = import_node_fs2.constants.O_RDONLY | import_node_fs2.constants.O_DIRECTORY;
    NOFOLLOW_DIRECTORY = DIRECTORY_FLAGS | import_node_fs2.constants.O_NOFOLLOW;
    NotRegularFileError = class extends Error {
      constructor(kind) {
        super(`is ${kind}, not a regular file; not read`);
        this.kind = kind;
        this.name = "NotRegularFileError";
      }
      kind;
      code = "ENOTREGULAR";
    };
    FolderCache = class {
      constructor(limit = 16) {
        this.limit = limit;
      }
      limit;
      open = /* @__PURE__ */ new Map();
      /** The open folder (base and folder as in openFolderBelow), opened now or kept from before. */
      get(base, folder) {
        const key = `${base}\0${folder}`;
        const kept = this.open.get(key);
        if (kept) {
          this.open.delete(key);
          this.open.set(key, kept);
          return kept;
        }
        const opened = openFolderBelow(base, folder);
        this.open.set(key, opened);
        if (this.open.size > this.limit) {
          const [oldest, folderToClose] = this.open.entries().next().value;
          this.open.delete(oldest);
          closeFolder(folderToClose);
        }
        return opened;
      }
      /** Forgets one folder (it was removed or replaced: the next read opens it afresh). */
      forget(base, folder) {
        const key = `${base}\0${folder}`;
        const kept = this.open.get(key);
        if (kept) closeFolder(kept);
        this.open.delete(key);
      }
      /** Closes every kept folder. */
      clear() {
        for (const folder of this.open.values()) closeFolder(folder);
        this.open.clear();
      }
    };
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

// src/platform/run-git.ts
function gitBytes(cwd, args, options2 = {}) {
  return new Promise((resolvePromise, reject) => {
    const child = (0, import_node_child_process.spawn)("git", args, { cwd, stdio: ["pipe", "pipe", "pipe"] });
    const stdout = [];
    const stderr = [];
    child.stdout.on("data", (chunk) => stdout.push(chunk));
    child.stderr.on("data", (chunk) => stderr.push(chunk));
    child.on("error", (thrown) => reject(new GitError(args, thrown.message)));
    child.on("close", (status) => {
      if ((options2.okStatuses ?? [0]).includes(status ?? -1)) resolvePromise(Buffer.concat(stdout));
      else reject(new GitError(args, Buffer.concat(stderr).toString("utf8")));
    });
    child.stdin.on("error", () => void 0);
    child.stdin.end(options2.input ?? "");
  });
}
async function git(cwd, args, options2 = {}) {
  return (await gitBytes(cwd, args, options2)).toString("utf8");
}
async function isInsideWorkTree(cwd) {
  return (await git(cwd, ["rev-parse", "--is-inside-work-tree"]).catch(() => "false")).trim() === "true";
}
async function workTreeTop(cwd) {
  const top = (await git(cwd, ["rev-parse", "--show-toplevel"]).catch(() => "")).trim();
  return top === "" ? void 0 : top;
}
var import_node_child_process, GitError;
var init_run_git = __esm({
  "src/platform/run-git.ts"() {
    "use strict";
    init_built_module_url();
    init_user_error();
    import_node_child_process = __toESM(require_node_child_process(), 1);
    GitError = class extends UserError {
      constructor(args, stderr) {
        super({ reason: `git ${args[0] ?? ""} failed${stderr.trim() ? `: ${stderr.trim()}` : ""}` });
        this.args = args;
        this.stderr = stderr;
      }
      args;
      stderr;
    };
  }
});

// src/engine/languages/file-patterns.ts
function allKinds() {
  return allLanguages().flatMap((language) => language.fileKinds);
}
function readFileGlobs() {
  return globsOf(allKinds());
}
function globsOf(kinds) {
  return kinds.flatMap((kind) => [...(kind.extensions ?? []).map((extension) => `*${extension}`), ...kind.fileNames ?? []]);
}
function describeReadFiles(conjunction = "and") {
  return phrase(readFileGlobs(), conjunction);
}
function describeSuppressionComments() {
  const forms = allLanguages().flatMap(
    (language) => language.suppressionComments ? [
      `"${language.suppressionComments.example("<id>", "<reason>")}" in ${language.name} files (${globsOf(language.fileKinds).join(", ")})`
    ] : []
  );
  return phrase(forms, "or");
}
function phrase(items, conjunction) {
  return items.length <= 1 ? items[0] ?? "" : `${items.slice(0, -1).join(", ")} ${conjunction} ${items.at(-1)}`;
}
function fixtureExtensions() {
  return allKinds().flatMap((kind) => (kind.extensions ?? []).map((extension) => extension.slice(1)));
}
function readFilePathspecs() {
  return readFileGlobs().map((glob) => `:(glob,icase)**/${glob}`);
}
var init_file_patterns = __esm({
  "src/engine/languages/file-patterns.ts"() {
    "use strict";
    init_built_module_url();
    init_languages();
  }
});

// src/inputs/discover-files.ts
function toDisplayPath(absolutePath, cwd) {
  const rel = (0, import_node_path5.relative)(cwd, absolutePath);
  return (rel === "" ? "." : rel).split(import_node_path5.sep).join("/");
}
function isSkippedDirectory(name) {
  return SKIPPED_DIRECTORIES.has(name.toLowerCase());
}
async function discoverFiles(paths, cwd) {
  const files = /* @__PURE__ */ new Map();
  const skipped = [];
  const errors = [];
  const display2 = (absolute) => toDisplayPath(absolute, cwd);
  for (const given of paths.length > 0 ? paths : ["."]) {
    const absolute = (0, import_node_path5.resolve)(cwd, given);
    let stats;
    try {
      stats = await (0, import_promises.lstat)(absolute);
    } catch (thrown) {
      errors.push({ displayPath: display2(absolute), reason: describeFsError(thrown) });
      continue;
    }
    const link2 = stats.isSymbolicLink() ? void 0 : await symbolicLinkOnTheWay(absolute, cwd);
    if (stats.isSymbolicLink()) {
      skipped.push({ displayPath: display2(absolute), reason: "symbolic link, not followed; pass the file it points to" });
    } else if (link2 !== void 0) {
      skipped.push({
        displayPath: display2(absolute),
        reason: `the path goes through the symbolic link ${display2(link2)}, which is not followed; pass the real path`
      });
    } else if (stats.isFile()) {
      if (isReadFile(absolute)) files.set(absolute, { absolutePath: absolute, displayPath: display2(absolute) });
      else skipped.push({ displayPath: display2(absolute), reason: `not a ${describeReadFiles("or")} file` });
    } else if (stats.isDirectory()) {
      const walked = await walkDirectory(absolute, errors, display2);
      const found = await dropGitIgnoredByRepository(absolute, walked.files, walked.nestedRepositories);
      for (const file of found) files.set(file, { absolutePath: file, displayPath: display2(file) });
      for (const path of await dropGitIgnoredByRepository(absolute, walked.symbolicLinks, walked.nestedRepositories)) {
        skipped.push({ displayPath: display2(path), reason: "symbolic link, not followed" });
      }
      const specials = new Map(walked.specialFiles);
      for (const path of await dropGitIgnoredByRepository(absolute, [...specials.keys()], walked.nestedRepositories)) {
        skipped.push({ displayPath: display2(path), reason: `${specials.get(path)}, not a regular file; not read` });
      }
    } else {
      skipped.push({ displayPath: display2(absolute), reason: `${kindOfFile(stats)}, not a regular file or directory; not read` });
    }
  }
  const sorted = [...files.values()].sort((a, b) => compareCodePoints(a.displayPath, b.displayPath));
  return { files: sorted, skipped, errors };
}
async function walkDirectory(root, errors, display2) {
  const found = [];
  const symbolicLinks = [];
  const specialFiles = [];
  const nestedRepositories = [];
  const visit = async (directory) => {
    let entries;
    try {
      entries = await (0, import_promises.readdir)(directory, { withFileTypes: true });
    } catch (thrown) {
      errors.push({ displayPath: display2(directory), reason: describeFsError(thrown) });
      return;
    }
    entries.sort((a, b) => compareCodePoints(a.name, b.name));
    if (directory !== root && entries.some((entry) => entry.name === ".git")) nestedRepositories.push(directory);
    for (const entry of entries) {
      const path = (0, import_node_path5.join)(directory, entry.name);
      if (entry.isDirectory()) {
        if (!isSkippedDirectory(entry.name)) await visit(path);
      } else if (entry.isFile() && isReadFile(entry.name)) {
        found.push(path);
      } else if (entry.isSymbolicLink()) {
        symbolicLinks.push(path);
      } else if (!entry.isFile() && isReadFile(entry.name)) {
        specialFiles.push([path, kindOfFile(entry)]);
      }
    }
  };
  await visit(root);
  return { files: found, symbolicLinks, specialFiles, nestedRepositories };
}
async function symbolicLinkOnTheWay(absolute, cwd) {
  const base = commonAncestor((0, import_node_path5.resolve)(cwd), absolute);
  const directories = [];
  for (let directory = (0, import_node_path5.dirname)(absolute); directory.length > base.length && directory.startsWith(base); directory = (0, import_node_path5.dirname)(directory)) {
    directories.unshift(directory);
  }
  for (const directory of directories) {
    try {
      if ((await (0, import_promises.lstat)(directory)).isSymbolicLink()) return directory;
    } catch {
      return void 0;
    }
  }
  return void 0;
}
function commonAncestor(a, b) {
  const left = a.split(import_node_path5.sep);
  const right = b.split(import_node_path5.sep);
  let shared = 0;
  while (shared < left.length && shared < right.length && left[shared] === right[shared]) shared++;
  return left.slice(0, shared).join(import_node_path5.sep) || import_node_path5.sep;
}
async function dropGitIgnoredByRepository(root, files, nestedRepositories) {
  const groups = /* @__PURE__ */ new Map();
  const repositories = [...nestedRepositories].sort((a, b) => b.length - a.length);
  const ownerOf = (path) => repositories.find((repository) => path.startsWith(`${repository}${import_node_path5.sep}`)) ?? root;
  const workTrees = /* @__PURE__ */ new Map();
  const inWorkTree = (directory) => {
    if (!workTrees.has(directory)) workTrees.set(directory, isInsideWorkTree(directory));
    return workTrees.get(directory);
  };
  const ignoredRepositories = /* @__PURE__ */ new Set();
  for (const repository of [...repositories].reverse()) {
    const parent = ownerOf(repository);
    if (ignoredRepositories.has(parent) || (await dropGitIgnored(parent, [repository], inWorkTree)).length === 0)
      ignoredRepositories.add(repository);
  }
  for (const file of files) {
    const owner = ownerOf(file);
    if (ignoredRepositories.has(owner)) continue;
    const group = groups.get(owner);
    if (group) group.push(file);
    else groups.set(owner, [file]);
  }
  const kept = /* @__PURE__ */ new Set();
  for (const [directory, group] of groups) for (const file of await dropGitIgnored(directory, group, inWorkTree)) kept.add(file);
  return files.filter((file) => kept.has(file));
}
async function dropGitIgnored(directory, files, inWorkTree) {
  if (files.length === 0 || !await inWorkTree(directory)) return files;
  try {
    const ignored = await checkIgnore(directory, files);
    return files.filter((file) => !ignored.has(file));
  } catch {
    const kept = [];
    for (const file of files) {
      const ignored = await checkIgnore(directory, [file]).catch(() => /* @__PURE__ */ new Set());
      if (!ignored.has(file)) kept.push(file);
    }
    return kept;
  }
}
async function checkIgnore(directory, files) {
  const input = files.map((file) => `./${(0, import_node_path5.relative)(directory, file)}`).join("\0") + "\0";
  const stdout = await git(directory, ["check-ignore", "-z", "--stdin"], { input, okStatuses: [0, 1] });
  return new Set(
    stdout.split("\0").filter((line2) => line2 !== "").map((line2) => (0, import_node_path5.resolve)(directory, line2))
  );
}
function compareCodePoints(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
var import_promises, import_node_path5, SKIPPED_DIRECTORIES;
var init_discover_files = __esm({
  "src/inputs/discover-files.ts"() {
    "use strict";
    init_built_module_url();
    import_promises = require("node:fs/promises");
    import_node_path5 = require("node:path");
    init_fs_error();
    init_no_follow();
    init_run_git();
    init_languages();
    init_file_patterns();
    SKIPPED_DIRECTORIES = /* @__PURE__ */ new Set([".git", "node_modules", "bin", "obj"]);
  }
});

// src/inputs/wildmatch.ts
function compile(p, pathname) {
  const out = { kinds: [], values: [], sets: [] };
  const push = (kind, value2 = 0) => {
    out.kinds.push(kind);
    out.values.push(value2);
  };
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === BACKSLASH) {
      i++;
      if (i >= p.length) throw new GlobSyntaxError("ends with a lone backslash");
      push(BYTE, p[i]);
    } else if (c === QUESTION) {
      push(ANY, pathname ? 1 : 0);
    } else if (c === STAR_CHAR) {
      const runStart = i;
      while (p[i + 1] === STAR_CHAR) i++;
      const double = i > runStart;
      const after = i + 1;
      if (!pathname) {
        push(STARSTAR);
      } else if (double && (runStart === 0 || p[runStart - 1] === SLASH) && (after >= p.length || p[after] === SLASH || p[after] === BACKSLASH && p[after + 1] === SLASH)) {
        if (p[after] === SLASH) {
          push(SPLIT, 3);
          push(STARSTAR);
          push(BYTE, SLASH);
          i = after;
        } else push(STARSTAR);
      } else push(STAR);
    } else if (c === OPEN) {
      const set = new Uint8Array(256);
      i = readSet(p, i, set);
      if (pathname) set[SLASH] = 0;
      out.sets.push(set);
      push(SET, out.sets.length - 1);
    } else push(BYTE, c);
  }
  return out;
}
function readSet(p, open3, set) {
  const unclosed = () => new GlobSyntaxError('has a "[" without its "]"');
  let i = open3 + 1;
  let c = p[i];
  const negated = c === 33 || c === 94;
  if (negated) c = p[++i];
  const members = new Uint8Array(256);
  let previous = 0;
  do {
    if (c === void 0) throw unclosed();
    if (c === BACKSLASH) {
      c = p[++i];
      if (c === void 0) throw unclosed();
      members[c] = 1;
    } else if (c === DASH && previous !== 0 && p[i + 1] !== void 0 && p[i + 1] !== CLOSE) {
      c = p[++i];
      if (c === BACKSLASH) {
        c = p[++i];
        if (c === void 0) throw unclosed();
      }
      for (let b = previous; b <= c; b++) members[b] = 1;
      c = 0;
    } else if (c === OPEN && p[i + 1] === COLON) {
      const nameStart = i + 2;
      let end = nameStart;
      while (end < p.length && p[end] !== CLOSE) end++;
      if (end >= p.length) throw unclosed();
      if (end - nameStart - 1 < 0 || p[end - 1] !== COLON) {
        members[OPEN] = 1;
        c = OPEN;
      } else {
        const name = Buffer.from(p.subarray(nameStart, end - 1)).toString("latin1");
        const test = CLASSES[name];
        if (test === void 0) throw new GlobSyntaxError(`names an unknown character class [:${name}:]`);
        for (let b = 0; b < 256; b++) if (test(b)) members[b] = 1;
        i = end;
        c = 0;
      }
    } else {
      members[c] = 1;
    }
    previous = c;
    c = p[++i];
  } while (c !== CLOSE);
  for (let b = 0; b < 256; b++) set[b] = members[b] ^ (negated ? 1 : 0);
  return i;
}
function literalPrefixLength(pattern) {
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === STAR_CHAR || c === QUESTION || c === OPEN || c === BACKSLASH) return i;
  }
  return pattern.length;
}
var GlobSyntaxError, SLASH, BACKSLASH, STAR_CHAR, QUESTION, OPEN, CLOSE, COLON, DASH, BYTE, ANY, SET, STAR, STARSTAR, SPLIT, Wildmatch, isAlpha, isDigit, isSpace, isPrint, CLASSES;
var init_wildmatch = __esm({
  "src/inputs/wildmatch.ts"() {
    "use strict";
    init_built_module_url();
    GlobSyntaxError = class extends Error {
      constructor(reason) {
        super(reason);
        this.reason = reason;
        this.name = "GlobSyntaxError";
      }
      reason;
    };
    SLASH = 47;
    BACKSLASH = 92;
    STAR_CHAR = 42;
    QUESTION = 63;
    OPEN = 91;
    CLOSE = 93;
    COLON = 58;
    DASH = 45;
    BYTE = 0;
    ANY = 1;
    SET = 2;
    STAR = 3;
    STARSTAR = 4;
    SPLIT = 5;
    Wildmatch = class {
      kinds;
      values;
      sets;
      marks;
      generation = 0;
      current;
      following;
      pending;
      /**
       * Compiles `pattern` (UTF-8 bytes). With `pathname`, `*`, `?` and sets never match `/` (how git
       * matches a pattern with a slash against a path). Throws GlobSyntaxError for a pattern git would
       * never match: an unclosed `[`, an unknown `[:class:]`, a `\` at the very end.
       */
      constructor(pattern, pathname) {
        const compiled = compile(pattern, pathname);
        this.kinds = Uint8Array.from(compiled.kinds);
        this.values = Int32Array.from(compiled.values);
        this.sets = compiled.sets;
        const states = this.kinds.length + 1;
        this.marks = new Int32Array(states);
        this.current = new Int32Array(states);
        this.following = new Int32Array(states);
        this.pending = new Int32Array(states * 2 + 2);
      }
      /** True when the whole of `text[from, to)` matches. */
      matches(text, from = 0, to = text.length) {
        let current = this.current;
        let following = this.following;
        let count4 = this.addState(0, current, 0, this.nextGeneration());
        for (let at = from; at < to && count4 > 0; at++) {
          const byte = text[at];
          const generation = this.nextGeneration();
          let next = 0;
          for (let i = 0; i < count4; i++) {
            const state = current[i];
            const kind = this.kinds[state];
            const value2 = this.values[state];
            if (kind === BYTE) {
              if (byte === value2) next = this.addState(state + 1, following, next, generation);
            } else if (kind === ANY) {
              if (value2 === 0 || byte !== SLASH) next = this.addState(state + 1, following, next, generation);
            } else if (kind === SET) {
              if (this.sets[value2][byte] === 1) next = this.addState(state + 1, following, next, generation);
            } else if (kind === STAR) {
              if (byte !== SLASH) next = this.addState(state, following, next, generation);
            } else if (kind === STARSTAR) {
              next = this.addState(state, following, next, generation);
            }
          }
          [current, following] = [following, current];
          count4 = next;
        }
        const accept = this.kinds.length;
        for (let i = 0; i < count4; i++) if (current[i] === accept) return true;
        return false;
      }
      nextGeneration() {
        this.generation = this.generation === 2147483647 ? 1 : this.generation + 1;
        if (this.generation === 1) this.marks.fill(0);
        return this.generation;
      }
      /** Adds `start` and the states reached from it without a byte to `list`; returns the new length. */
      addState(start, list, length, generation) {
        const stack = this.pending;
        let top = 0;
        stack[top++] = start;
        while (top > 0) {
          const state = stack[--top];
          if (this.marks[state] === generation) continue;
          this.marks[state] = generation;
          const kind = state < this.kinds.length ? this.kinds[state] : void 0;
          if (kind === SPLIT) {
            stack[top++] = state + this.values[state];
            stack[top++] = state + 1;
            continue;
          }
          list[length++] = state;
          if (kind === STAR || kind === STARSTAR) stack[top++] = state + 1;
        }
        return length;
      }
    };
    isAlpha = (b) => b >= 65 && b <= 90 || b >= 97 && b <= 122;
    isDigit = (b) => b >= 48 && b <= 57;
    isSpace = (b) => b === 9 || b === 10 || b === 13 || b === 32;
    isPrint = (b) => b >= 32 && b <= 126;
    CLASSES = {
      alnum: (b) => isAlpha(b) || isDigit(b),
      alpha: isAlpha,
      blank: (b) => b === 32 || b === 9,
      cntrl: (b) => b < 32 || b === 127,
      digit: isDigit,
      graph: (b) => isPrint(b) && !isSpace(b),
      lower: (b) => b >= 97 && b <= 122,
      print: isPrint,
      punct: (b) => isPrint(b) && b !== 32 && !isAlpha(b) && !isDigit(b),
      space: isSpace,
      upper: (b) => b >= 65 && b <= 90,
      xdigit: (b) => isDigit(b) || b >= 65 && b <= 70 || b >= 97 && b <= 102
    };
  }
});

// src/inputs/select-files.ts
function isGlobArgument(argument, cwd) {
  return GLOB_CHARACTERS.test(argument) && !(0, import_node_fs3.existsSync)((0, import_node_path6.resolve)(cwd, argument));
}
function isDirectory(path) {
  try {
    return (0, import_node_fs3.lstatSync)(path).isDirectory();
  } catch {
    return false;
  }
}
function globMatcher(glob, normalized) {
  const absolute = (0, import_node_path6.isAbsolute)(normalized);
  const pattern = import_node_path6.posix.normalize(absolute ? normalized : normalized.replace(/^(\.\/)+/, ""));
  let matcher;
  try {
    matcher = new Wildmatch(Buffer.from(pattern, "utf8"), true);
  } catch (thrown) {
    if (thrown instanceof GlobSyntaxError) throw new UserError({ path: glob, reason: `is not a usable pattern: it ${thrown.reason}` });
    throw thrown;
  }
  return (displayPath, absolutePath) => matcher.matches(Buffer.from(absolute ? absolutePath.split(import_node_path6.sep).join("/") : displayPath, "utf8"));
}
async function selectFiles(paths, cwd, ignore) {
  const plain = paths.filter((path) => !isGlobArgument(path, cwd));
  const globs = paths.filter((path) => isGlobArgument(path, cwd));
  const explicitFiles = new Set((plain.length > 0 || globs.length > 0 ? plain : ["."]).map((path) => (0, import_node_path6.resolve)(cwd, path)));
  const discoveries = [];
  if (plain.length > 0 || globs.length === 0) discoveries.push(await discoverFiles(plain, cwd));
  const errors = [];
  for (const glob of globs) {
    const normalized = glob.replace(/\\/g, "/").replace(/^\.\//, "");
    const segments = normalized.split("/");
    const firstGlob = segments.findIndex((segment) => GLOB_CHARACTERS.test(segment));
    const base = segments.slice(0, firstGlob).join("/") || ".";
    const matches = globMatcher(glob, normalized);
    const found = await discoverFiles([base], cwd);
    const files2 = found.files.filter((file) => matches(file.displayPath, file.absolutePath));
    const baseDisplay = toDisplayPath((0, import_node_path6.resolve)(cwd, base), cwd);
    const skipped = found.skipped.filter(
      (passed) => passed.displayPath === baseDisplay || matches(passed.displayPath, (0, import_node_path6.resolve)(cwd, passed.displayPath))
    );
    const baseMissing = !(0, import_node_fs3.existsSync)((0, import_node_path6.resolve)(cwd, base));
    if (files2.length === 0 && skipped.length === 0)
      errors.push({
        displayPath: glob,
        reason: baseMissing ? `no file to process matches this pattern (there is no folder ${baseDisplay})` : "no file to process matches this pattern"
      });
    const baseErrors = baseMissing ? found.errors.filter((error2) => error2.displayPath !== baseDisplay) : found.errors;
    discoveries.push({ files: files2, skipped, errors: baseErrors });
  }
  const byPath = /* @__PURE__ */ new Map();
  for (const discovery of discoveries) for (const file of discovery.files) byPath.set(file.absolutePath, file);
  const files = [...byPath.values()].filter((file) => explicitFiles.has(file.absolutePath) || !ignore?.ignores(file.absolutePath)).sort((a, b) => compareCodePoints(a.displayPath, b.displayPath));
  for (const given of plain.length > 0 ? plain : globs.length > 0 ? [] : ["."]) {
    const folder = (0, import_node_path6.resolve)(cwd, given);
    const display2 = toDisplayPath(folder, cwd);
    const inside = (path) => path === display2 || display2 === "." || path.startsWith(`${display2}/`);
    const alreadyReported = discoveries.some((d) => [...d.skipped, ...d.errors].some((passed) => inside(passed.displayPath)));
    if (!alreadyReported && explicitFiles.has(folder) && isDirectory(folder) && !files.some((file) => file.absolutePath.startsWith(folder.endsWith(import_node_path6.sep) ? folder : `${folder}${import_node_path6.sep}`))) {
      errors.push({
        displayPath: display2,
        reason: "no file to process in this folder (bin/, obj/, node_modules/, git-ignored and ignored files are left out)"
      });
    }
  }
  return {
    files,
    skipped: discoveries.flatMap((d) => d.skipped),
    errors: [...discoveries.flatMap((d) => d.errors), ...errors]
  };
}
var import_node_fs3, import_node_path6, GLOB_CHARACTERS;
var init_select_files = __esm({
  "src/inputs/select-files.ts"() {
    "use strict";
    init_built_module_url();
    import_node_fs3 = require("node:fs");
    import_node_path6 = require("node:path");
    init_user_error();
    init_discover_files();
    init_wildmatch();
    GLOB_CHARACTERS = /[*?[]/;
  }
});

// src/inputs/source-input.ts
function releaseReadFolders() {
  folders.clear();
}
function diskInput(absolutePath, displayPath, cwd) {
  const base = linkFreeBase(cwd, absolutePath);
  const folder = (0, import_node_path7.dirname)(absolutePath);
  const name = (0, import_node_path7.basename)(absolutePath);
  return {
    absolutePath,
    displayPath,
    probe: fileProbe(absolutePath),
    async read(maxBytes) {
      let opened = folders.get(base, folder);
      let read;
      try {
        read = readRegularFile(opened, name, maxBytes);
      } catch (thrown) {
        if (thrown.code !== "ENOENT") throw thrown;
        folders.forget(base, folder);
        opened = folders.get(base, folder);
        read = readRegularFile(opened, name, maxBytes);
      }
      if ("oversize" in read) return read;
      return { bytes: read.bytes, mode: read.mode & 64 ? "100755" : "100644", location: { base, folders: opened.chain } };
    }
  };
}
function fileProbe(absolutePath) {
  return async (needles) => {
    const patterns = needles.map((needle) => Buffer.from(needle, "utf8"));
    const overlap = Math.max(...patterns.map((pattern) => pattern.length)) - 1;
    let handle;
    try {
      handle = await (0, import_promises2.open)(absolutePath, import_node_fs4.constants.O_RDONLY | import_node_fs4.constants.O_NOFOLLOW | import_node_fs4.constants.O_NONBLOCK);
      const stats = await handle.stat();
      if (!stats.isFile()) return false;
      const buffer = Buffer.alloc(CHUNK + overlap);
      let kept = 0;
      for (; ; ) {
        const { bytesRead } = await handle.read(buffer, kept, CHUNK, null);
        if (bytesRead === 0) return false;
        const window = buffer.subarray(0, kept + bytesRead);
        if (patterns.some((pattern) => window.includes(pattern))) return true;
        kept = Math.min(overlap, window.length);
        window.copyWithin(0, window.length - kept);
      }
    } catch {
      return false;
    } finally {
      await handle?.close();
    }
  };
}
var import_node_fs4, import_promises2, import_node_path7, folders, CHUNK;
var init_source_input = __esm({
  "src/inputs/source-input.ts"() {
    "use strict";
    init_built_module_url();
    import_node_fs4 = require("node:fs");
    import_promises2 = require("node:fs/promises");
    import_node_path7 = require("node:path");
    init_no_follow();
    folders = new FolderCache();
    CHUNK = 1024 * 1024;
  }
});

// src/inputs/project-peers.ts
function walkedFoldersOf(paths, cwd) {
  if (paths.length === 0) return [cwd];
  return paths.map((path) => (0, import_node_path8.resolve)(cwd, path)).filter((path) => isDirectory2(path));
}
function isDirectory2(path) {
  try {
    return (0, import_node_fs5.lstatSync)(path).isDirectory();
  } catch {
    return false;
  }
}
async function withProjectPeers(inputs, options2) {
  const finder = new ProjectFinder(options2.cwd);
  const given = new Set(inputs.map((input) => input.absolutePath));
  const homes = await Promise.all(
    inputs.map((input) => isCSharp(input) ? finder.projectFolderOf(input.absolutePath) : Promise.resolve(void 0))
  );
  const firstOfProject = /* @__PURE__ */ new Map();
  for (const [index, input] of inputs.entries()) {
    const folder = isCSharp(input) ? homes[index] : isProjectFile(input) ? (0, import_node_path8.dirname)(input.absolutePath) : void 0;
    if (folder !== void 0 && !firstOfProject.has(folder)) firstOfProject.set(folder, index);
  }
  const result = [...inputs];
  const found = await Promise.all(
    [...firstOfProject].map(async ([folder, index]) => ({
      folder,
      index,
      compiles: await finder.filesOf(folder),
      peers: await projectPeers(folder, given, options2, finder)
    }))
  );
  for (const { index, peers } of found) {
    if (peers.length === 0) continue;
    const input = result[index];
    result[index] = { ...input, projectPeers: [...input.projectPeers ?? [], ...peers] };
  }
  const compilers = compilersOf(found.map(({ compiles }) => compiles));
  for (const [index, input] of result.entries()) {
    if (!isCSharp(input)) continue;
    const others = compilers(input.absolutePath).filter((folder) => folder !== homes[index]);
    if (others.length > 0) result[index] = { ...input, alsoCompiledBy: others };
  }
  return result;
}
function isCSharp(input) {
  return languageForPath(input.displayPath)?.id === "csharp";
}
function isProjectFile(input) {
  return input.absolutePath.toLowerCase().endsWith(".csproj");
}
function compilersOf(projects) {
  const listing = /* @__PURE__ */ new Map();
  const whole = /* @__PURE__ */ new Set();
  for (const { folder, files } of projects) {
    if (files === "folder") whole.add(folder);
    else for (const file of files) listing.set(file, [...listing.get(file) ?? [], folder]);
  }
  return (file) => {
    const folders2 = [...listing.get(file) ?? []];
    for (let folder = (0, import_node_path8.dirname)(file); ; folder = (0, import_node_path8.dirname)(folder)) {
      if (whole.has(folder)) folders2.push(folder);
      if ((0, import_node_path8.dirname)(folder) === folder) return folders2;
    }
  };
}
async function projectPeers(folder, given, options2, finder = new ProjectFinder(options2.cwd)) {
  const project = await finder.filesOf(folder);
  let files;
  if (project.files === "folder") {
    const walked = (options2.walkedFolders ?? []).some((walkedFolder) => isInside(folder, (0, import_node_path8.resolve)(options2.cwd, walkedFolder)));
    if (walked) return [];
    const discovery = await selectFiles([folder], options2.cwd, options2.ignore);
    files = discovery.files.filter((f) => languageForPath(f.absolutePath)?.id === "csharp").map((f) => f.absolutePath);
  } else {
    const candidates = project.files.filter((file) => !given.has(file));
    const regular = await Promise.all(candidates.map(isRegularFile));
    files = candidates.filter((_file, index) => regular[index]);
  }
  return files.filter((file) => !given.has(file)).map((file) => ({ ...diskInput(file, toDisplayPath(file, options2.cwd), options2.cwd), projectRoot: folder }));
}
function compileItems(projectFile, cwd) {
  let text;
  try {
    const read = readFileBelow(cwd, projectFile, MAX_PROJECT_FILE_BYTES);
    if ("oversize" in read) return void 0;
    text = decodeSource(read.bytes).text;
  } catch {
    return void 0;
  }
  const items = [];
  const live = text.replace(/<!--[\s\S]*?-->/g, "");
  for (const match of live.matchAll(/<Compile\b[^>]*?\bInclude\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const value2 = decodeEntities(match[1] ?? match[2] ?? "");
    items.push(
      ...value2.split(";").map((item) => item.trim()).filter((item) => item !== "")
    );
  }
  return items;
}
function decodeEntities(text) {
  return text.replace(/&(amp|lt|gt|quot|apos);/g, (_m, name) => ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" })[name]);
}
function isInside(folder, parent) {
  return folder === parent || folder.startsWith(parent.endsWith(import_node_path8.sep) ? parent : `${parent}${import_node_path8.sep}`);
}
async function isRegularFile(path) {
  try {
    return (await (0, import_promises3.lstat)(path)).isFile();
  } catch {
    return false;
  }
}
var import_node_fs5, import_promises3, import_node_path8, MAX_PROJECT_FILE_BYTES, ProjectFinder;
var init_project_peers = __esm({
  "src/inputs/project-peers.ts"() {
    "use strict";
    init_built_module_url();
    import_node_fs5 = require("node:fs");
    import_promises3 = require("node:fs/promises");
    import_node_path8 = require("node:path");
    init_languages();
    init_source_text();
    init_no_follow();
    init_discover_files();
    init_select_files();
    init_source_input();
    MAX_PROJECT_FILE_BYTES = 4 * 1024 * 1024;
    ProjectFinder = class {
      constructor(cwd) {
        this.cwd = cwd;
      }
      cwd;
      projectFiles = /* @__PURE__ */ new Map();
      compiled = /* @__PURE__ */ new Map();
      /** The nearest folder above `file` that holds a .csproj, or undefined. */
      async projectFolderOf(file) {
        for (let folder = (0, import_node_path8.dirname)(file); ; folder = (0, import_node_path8.dirname)(folder)) {
          if ((await this.projectFilesIn(folder)).length > 0) return folder;
          if ((0, import_node_path8.dirname)(folder) === folder) return void 0;
        }
      }
      /** The files the project in `folder` compiles (read once per folder). */
      filesOf(folder) {
        let files = this.compiled.get(folder);
        if (!files) {
          files = this.readFilesOf(folder);
          this.compiled.set(folder, files);
        }
        return files;
      }
      async readFilesOf(folder) {
        const files = /* @__PURE__ */ new Set();
        for (const projectFile of await this.projectFilesIn(folder)) {
          const items = compileItems(projectFile, this.cwd);
          if (items === void 0 || items.length === 0 || items.some((item) => /[*?]/.test(item))) return { folder, files: "folder" };
          for (const item of items) files.add((0, import_node_path8.resolve)(folder, item.replace(/\\/g, "/")));
        }
        return { folder, files: [...files].filter((f) => f.toLowerCase().endsWith(".cs")).sort() };
      }
      projectFilesIn(folder) {
        let found = this.projectFiles.get(folder);
        if (!found) {
          found = (0, import_promises3.readdir)(folder, { withFileTypes: true }).then(
            (entries) => entries.filter((e) => e.isFile() && e.name.toLowerCase().endsWith(".csproj")).map((e) => (0, import_node_path8.resolve)(folder, e.name)).sort(),
            () => []
          );
          this.projectFiles.set(folder, found);
        }
        return found;
      }
    };
  }
});

// src/output/output-format.ts
function reportContext(fields) {
  return { ...fields, transformsById: new Map(fields.transforms.map((t) => [t.meta.id, t])) };
}
function streamContext(fields) {
  return { ...fields, transformsById: new Map(fields.transforms.map((t) => [t.meta.id, t])) };
}
function titleOf(context, id) {
  return context.transformsById.get(id)?.meta.title ?? id;
}
function findingId(item) {
  const owner = "origin" in item ? item.origin : item.transform;
  return item.rule === void 0 ? owner : `${owner}/${item.rule}`;
}
function isShownAt(severity, level) {
  return SEVERITY_RANK[severity] >= SEVERITY_RANK[level ?? "info"];
}
function singlePart(bytes, fileName) {
  return bytes.length === 0 ? [] : [{ fileName, bytes }];
}
var SEVERITY_RANK;
var init_output_format = __esm({
  "src/output/output-format.ts"() {
    "use strict";
    init_built_module_url();
    SEVERITY_RANK = { info: 0, warning: 1, error: 2 };
  }
});

// src/output/fix-hint.ts
function formatFixHint(files, context) {
  const flags = context.flags.map((flag) => ` ${flag}`).join("");
  if (context.stdinFilepath !== void 0)
    return `To make the changes: pipe the same text to ucma-codemod apply${flags} --stdin-filepath ${context.stdinFilepath} (it prints the changed text)`;
  if (files.length <= MAX_LISTED_FILES) {
    const list = files.join(" ");
    return context.staged ? `To make the changes: ucma-codemod apply${flags} ${list} && git add ${list}` : `To make the changes: ucma-codemod apply${flags} ${list}   (or review them: ucma-codemod review${flags} ${list})`;
  }
  const count4 = `${files.length} files, listed above`;
  if (context.staged) {
    const pathspecs = readFilePathspecs().map((pathspec) => `'${pathspec}'`).join(" ");
    return `To make the changes (${count4}): files=$(git diff --cached --name-only --diff-filter=ACMR -- ${pathspecs}); ucma-codemod apply${flags} $files && git add $files`;
  }
  const paths = context.paths.map((path) => ` ${path}`).join("");
  return `To make the changes (${count4}): ucma-codemod apply${flags}${paths}   (or review them: ucma-codemod review${flags}${paths})`;
}
var MAX_LISTED_FILES;
var init_fix_hint = __esm({
  "src/output/fix-hint.ts"() {
    "use strict";
    init_built_module_url();
    init_file_patterns();
    MAX_LISTED_FILES = 10;
  }
});

// src/output/text-report.ts
function formatDiagnostic(path, diagnostic3, palette) {
  const where = `${path}:${diagnostic3.start.line}:${diagnostic3.start.column}`;
  return `${palette.bold(where)}: ${severityWord(diagnostic3.severity, palette)}: ${diagnostic3.message} ${palette.dim(`[${findingId(diagnostic3)}]`)}`;
}
function severityWord(severity, palette) {
  return severity === "error" ? palette.red("error") : severity === "warning" ? palette.yellow("warning") : palette.cyan("info");
}
function describedEdits(edits) {
  const seen = /* @__PURE__ */ new Set();
  return edits.filter((edit) => {
    if (edit.message === void 0) return false;
    const key = JSON.stringify([edit.start.line, edit.transform, edit.rule ?? "", edit.message]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function describeNeededChange(edit, what) {
  return `${severityOfEdit(edit) === "info" ? "Can change" : "Needs change"}: ${what}`;
}
function formatFileProblem(file, palette) {
  if (file.reason === void 0) return void 0;
  const label = file.status === "failed" ? palette.red("error") : palette.dim("skipped");
  return `${palette.bold(file.path)}: ${label}: ${file.reason}`;
}
function formatTextReport(command2, result, palette, options2 = {}) {
  const shown = (severity) => isShownAt(severity, options2.level);
  let hidden = 0;
  const lines = [];
  const groups = /* @__PURE__ */ new Map();
  const addFinding = (finding) => {
    if (!shown(finding.severity)) {
      hidden++;
      return;
    }
    const key = JSON.stringify([finding.severity, finding.text, finding.id]);
    const group = groups.get(key);
    if (group) group.push(finding);
    else {
      const created = [finding];
      groups.set(key, created);
      lines.push(created);
    }
  };
  for (const file of result.files) {
    const problem = formatFileProblem(file, palette);
    if (problem) lines.push(problem);
    const described = command2 === "check" && file.status === "changed" ? describedEdits(file.edits) : [];
    const findings = [
      ...file.diagnostics.map((d) => ({ at: d.start, severity: d.severity, text: d.message, id: findingId(d) })),
      ...described.map((e) => ({ at: e.start, severity: severityOfEdit(e), text: describeNeededChange(e, e.message), id: findingId(e) }))
    ].sort((a, b) => a.at.offset - b.at.offset);
    for (const { at, severity, text, id } of findings) addFinding({ where: `${file.path}:${at.line}:${at.column}`, severity, text, id });
    if ((command2 === "apply" || command2 === "review") && file.written)
      lines.push(`${palette.bold(file.path)}: ${palette.green("written")}`);
    if (command2 === "check" && file.status === "changed") {
      const plain = file.edits.filter((e) => e.message === void 0);
      for (const severity of ["error", "warning", "info"]) {
        const ids = [...new Set(plain.filter((e) => severityOfEdit(e) === severity).map((e) => findingId(e)))];
        if (ids.length === 0) continue;
        if (!shown(severity)) hidden += ids.length;
        else {
          const label = severity === "info" ? palette.cyan("can change") : palette.yellow("needs change");
          lines.push(`${palette.bold(file.path)}: ${label}: ${ids.join(", ")}`);
        }
      }
    }
  }
  const rendered = lines.map((line2) => typeof line2 === "string" ? line2 : formatFindingGroup(line2, palette));
  for (const entry of result.baseline?.stale ?? [])
    rendered.push(
      `${palette.bold(entry.path)}: ${palette.dim("stale baseline entry")}: ${entry.rule}${entry.member ? ` in ${entry.member}` : ""} ("${entry.snippet}") is no longer found; drop it with --prune-baseline ${palette.dim(`[${entry.fingerprint}]`)}`
    );
  for (const removed of result.removedTempFiles) rendered.push(`removed a temp file left by an interrupted run: ${removed}`);
  if (options2.migrationTarget && isMigrationDeclared(options2.migrationTarget))
    rendered.push(`migration target: ${describeMigrationTarget(options2.migrationTarget)}`);
  rendered.push(summaryLine(command2, result, options2, hidden));
  const t = totalsOf(result);
  if (command2 === "check" && t.changed > 0) {
    const paths = result.files.filter((file) => file.status === "changed").map((file) => quoteForShell(file.path));
    rendered.push(
      options2.hint ? formatFixHint(paths, options2.hint) : `To make the changes: ucma-codemod apply ${paths.join(" ")}   (or review them: ucma-codemod review)`
    );
  }
  return `${rendered.join("\n")}
`;
}
function formatFindingGroup(group, palette) {
  const [first] = group;
  const tail = `${severityWord(first.severity, palette)}: ${first.text} ${palette.dim(`[${first.id}]`)}`;
  if (group.length === 1) return `${palette.bold(first.where)}: ${tail}`;
  return `${tail} ${palette.dim(`(${group.length} places: ${group.map((line2) => line2.where).join(", ")})`)}`;
}
function summaryLine(command2, result, options2, hidden) {
  const t = totalsOf(result);
  const changed = `${t.changed} ${CHANGED_WORDS[command2][t.changed === 1 ? 0 : 1]}`;
  const left = result.files.filter((file) => file.status === "unchanged");
  const needsHand = (file) => file.diagnostics.some((d) => d.severity !== "info");
  const byHand = left.filter(needsHand).length;
  const declined = left.filter((file) => file.declined.length > 0 && !needsHand(file)).length;
  const apart = [byHand > 0 ? `${byHand} to fix by hand` : "", declined > 0 ? `${declined} declined` : ""].filter(Boolean).map((part) => `${part}, `).join("");
  const rest = `${apart}${t.unchanged - byHand - declined} unchanged, ${t.skipped} skipped, ${t.failed} failed`;
  const errors = t.errors + result.files.filter((file) => file.status === "failed" && file.reason !== void 0).length;
  const diagnostics = t.warnings + errors > 0 ? `; ${errors} ${plural(errors, "error")}, ${t.warnings} ${plural(t.warnings, "warning")}` : "";
  const acknowledged = countAcknowledged(result);
  const stale = result.baseline?.stale.length ?? 0;
  const notes = [
    acknowledged.suppressed > 0 ? `${acknowledged.suppressed} suppressed` : "",
    acknowledged.baseline > 0 ? `${acknowledged.baseline} known from the baseline` : "",
    stale > 0 ? `${stale} stale baseline ${stale === 1 ? "entry" : "entries"}` : "",
    hidden > 0 ? `${hidden} below --diagnostic-level ${options2.level} not shown` : ""
  ].filter(Boolean);
  const time = options2.seconds === void 0 ? "" : ` in ${options2.seconds.toFixed(2)}s`;
  return `ucma-codemod ${command2}: ${changed}, ${rest}${diagnostics}${notes.length > 0 ? ` (${notes.join(", ")})` : ""}${time}`;
}
function countAcknowledged(result) {
  const counts = { suppressed: 0, baseline: 0 };
  for (const file of result.files) for (const finding of file.acknowledged) counts[finding.state]++;
  return counts;
}
function quoteForShell(path) {
  const safe = path.startsWith("-") ? `./${path}` : path;
  return /^[\w./-]+$/.test(safe) ? safe : `'${safe.replace(/'/g, `'\\''`)}'`;
}
function plural(count4, word) {
  return count4 === 1 ? word : `${word}s`;
}
function formatQuietReport(command2, result, verdict, palette) {
  const lines = [];
  for (const file of result.files) {
    if (file.status === "failed" && file.reason !== void 0)
      lines.push(`${palette.bold(file.path)}: ${palette.red("error")}: ${file.reason}`);
    for (const diagnostic3 of file.diagnostics)
      if (diagnostic3.severity === "error") lines.push(formatDiagnostic(file.path, diagnostic3, palette));
  }
  if (verdict.code !== 0 && (verdict.code === 1 || lines.length === 0))
    lines.push(`ucma-codemod ${command2}: exit ${verdict.code}: ${verdict.reasons.join(", ")} (run without -q to see them)`);
  return lines.length === 0 ? "" : `${lines.join("\n")}
`;
}
var CHANGED_WORDS;
var init_text_report = __esm({
  "src/output/text-report.ts"() {
    "use strict";
    init_built_module_url();
    init_migration_target();
    init_output_format();
    init_run_result();
    init_fix_hint();
    CHANGED_WORDS = {
      diff: ["file to change", "files to change"],
      apply: ["file changed", "files changed"],
      check: ["file needs changes", "files need changes"],
      review: ["file changed", "files changed"],
      report: ["file to change", "files to change"],
      plan: ["file to change", "files to change"]
    };
  }
});

// src/output/github-report.ts
function buildGithubAnnotations(result, context) {
  const lines = [];
  for (const file of result.files) {
    const described = new Set(describedEdits(file.edits));
    for (const edit of file.edits) {
      if (edit.message !== void 0 && !described.has(edit)) continue;
      if (!file.written && !isShownAt(severityOfEdit(edit), context.diagnosticLevel)) continue;
      const what = edit.message ?? titleOf(context, edit.transform);
      const level = file.written ? "notice" : annotationLevel(severityOfEdit(edit));
      lines.push(
        command(
          level,
          {
            file: file.path,
            line: edit.start.line,
            col: edit.start.column,
            endLine: edit.end.line,
            endColumn: edit.end.column,
            title: findingId(edit)
          },
          file.written ? `Changed: ${what}` : `${describeNeededChange(edit, what)} (run: ucma-codemod apply)`
        )
      );
    }
    for (const d of file.diagnostics) {
      if (!isShownAt(d.severity, context.diagnosticLevel)) continue;
      const level = annotationLevel(d.severity);
      lines.push(
        command(
          level,
          { file: file.path, line: d.start.line, col: d.start.column, endLine: d.end.line, endColumn: d.end.column, title: findingId(d) },
          d.message
        )
      );
    }
    if (file.reason !== void 0)
      lines.push(command(file.status === "failed" ? "error" : "notice", { file: file.path, title: file.status }, file.reason));
  }
  return lines.length > 0 ? `${lines.join("\n")}
` : "";
}
function annotationLevel(severity) {
  return severity === "info" ? "notice" : severity;
}
function command(level, properties, message) {
  const props = Object.entries(properties).map(([key, value2]) => `${key}=${escapeProperty(String(value2))}`).join(",");
  return `::${level} ${props}::${escapeData(message)}`;
}
function escapeData(value2) {
  return value2.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(value2) {
  return escapeData(value2).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
var githubFormat;
var init_github_report = __esm({
  "src/output/github-report.ts"() {
    "use strict";
    init_built_module_url();
    init_run_result();
    init_output_format();
    init_text_report();
    githubFormat = {
      name: "github",
      summary: "GitHub Actions annotations (::warning file=...::message)",
      commands: ["diff", "check", "apply"],
      machineReadable: true,
      splitsIntoFiles: false,
      build: (result, context) => singlePart(Buffer.from(buildGithubAnnotations(result, context), "utf8"), "annotations.txt")
    };
  }
});

// src/output/diff-html.ts
function sideBySideDiff(patch) {
  diff2html ??= require5("diff2html").html;
  const html = diff2html(patch, {
    outputFormat: "side-by-side",
    drawFileList: false,
    matching: "lines",
    diffStyle: "word",
    rawTemplates: { "generic-file-path": FILE_PATH_TEMPLATE }
  });
  return html.replace(/\n[ \t]+(?=\n)/g, "\n");
}
function diffStylesheet() {
  stylesheet ??= (0, import_node_fs6.readFileSync)(require5.resolve("diff2html/bundles/css/diff2html.min.css"), "utf8");
  return stylesheet;
}
var import_node_fs6, import_node_module4, __moduleUrl14, require5, diff2html, FILE_PATH_TEMPLATE, stylesheet;
var init_diff_html = __esm({
  "src/output/diff-html.ts"() {
    "use strict";
    init_built_module_url();
    import_node_fs6 = require("node:fs");
    import_node_module4 = require("node:module");
    __moduleUrl14 = __builtModuleUrl("src/output/diff-html.js");
    require5 = (0, import_node_module4.createRequire)(__moduleUrl14);
    FILE_PATH_TEMPLATE = '<span class="d2h-file-name-wrapper">{{>fileIcon}}<span class="d2h-file-name">{{fileDiffName}}</span>{{>fileTag}}</span>';
  }
});

// src/output/html-escape.ts
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character]).replace(/[\u2028\u2029]/g, (character) => `&#x${character.charCodeAt(0).toString(16)};`).replace(
    /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g,
    (character) => `\\x${character.charCodeAt(0).toString(16).padStart(2, "0")}`
  ).replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\uFFFD");
}
function escapeLineSeparators(html) {
  return html.replace(/[\u2028\u2029]/g, (character) => `&#x${character.charCodeAt(0).toString(16)};`);
}
var ENTITIES;
var init_html_escape = __esm({
  "src/output/html-escape.ts"() {
    "use strict";
    init_built_module_url();
    ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
  }
});

// src/run/patch-path.ts
function assertSafePatchPath(path) {
  if (path === "" || path.startsWith("/") || /^[A-Za-z]:/.test(path) || path.includes("\\") || path.split("/").includes("..")) {
    throw new UnsafePatchPathError(path);
  }
}
function isSafePatchPath(path) {
  try {
    assertSafePatchPath(path);
    return true;
  } catch (thrown) {
    if (thrown instanceof UnsafePatchPathError) return false;
    throw thrown;
  }
}
var UnsafePatchPathError;
var init_patch_path = __esm({
  "src/run/patch-path.ts"() {
    "use strict";
    init_built_module_url();
    init_user_error();
    UnsafePatchPathError = class extends UserError {
      constructor(path) {
        super({
          path,
          reason: path.includes("\\") && !path.split("/").includes("..") ? "has a backslash in its name, which patches cannot name portably (git and patch read it as a separator); rename it or use apply." : "is outside the current directory; a patch may only name paths below it. Run from a directory that contains the file."
        });
      }
    };
  }
});

// src/output/edit-hunks.ts
function hunksFromEdits(oldText, newText, edits, context, starts = lineStarts(oldText)) {
  const changes = effectiveEdits(oldText, newText, edits);
  if (changes === void 0) return void 0;
  const blocks = changedBlocks(oldText, newText, starts, changes);
  if (!linesAreUnique(oldText, starts, blocks)) return void 0;
  return hunksOf(oldText, starts, blocks, context);
}
function effectiveEdits(oldText, newText, edits) {
  const changes = [];
  let cursor = 0;
  let shift = 0;
  for (const edit of edits) {
    if (edit.start < cursor || edit.end < edit.start || edit.end > oldText.length) return void 0;
    if (!newText.startsWith(edit.text, edit.start + shift)) return void 0;
    shift += edit.text.length - (edit.end - edit.start);
    cursor = edit.end;
    if (edit.end - edit.start === edit.text.length && oldText.startsWith(edit.text, edit.start)) continue;
    changes.push(edit);
  }
  return oldText.length + shift === newText.length ? changes : void 0;
}
function lineStarts(text) {
  const starts = [0];
  for (let at = text.indexOf("\n"); at !== -1 && at + 1 < text.length; at = text.indexOf("\n", at + 1)) starts.push(at + 1);
  if (text.length === 0) starts.length = 0;
  starts.push(text.length);
  return starts;
}
function lineOf2(text, starts, offset) {
  const lineCount = starts.length - 1;
  if (offset >= text.length) return text.length === 0 || text.charCodeAt(text.length - 1) === 10 ? lineCount : lineCount - 1;
  let low = 0;
  let high = lineCount - 1;
  while (low < high) {
    const mid = low + high + 1 >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}
function changedBlocks(oldText, newText, starts, edits) {
  const lineCount = starts.length - 1;
  const raw = [];
  let shift = 0;
  for (const edit of edits) {
    const first = lineOf2(oldText, starts, edit.start);
    const newFrom = starts[first] + shift;
    shift += edit.text.length - (edit.end - edit.start);
    const newEnd = edit.end + shift;
    const oldAtLineStart = edit.end === 0 || oldText.charCodeAt(edit.end - 1) === 10;
    const newAtLineStart = newEnd === 0 || newText.charCodeAt(newEnd - 1) === 10;
    const last = lineOf2(oldText, starts, edit.end);
    const oldEnd = oldAtLineStart && newAtLineStart ? last : Math.min(last + 1, lineCount);
    const newTo = starts[oldEnd] + shift;
    const previous = raw[raw.length - 1];
    if (previous && first <= previous.oldEnd) {
      previous.oldEnd = oldEnd;
      previous.newTo = newTo;
    } else {
      raw.push({ oldStart: first, oldEnd, newFrom, newTo });
    }
  }
  const blocks = [];
  for (const block of raw) {
    const added = splitLines(newText.slice(block.newFrom, block.newTo));
    let oldStart = block.oldStart;
    let oldEnd = block.oldEnd;
    let from = 0;
    let to = added.length;
    const oldLine = (index) => oldText.slice(starts[index], starts[index + 1]);
    while (oldStart < oldEnd && from < to && oldLine(oldStart) === added[from]) {
      oldStart++;
      from++;
    }
    while (oldStart < oldEnd && from < to && oldLine(oldEnd - 1) === added[to - 1]) {
      oldEnd--;
      to--;
    }
    if (oldStart < oldEnd || from < to) blocks.push({ oldStart, oldEnd, added: added.slice(from, to) });
  }
  return blocks;
}
function splitLines(text) {
  const lines = [];
  let start = 0;
  for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", start)) {
    lines.push(text.slice(start, at + 1));
    start = at + 1;
  }
  if (start < text.length) lines.push(text.slice(start));
  return lines;
}
function linesAreUnique(oldText, starts, blocks) {
  const added = /* @__PURE__ */ new Set();
  const changed = /* @__PURE__ */ new Set();
  for (const block of blocks) {
    for (const line2 of block.added) {
      added.add(line2);
      changed.add(line2);
    }
  }
  for (const block of blocks) {
    for (let i = block.oldStart; i < block.oldEnd; i++) {
      const line2 = oldText.slice(starts[i], starts[i + 1]);
      if (added.has(line2)) return false;
      changed.add(line2);
    }
  }
  const lengths = /* @__PURE__ */ new Set();
  for (const line2 of changed) lengths.add(line2.length);
  let next = 0;
  for (let i = 0; i < starts.length - 1; i++) {
    const block = blocks[next];
    if (block && i >= block.oldStart) {
      if (i + 1 >= block.oldEnd) next++;
      if (i < block.oldEnd) continue;
    }
    const start = starts[i];
    const end = starts[i + 1];
    if (lengths.has(end - start) && changed.has(oldText.slice(start, end))) return false;
  }
  return true;
}
function hunksOf(oldText, starts, blocks, context) {
  const parts = [];
  let line2 = 0;
  for (const block of blocks) {
    if (block.oldStart > line2) parts.push({ kind: "common", from: line2, to: block.oldStart });
    if (block.oldEnd > block.oldStart) parts.push({ kind: "removed", from: block.oldStart, to: block.oldEnd });
    if (block.added.length > 0) parts.push({ kind: "added", lines: block.added });
    line2 = block.oldEnd;
  }
  const lineCount = starts.length - 1;
  if (lineCount > line2) parts.push({ kind: "common", from: line2, to: lineCount });
  parts.push({ kind: "common", from: lineCount, to: lineCount });
  const oldLines = (from, to) => {
    const lines = [];
    for (let i = from; i < to; i++) lines.push(oldText.slice(starts[i], starts[i + 1]));
    return lines;
  };
  const hunks = [];
  let oldRangeStart = 0;
  let newRangeStart = 0;
  let range = [];
  let oldLine = 1;
  let newLine = 1;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (part.kind !== "common") {
      if (!oldRangeStart) {
        const previous = parts[i - 1];
        oldRangeStart = oldLine;
        newRangeStart = newLine;
        if (previous?.kind === "common") {
          const count4 = context > 0 ? Math.min(context, previous.to - previous.from) : 0;
          range = oldLines(previous.to - count4, previous.to).map((text) => ` ${text}`);
          oldRangeStart -= range.length;
          newRangeStart -= range.length;
        }
      }
      if (part.kind === "added") {
        for (const text of part.lines) range.push(`+${text}`);
        newLine += part.lines.length;
      } else {
        for (const text of oldLines(part.from, part.to)) range.push(`-${text}`);
        oldLine += part.to - part.from;
      }
    } else {
      const length = part.to - part.from;
      if (oldRangeStart) {
        if (length <= context * 2 && i < parts.length - 2) {
          for (const text of oldLines(part.from, part.to)) range.push(` ${text}`);
        } else {
          const contextSize = Math.min(length, context);
          for (const text of oldLines(part.from, part.from + contextSize)) range.push(` ${text}`);
          hunks.push({
            oldStart: oldRangeStart,
            oldLines: oldLine - oldRangeStart + contextSize,
            newStart: newRangeStart,
            newLines: newLine - newRangeStart + contextSize,
            lines: range
          });
          oldRangeStart = 0;
          newRangeStart = 0;
          range = [];
        }
      }
      oldLine += length;
      newLine += length;
    }
  }
  for (const hunk of hunks) {
    const lines = hunk.lines;
    for (let i = 0; i < lines.length; i++) {
      if (lines[i].endsWith("\n")) {
        lines[i] = lines[i].slice(0, -1);
      } else {
        lines.splice(i + 1, 0, NO_NEWLINE);
        i++;
      }
    }
  }
  return hunks;
}
var NO_NEWLINE;
var init_edit_hunks = __esm({
  "src/output/edit-hunks.ts"() {
    "use strict";
    init_built_module_url();
    NO_NEWLINE = "\\ No newline at end of file";
  }
});

// src/output/file-patch.ts
function createFilePatch(change, context = 3) {
  assertSafePatchPath(change.path);
  const oldText = textWithBom(change.source, change.source.text);
  const newText = textWithBom(change.source, change.newText);
  const oldBytes = encodeSource(change.source, change.source.text);
  const newBytes = encodeSource(change.source, change.newText);
  const mode = change.mode ?? "100644";
  const a = quotePath(`a/${change.path}`);
  const b = quotePath(`b/${change.path}`);
  const tab = change.path.includes(" ") ? "	" : "";
  const header2 = `diff --git ${a} ${b}
index ${gitBlobId(oldBytes)}..${gitBlobId(newBytes)} ${mode}
--- ${a}${tab}
+++ ${b}${tab}
`;
  const encoding = change.source.encoding === "latin1" ? "latin1" : "utf8";
  const starts = lineStarts(oldText);
  const hunks = hunksOf2(change, oldText, newText, context, starts).map((hunk) => {
    const range = (start, lines2) => lines2 === 1 ? `${start}` : `${lines2 === 0 ? Math.max(0, start - 1) : start},${lines2}`;
    const context2 = functionContext(oldText, starts, hunk.oldStart - 1, encoding);
    const head = Buffer.from(`@@ -${range(hunk.oldStart, hunk.oldLines)} +${range(hunk.newStart, hunk.newLines)} @@`, "utf8");
    const lines = Buffer.from(`
${hunk.lines.join("\n")}
`, encoding);
    return Buffer.concat(context2 ? [head, Buffer.from(" "), context2, lines] : [head, lines]);
  });
  return Buffer.concat([Buffer.from(header2, "utf8"), ...hunks]);
}
function hunksOf2(change, oldText, newText, context, starts) {
  if (change.edits !== void 0) {
    const bom = change.source.bom ? 1 : 0;
    const edits = bom === 0 ? change.edits : change.edits.map((edit) => ({ start: edit.start + bom, end: edit.end + bom, text: edit.text }));
    const hunks = hunksFromEdits(oldText, newText, edits, context, starts);
    if (hunks !== void 0) return hunks;
  }
  structuredPatch ??= require6("diff/lib/patch/create.js").structuredPatch;
  return structuredPatch(change.path, change.path, oldText, newText, "", "", { context }).hunks;
}
function functionContext(text, starts, firstLineIndex, encoding) {
  for (let i = firstLineIndex - 1; i >= 0; i--) {
    const first = text.charCodeAt(starts[i]);
    if (!(isAsciiLetter(first) || first === 95 || first === 36)) continue;
    const line2 = Buffer.from(text.slice(starts[i], starts[i + 1]), encoding);
    let end = Math.min(line2.length, FUNCTION_CONTEXT_BYTES);
    while (end > 0 && [32, 9, 10, 13].includes(line2[end - 1])) end--;
    return line2.subarray(0, end);
  }
  return void 0;
}
function isAsciiLetter(byte) {
  return byte >= 65 && byte <= 90 || byte >= 97 && byte <= 122;
}
function gitBlobId(bytes) {
  return (0, import_node_crypto2.createHash)("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}
function quotePath(path) {
  const bytes = Buffer.from(path, "utf8");
  if (!bytes.some((byte) => byte < 32 || byte >= 127 || byte === 34 || byte === 92)) return path;
  const escapes = {
    7: "\\a",
    8: "\\b",
    9: "\\t",
    10: "\\n",
    11: "\\v",
    12: "\\f",
    13: "\\r",
    34: '\\"',
    92: "\\\\"
  };
  let quoted2 = '"';
  for (const byte of bytes) {
    if (escapes[byte]) quoted2 += escapes[byte];
    else if (byte < 32 || byte >= 127) quoted2 += `\\${byte.toString(8).padStart(3, "0")}`;
    else quoted2 += String.fromCharCode(byte);
  }
  return `${quoted2}"`;
}
var import_node_crypto2, import_node_module5, __moduleUrl15, require6, structuredPatch, FUNCTION_CONTEXT_BYTES;
var init_file_patch = __esm({
  "src/output/file-patch.ts"() {
    "use strict";
    init_built_module_url();
    init_patch_path();
    import_node_crypto2 = require("node:crypto");
    import_node_module5 = require("node:module");
    init_edit_hunks();
    init_source_text();
    __moduleUrl15 = __builtModuleUrl("src/output/file-patch.js");
    require6 = (0, import_node_module5.createRequire)(__moduleUrl15);
    FUNCTION_CONTEXT_BYTES = 80;
  }
});

// src/output/patch-report.ts
function patchableFiles(result) {
  return result.files.filter(isPatchable);
}
function isPatchable(file) {
  return file.status === "changed" && file.change !== void 0 && isSafePatchPath(file.path);
}
function patchOf(file) {
  const change = file.change;
  const edits = file.edits.map((edit) => ({ start: edit.start.offset, end: edit.end.offset, text: edit.newText }));
  return createFilePatch({ path: file.path, source: change.source, newText: change.newText, mode: change.mode, edits });
}
function buildPatch(result) {
  return Buffer.concat(patchableFiles(result).map(patchOf));
}
var diffFormat;
var init_patch_report = __esm({
  "src/output/patch-report.ts"() {
    "use strict";
    init_built_module_url();
    init_file_patch();
    init_patch_path();
    init_output_format();
    diffFormat = {
      name: "diff",
      summary: "a git-style patch for git apply or patch -p1",
      commands: ["diff", "check", "apply"],
      defaultFor: ["diff", "check"],
      machineReadable: false,
      namesPathsInPatch: true,
      splitsIntoFiles: false,
      build: (result) => singlePart(buildPatch(result), "changes.patch"),
      stream: { file: (file) => isPatchable(file) ? patchOf(file) : Buffer.alloc(0) }
    };
  }
});

// src/output/json-report.ts
function buildJsonReport(result, context) {
  const patches = new Map(
    patchableFiles(result).map(
      (file) => [file.path, patchOf(file).toString(file.change.source.encoding === "latin1" ? "latin1" : "utf8")]
    )
  );
  const migrationRun = context.command === "report" || context.command === "plan";
  return {
    tool: "ucma-codemod",
    version: context.toolVersion,
    reportVersion: JSON_REPORT_VERSION,
    command: context.command,
    ...migrationRun ? { date: context.date.toISOString() } : {},
    ...context.invocation ? { invocation: context.invocation } : {},
    // The explanation travels with the report: what changes, why, the source, the follow-up.
    transforms: context.transforms.map((t) => ({
      id: t.meta.id,
      title: t.meta.title,
      kind: t.meta.kind,
      description: t.meta.description,
      source: t.meta.source,
      followUp: t.meta.followUp ?? null,
      // A transform made of rules lists them, with each rule's pages (`path` in the docs repository).
      ...t.meta.rules?.length ? { rules: t.meta.rules.map(jsonRule) } : {}
    })),
    // One migration object: the declared target the rules were judged against (null fields: not
    // declared) and, for report and plan, the projects and the plan built from that same target.
    migration: context.migrationTarget || context.migration ? {
      ...context.migrationTarget ? migrationReportData(context.migrationTarget) : {},
      ...context.migration ?? {}
    } : null,
    files: result.files.map((file) => ({
      path: file.path,
      status: file.status,
      written: file.written,
      reason: file.reason ?? null,
      edits: file.edits.map((edit) => ({
        transform: edit.transform,
        ...edit.rule === void 0 ? {} : { rule: edit.rule },
        severity: severityOfEdit(edit),
        ...edit.message === void 0 ? {} : { message: edit.message },
        start: edit.start,
        end: edit.end,
        oldText: edit.oldText,
        newText: edit.newText,
        ...edit.evidence !== void 0 && migrationRun ? { evidence: edit.evidence } : {},
        ...edit.fingerprint === void 0 ? {} : { fingerprint: edit.fingerprint.hash }
      })),
      diagnostics: file.diagnostics.map((d) => diagnosticEntry(d, migrationRun)),
      // Findings a person acknowledged: a suppression comment (with its reason) or the baseline.
      acknowledged: file.acknowledged.map((d) => ({
        ...diagnosticEntry(d, migrationRun),
        state: d.state,
        ...d.reason === void 0 ? {} : { reason: d.reason }
      })),
      ...patches.has(file.path) ? { patch: patches.get(file.path) } : {}
    })),
    totals: { files: result.files.length, ...totalsOf(result) },
    // With a baseline: its file and the entries whose finding is gone.
    ...result.baseline === void 0 ? {} : { baseline: { file: (0, import_node_path10.relative)(context.cwd, result.baseline.path).split(import_node_path10.sep).join("/"), stale: result.baseline.stale } },
    exitCode: context.exitCode
  };
}
function jsonRule(rule) {
  const extra = {};
  for (const field2 of RULE_FIELDS) {
    const value2 = rule[field2];
    if (typeof value2 === "string" && value2 !== "") extra[field2] = value2;
  }
  const sources = rule.sources;
  return { id: rule.id, title: rule.title, ...extra, ...sources?.length ? { sources } : {} };
}
function diagnosticEntry(d, withEvidence) {
  return {
    transform: d.origin,
    ...d.rule === void 0 ? {} : { rule: d.rule },
    severity: d.severity,
    message: d.message,
    start: d.start,
    end: d.end,
    ...d.evidence !== void 0 && withEvidence ? { evidence: d.evidence } : {},
    ...d.fingerprint === void 0 ? {} : { fingerprint: d.fingerprint.hash, member: d.fingerprint.member }
  };
}
var import_node_path10, JSON_REPORT_VERSION, RULE_FIELDS, jsonFormat;
var init_json_report = __esm({
  "src/output/json-report.ts"() {
    "use strict";
    init_built_module_url();
    import_node_path10 = require("node:path");
    init_run_result();
    init_migration_target();
    init_output_format();
    init_patch_report();
    JSON_REPORT_VERSION = 1;
    RULE_FIELDS = ["page", "correction", "followUp", "severity", "description"];
    jsonFormat = {
      name: "json",
      summary: "the report as one JSON object (shape in docs/ci.md)",
      commands: ["diff", "check", "apply", "report", "plan"],
      machineReadable: true,
      splitsIntoFiles: false,
      build: (result, context) => singlePart(Buffer.from(`${JSON.stringify(buildJsonReport(result, context), null, 2)}
`, "utf8"), "report.json")
    };
  }
});

// src/migration/migration-pages.ts
function migrationPage(file) {
  const page2 = MIGRATION_PAGES.find((candidate) => candidate.file === file);
  if (!page2) throw new Error(`${file} is not a page of the migration section`);
  return page2;
}
var MIGRATION_PAGES;
var init_migration_pages = __esm({
  "src/migration/migration-pages.ts"() {
    "use strict";
    init_built_module_url();
    MIGRATION_PAGES = [
      {
        file: "migration-coexistence-and-upgrade-of-ucma-applications.md",
        title: "Migration, coexistence, and upgrade of UCMA applications",
        url: "https://msdn.microsoft.com/library/Dn466137(v=office.15)"
      },
      {
        file: "ucma-applications-coexistence-migration-and-upgrade-scenarios.md",
        title: "UCMA applications: Coexistence, migration, and upgrade scenarios",
        url: "https://msdn.microsoft.com/library/Dn466143(v=office.15)"
      },
      {
        file: "ucma-3-0-core-applications-coexistence-and-deployment-scenarios.md",
        title: "UCMA 3.0 Core applications: Coexistence and deployment scenarios",
        url: "https://msdn.microsoft.com/library/Dn466145(v=office.15)"
      },
      {
        file: "ucma-2-0-core-applications-coexistence-migration-and-upgrade-scenarios.md",
        title: "UCMA 2.0 Core applications: Coexistence, migration, and upgrade scenarios",
        url: "https://msdn.microsoft.com/library/Dn466131(v=office.15)"
      },
      {
        file: "migration-and-coexistence-details-ucma-2-0-and-ucma-3-0.md",
        title: "Migration and coexistence details (UCMA 2.0 and UCMA 3.0)",
        url: "https://msdn.microsoft.com/library/Dn466121(v=office.15)"
      },
      {
        file: "modifying-applicationprovisioner-exe-sample-code.md",
        title: "Modifying ApplicationProvisioner.exe sample code",
        url: "https://msdn.microsoft.com/library/Dn466118(v=office.15)"
      }
    ];
  }
});

// src/output/report-view.ts
function reportView(report2) {
  const transforms = new Map(report2.transforms.map((t) => [t.id, t]));
  const projectOf = projectResolver(report2);
  const findings = [];
  for (const file of report2.files) findings.push(...fileFindings(file, transforms, projectOf(file.path)));
  const byHandFiles = report2.files.filter((f) => f.diagnostics.some((d) => d.severity !== "info")).length;
  const passedOver = report2.files.filter((f) => f.status === "skipped" || f.status === "failed").map((f) => ({
    path: f.path,
    status: f.status,
    reason: f.reason ?? f.diagnostics.find((d) => d.severity === "error")?.message ?? "(no reason given)"
  }));
  const suppressions = report2.files.flatMap(
    (f) => f.acknowledged.map((a) => ({
      ruleId: a.rule === void 0 ? a.transform : `${a.transform}/${a.rule}`,
      location: `${f.path}:${a.start.line}`,
      reason: acknowledgedReason(a)
    }))
  );
  return {
    findings,
    files: {
      scanned: report2.totals.files,
      changed: report2.totals.changed,
      unchanged: report2.totals.unchanged,
      byHand: byHandFiles,
      skipped: report2.totals.skipped,
      failed: report2.totals.failed
    },
    passedOver,
    tallies: tallies(report2, findings),
    suppressions,
    byHand: byHandItems(findings, report2.migration?.plan?.steps ?? [])
  };
}
function projectResolver(report2) {
  const projects = report2.migration?.projects ?? [];
  return (path) => {
    let best;
    for (const project of projects) {
      const inside = project.folder === "" || path.startsWith(`${project.folder}/`);
      if (inside && (best === void 0 || project.folder.length > best.folder.length)) best = project;
    }
    return best?.path ?? NO_PROJECT;
  };
}
function fileFindings(file, transforms, project) {
  const rows2 = [];
  const ruleOf2 = (transform, rule) => rule === void 0 ? void 0 : transforms.get(transform)?.rules?.find((r) => r.id === rule);
  for (const edit of file.edits) {
    const transform = transforms.get(edit.transform);
    const rule = ruleOf2(edit.transform, edit.rule);
    rows2.push({
      path: file.path,
      line: edit.start.line,
      column: edit.start.column,
      project,
      ruleId: edit.rule === void 0 ? edit.transform : `${edit.transform}/${edit.rule}`,
      severity: "change",
      state: file.written ? "applied" : "tool",
      message: rule?.title ?? transform?.title ?? edit.transform,
      page: pageOf(transform, rule),
      correction: rule?.correction,
      replacement: { oldText: edit.oldText, newText: edit.newText },
      why: whyOf(edit, transform, rule)
    });
  }
  for (const diagnostic3 of file.diagnostics) {
    const transform = transforms.get(diagnostic3.transform);
    const rule = ruleOf2(diagnostic3.transform, diagnostic3.rule);
    rows2.push({
      path: file.path,
      line: diagnostic3.start.line,
      column: diagnostic3.start.column,
      project,
      ruleId: diagnostic3.rule === void 0 ? diagnostic3.transform : `${diagnostic3.transform}/${diagnostic3.rule}`,
      severity: diagnostic3.severity,
      state: diagnostic3.severity === "info" ? "none" : "person",
      message: diagnostic3.message,
      page: pageOf(transform, rule),
      correction: rule?.correction,
      replacement: void 0,
      why: whyOf(diagnostic3, transform, rule)
    });
  }
  for (const acknowledged of file.acknowledged) {
    const transform = transforms.get(acknowledged.transform);
    const rule = ruleOf2(acknowledged.transform, acknowledged.rule);
    rows2.push({
      path: file.path,
      line: acknowledged.start.line,
      column: acknowledged.start.column,
      project,
      ruleId: acknowledged.rule === void 0 ? acknowledged.transform : `${acknowledged.transform}/${acknowledged.rule}`,
      severity: acknowledged.severity,
      state: "suppressed",
      message: `${acknowledged.message} (${acknowledged.state === "suppressed" ? "suppressed: " : ""}${acknowledgedReason(acknowledged)})`,
      page: pageOf(transform, rule),
      correction: rule?.correction,
      replacement: void 0,
      why: acknowledged.state === "suppressed" ? "A suppression comment names this rule on the line before, with the reason shown." : "The baseline file lists this finding as known; only new findings count."
    });
  }
  return rows2.sort((a, b) => a.line - b.line || a.column - b.column);
}
function acknowledgedReason(acknowledged) {
  return acknowledged.state === "suppressed" ? acknowledged.reason ?? "" : "known from the baseline";
}
function pageOf(transform, rule) {
  const [source] = rule?.sources ?? [];
  if (source) return { title: source.title, url: source.url };
  if (rule?.page) {
    const file = rule.page.split("/").pop();
    const known = MIGRATION_PAGES.find((page2) => page2.file === file);
    if (known) return { title: known.title, url: known.url };
    if (/^https?:\/\//.test(rule.page)) return { title: rule.page, url: rule.page };
  }
  return transform ? { title: transform.source.title, url: transform.source.url } : void 0;
}
function whyOf(finding, transform, rule) {
  const evidence = finding.evidence;
  if (typeof evidence === "string" && evidence !== "") return evidence;
  if (!transform) return "The engine's own check (the file could not be handled safely, or a suppression comment is wrong).";
  const first = /^.*?[.!?](\s|$)/.exec(transform.description)?.[0]?.trim() ?? transform.description;
  return rule ? `Rule "${rule.title}" of ${transform.id}. ${first}` : first;
}
function tallies(report2, findings) {
  const tally = (id, title, isRule, match) => {
    const rows2 = findings.filter(match);
    const count4 = (state) => rows2.filter((row) => row.state === state).length;
    return {
      id,
      title,
      isRule,
      toolChanges: count4("tool"),
      applied: count4("applied"),
      person: count4("person"),
      infos: count4("none"),
      suppressed: count4("suppressed")
    };
  };
  const result = [];
  for (const transform of report2.transforms) {
    result.push(
      tally(transform.id, transform.title, false, (row) => row.ruleId === transform.id || row.ruleId.startsWith(`${transform.id}/`))
    );
    for (const rule of transform.rules ?? []) {
      const id = `${transform.id}/${rule.id}`;
      const row = tally(id, rule.title, true, (finding) => finding.ruleId === id);
      if (row.toolChanges + row.applied + row.person + row.infos + row.suppressed > 0) result.push(row);
    }
  }
  const known = new Set(report2.transforms.map((t) => t.id));
  const engine = findings.filter((row) => !known.has(row.ruleId.split("/")[0]));
  if (engine.length > 0)
    result.push(tally("engine", "The engine: files that could not be handled, suppression comments", false, (row) => engine.includes(row)));
  return result;
}
function byHandItems(findings, steps) {
  const items = findings.filter((row) => row.state === "person").map((row) => ({ kind: "code", text: row.message, location: `${row.path}:${row.line}:${row.column}`, page: row.page }));
  for (const role of ["developer", "administrator"])
    for (const step of steps.filter((s) => s.kind === role && s.state !== "done"))
      items.push({
        kind: role,
        text: step.title,
        ...step.command === void 0 ? {} : { command: step.command },
        page: { title: `${step.page.title}: ${step.section}`, url: step.page.url }
      });
  return items;
}
function locationOf(row) {
  return `${row.path}:${row.line}:${row.column}`;
}
var STATE_WORDS, NO_PROJECT;
var init_report_view = __esm({
  "src/output/report-view.ts"() {
    "use strict";
    init_built_module_url();
    init_migration_pages();
    STATE_WORDS = {
      tool: "the tool changes it",
      applied: "changed by the tool",
      person: "needs a person",
      none: "nothing to do",
      suppressed: "suppressed"
    };
    NO_PROJECT = "(no project)";
  }
});

// src/output/html-report.ts
function sha256(text) {
  return `'sha256-${(0, import_node_crypto3.createHash)("sha256").update(text, "utf8").digest("base64")}'`;
}
function contentSecurityPolicy(style, script2) {
  return [
    "default-src 'none'",
    `style-src ${sha256(style)}`,
    `script-src ${sha256(script2)}`,
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'"
  ].join("; ");
}
function renderHtmlReport(report2) {
  const view = reportView(report2);
  const style = `${STYLE}
${diffStylesheet()}`;
  const body = [
    header(report2),
    contents(report2),
    report2.migration?.plan ? planSection(report2.migration.plan) : "",
    totalsSection(report2, view),
    report2.migration?.projects ? projectsSection(report2.migration.projects) : "",
    findingsSection(view.findings),
    byHandSection(view),
    changesSection(report2)
  ].join("\n");
  const page2 = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(style, SCRIPT))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>UCMA migration report</title>
<style>${style}</style>
</head>
<body>
${body}
<script>${SCRIPT}</script>
</body>
</html>
`;
  return escapeLineSeparators(page2);
}
function link(page2, className = "page") {
  if (!page2) return '<span class="page">no documentation page: a check of the tool itself</span>';
  return page2.url ? `<a class="${className}" href="${escapeHtml(page2.url)}">${escapeHtml(page2.title)}</a>` : `<span class="${className}">${escapeHtml(page2.title)}</span>`;
}
function header(report2) {
  const invocation = report2.invocation;
  const config = invocation?.config;
  const facts = [
    ["Tool", `ucma-codemod ${escapeHtml(report2.version)} (report version ${report2.reportVersion})`],
    ["Date", escapeHtml(report2.date ?? "")],
    [
      "Paths",
      invocation && invocation.paths.length > 0 ? invocation.paths.map((p) => `<code>${escapeHtml(p)}</code>`).join(" ") : "<code>.</code> (the current folder)"
    ],
    ["Options", invocation && invocation.flags.length > 0 ? invocation.flags.map((f) => `<code>${escapeHtml(f)}</code>`).join(" ") : "none"],
    [
      "Config",
      config ? `<code>${escapeHtml(config.path)}</code>: <code>${escapeHtml(JSON.stringify(config.settings))}</code>` : "no ucma-codemod.config.json"
    ],
    ["Transforms", report2.transforms.map((t) => `<code>${escapeHtml(t.id)}</code>`).join(" ")]
  ];
  const starts = (report2.migration?.projects ?? []).map((p) => `<li><code>${escapeHtml(p.path)}</code>: ${startWords(p)}</li>`);
  return `<header>
<h1>UCMA migration report</h1>
<dl class="facts">
${facts.map(([term, value2]) => `<dt>${term}</dt><dd>${value2}</dd>`).join("\n")}
<dt>Starting point</dt><dd>${starts.length > 0 ? `<ul>${starts.join("")}</ul>` : "no project file was part of the run"}</dd>
</dl>
</header>`;
}
function startWords(project) {
  const point = project.startingPoint;
  if (project.role === "provisioner-sample") return "the UCMA 2.0 SDK's ApplicationProvisioner library (WMI)";
  if (project.role === "other") return "not a UCMA project";
  const version = point.version ? `UCMA ${point.version}` : point.candidates.map((v) => `UCMA ${v}`).join(" or ");
  return `<strong>${version}</strong> ${point.certain ? "(from the reference)" : "(inferred)"}`;
}
function contents(report2) {
  const entries = [
    ...report2.migration?.plan ? [["plan", "The plan"]] : [],
    ["totals", "Totals"],
    ...report2.migration?.projects ? [["projects", "Projects"]] : [],
    ["findings", "Findings"],
    ["by-hand", "What remains by hand"],
    ["changes", "Changes"]
  ];
  return `<nav><ul>${entries.map(([id, title]) => `<li><a href="#${id}">${title}</a></li>`).join("")}</ul></nav>`;
}
function planSection(plan) {
  const rows2 = plan.steps.map(
    (step, index) => `<tr data-step="${escapeHtml(step.id)}" data-kind="${step.kind}" data-state="${step.state}">
<td class="num">${index + 1}</td><td class="state-${step.state}">${STEP_WORDS[step.state]}</td><td>${step.kind}</td>
<td><strong>${escapeHtml(step.title)}</strong><br>${escapeHtml(step.detail)}${step.command ? `<br><code>${escapeHtml(step.command)}</code>` : ""}${stepCounts(step)}</td>
<td>${link({ title: `${step.page.title}: ${step.section}`, url: step.page.url })}</td></tr>`
  );
  return `<section id="plan">
<h2>The plan</h2>
<p><strong>${escapeHtml(plan.scenario.title)}</strong> (${escapeHtml(plan.scenario.id)}), chosen by the ${escapeHtml(plan.chosenBy)}: ${escapeHtml(plan.why)} ${link({ title: `${plan.scenario.page.title}: ${plan.scenario.section}`, url: plan.scenario.page.url })}</p>
<p>Migration target: ${escapeHtml(plan.target.summary)}.</p>
${plan.applicationId ? `<p>Application id: <code>${escapeHtml(plan.applicationId.value)}</code>, from ${escapeHtml(plan.applicationId.from)}.</p>` : ""}
<p>${plan.totals.done} of ${plan.steps.length} steps done. Code steps take their state from this run; a developer's or an administrator's step stays open until it is marked done in ${plan.planFile ? `<code>${escapeHtml(plan.planFile)}</code>` : "the plan file (<code>ucma-codemod plan --done ID</code>)"}.</p>
${rows2.length > 0 ? `<table class="data"><thead><tr><th class="num">#</th><th>State</th><th>Who</th><th>Step</th><th>Page</th></tr></thead><tbody>
${rows2.join("\n")}
</tbody></table>` : "<p>No steps.</p>"}
</section>`;
}
function stepCounts(step) {
  if (step.kind !== "code" || step.edits === 0 && step.findings === 0) return "";
  const parts = [
    step.edits ? `${step.edits} change${step.edits === 1 ? "" : "s"} the tool makes` : "",
    step.findings ? `${step.findings} for a person` : ""
  ].filter(Boolean);
  const where = step.where && step.where.length > 0 ? `: ${step.where.map((w) => `<code>${escapeHtml(w)}</code>`).join(", ")}` : "";
  return `<br><small>${parts.join(", ")}${where}</small>`;
}
function totalsSection(report2, view) {
  const files = view.files;
  const cells = [
    ["scanned", "Files scanned", files.scanned],
    ["changed", report2.command === "apply" ? "Changed" : "To change (by the tool)", files.changed],
    ["unchanged", "Unchanged", files.unchanged],
    ["by-hand", "To fix by hand", files.byHand],
    ["skipped", "Skipped", files.skipped],
    ["failed", "Failed", files.failed]
  ];
  const passed = view.passedOver.map((f) => `<li><code>${escapeHtml(f.path)}</code> (${f.status}): ${escapeHtml(f.reason)}</li>`);
  const tallyRows = view.tallies.map(
    (t) => `<tr class="${t.isRule ? "rule" : "transform"}" data-rule="${escapeHtml(t.id)}"><td><code>${escapeHtml(t.id)}</code><br><small>${escapeHtml(t.title)}</small></td>
<td class="num" data-count="tool">${t.toolChanges + t.applied}</td><td class="num" data-count="person">${t.person}</td><td class="num" data-count="info">${t.infos}</td><td class="num" data-count="suppressed">${t.suppressed}</td></tr>`
  );
  const suppressions = view.suppressions.map(
    (s) => `<li><code>${escapeHtml(s.ruleId)}</code> at <code>${escapeHtml(s.location)}</code>: ${escapeHtml(s.reason)}</li>`
  );
  return `<section id="totals">
<h2>Totals</h2>
<table class="data"><thead><tr>${cells.map(([, title]) => `<th class="num">${title}</th>`).join("")}</tr></thead>
<tbody><tr>${cells.map(([key, , value2]) => `<td class="num" data-total="${key}">${value2}</td>`).join("")}</tr></tbody></table>
<p>Findings: <span data-total="errors">${report2.totals.errors}</span> errors, <span data-total="warnings">${report2.totals.warnings}</span> warnings, <span data-total="infos">${report2.totals.infos}</span> infos.</p>
${passed.length > 0 ? `<p>Passed over:</p><ul>${passed.join("")}</ul>` : ""}
<h3>By transform and rule</h3>
<table class="data"><thead><tr><th>Transform or rule</th><th class="num">Fixed by the tool</th><th class="num">Needs a person</th><th class="num">Info</th><th class="num">Suppressed</th></tr></thead>
<tbody>
${tallyRows.join("\n")}
</tbody></table>
${suppressions.length > 0 ? `<p>Suppressed, with the reasons given:</p><ul>${suppressions.join("")}</ul>` : "<p>No finding is suppressed.</p>"}
</section>`;
}
function projectsSection(projects) {
  const blocks = projects.map((project) => {
    const share = project.files === 0 ? 0 : Math.round(100 * project.filesDone / project.files);
    const evidence = project.startingPoint.evidence.map((item) => `<li><code>${escapeHtml(item.path)}:${item.line}</code> ${escapeHtml(item.text)}</li>`);
    const ids = project.applicationIds.map(
      (item) => `<li><code>${escapeHtml(item.value)}</code> at <code>${escapeHtml(item.path)}:${item.line}</code> (${escapeHtml(item.text)})</li>`
    );
    const rows2 = project.retarget.map(
      (row) => `<tr${row.before === row.after ? "" : ' class="changed"'}><td><code>${escapeHtml(row.setting)}</code></td><td>${escapeHtml(row.scope)}</td><td><code>${escapeHtml(row.before)}</code></td><td><code>${escapeHtml(row.after)}</code></td></tr>`
    );
    return `<article class="project" data-project="${escapeHtml(project.path)}">
<h3><code>${escapeHtml(project.path)}</code></h3>
<dl class="facts">
<dt>Kind</dt><dd>${escapeHtml(project.role)}, ${escapeHtml(project.outputType)}</dd>
<dt>Starting point</dt><dd>${startWords(project)}: ${escapeHtml(project.startingPoint.summary)}${evidence.length > 0 ? `<ul>${evidence.join("")}</ul>` : ""}</dd>
<dt>Done</dt><dd><meter min="0" max="${Math.max(project.files, 1)}" value="${project.filesDone}">${share}%</meter> ${project.filesDone} of ${project.files} files need nothing more (${share}%)</dd>
${ids.length > 0 ? `<dt>Application ids</dt><dd><ul>${ids.join("")}</ul></dd>` : ""}
</dl>
${rows2.length > 0 ? `<table class="data"><caption>Project settings before and after the run's changes</caption><thead><tr><th>Setting</th><th>Applies to</th><th>Before</th><th>After</th></tr></thead><tbody>
${rows2.join("\n")}
</tbody></table>` : ""}
</article>`;
  });
  return `<section id="projects">
<h2>Projects</h2>
${blocks.length > 0 ? blocks.join("\n") : "<p>No project file was part of the run.</p>"}
</section>`;
}
function options(name, label, values, words = (v) => v) {
  const sorted = [...new Set(values)].sort();
  return `<label>${label}<select name="${name}"><option value="">all</option>${sorted.map((v) => `<option value="${escapeHtml(v)}">${escapeHtml(words(v))}</option>`).join("")}</select></label>`;
}
function findingsSection(findings) {
  const rows2 = findings.map(
    (row) => `<tr data-rule="${escapeHtml(row.ruleId)}" data-severity="${row.severity}" data-project="${escapeHtml(row.project)}" data-state="${row.state}">
<td class="location"><code>${escapeHtml(locationOf(row))}</code></td><td class="sev-${row.severity}">${row.severity}</td><td>${STATE_WORDS[row.state]}</td>
<td><code>${escapeHtml(row.ruleId)}</code></td><td class="message">${escapeHtml(row.message)}</td>
<td>${link(row.page)}${row.correction ? `<br><small>Correction: ${escapeHtml(row.correction)}</small>` : ""}</td>
<td>${row.replacement ? replacement(row.replacement) : ""}</td><td><small>${escapeHtml(row.why)}</small></td></tr>`
  );
  const form = `<div id="filters" class="filters" role="group" aria-label="Filter the findings" hidden>
${options(
    "rule",
    "Rule",
    findings.map((f) => f.ruleId)
  )}
${options(
    "severity",
    "Severity",
    findings.map((f) => f.severity)
  )}
${options(
    "project",
    "Project",
    findings.map((f) => f.project)
  )}
${options(
    "state",
    "State",
    findings.map((f) => f.state),
    (v) => STATE_WORDS[v]
  )}
<button type="button" id="show-all">Show all</button>
<span><span id="shown-count">${findings.length}</span> of ${findings.length} shown</span>
</div>`;
  return `<section id="findings">
<h2>Findings</h2>
${form}
${rows2.length > 0 ? `<table class="data" id="findings-table"><thead><tr><th>Where</th><th>Severity</th><th>State</th><th>Rule</th><th>Message</th><th>Documentation</th><th>Replacement</th><th>Why the tool believes it</th></tr></thead><tbody>
${rows2.join("\n")}
</tbody></table>` : "<p>No findings.</p>"}
</section>`;
}
function replacement(edit) {
  const shown = (text) => text === "" ? "<em>nothing</em>" : `<pre>${escapeHtml(text)}</pre>`;
  return `${shown(edit.oldText)}<small>becomes</small>${shown(edit.newText)}`;
}
function byHandSection(view) {
  const kindWords = { code: "code", developer: "developer", administrator: "administrator" };
  const items = view.byHand.map(
    (item) => `<li data-kind="${item.kind}"><span class="kind">${kindWords[item.kind]}</span> ${item.location ? `<code>${escapeHtml(item.location)}</code> ` : ""}${escapeHtml(item.text)}${item.command ? `<br><code>${escapeHtml(item.command)}</code>` : ""}<br>${link(item.page)}</li>`
  );
  return `<section id="by-hand">
<h2>What remains by hand</h2>
${items.length > 0 ? `<ol class="by-hand">${items.join("\n")}</ol>` : "<p>Nothing: no warning in the code and no open step.</p>"}
</section>`;
}
function changesSection(report2) {
  const changed = report2.files.filter((file) => file.patch !== void 0);
  const blocks = changed.map(
    (file) => `<details class="change" data-path="${escapeHtml(file.path)}"><summary><code>${escapeHtml(file.path)}</code>: ${file.edits.length} edit${file.edits.length === 1 ? "" : "s"}</summary>
${sideBySideDiff(file.patch)}
</details>`
  );
  return `<section id="changes">
<h2>Changes</h2>
${blocks.length > 0 ? `<p>The same patch that <code>ucma-codemod diff</code> prints and <code>git apply</code> takes, side by side; open a file to see it.</p>
${blocks.join("\n")}` : "<p>No change to make.</p>"}
</section>`;
}
var import_node_crypto3, STYLE, SCRIPT, STEP_WORDS, htmlFormat;
var init_html_report = __esm({
  "src/output/html-report.ts"() {
    "use strict";
    init_built_module_url();
    import_node_crypto3 = require("node:crypto");
    init_diff_html();
    init_html_escape();
    init_json_report();
    init_output_format();
    init_report_view();
    STYLE = `
[hidden] { display: none !important; }
body { font: 14px/1.45 system-ui, sans-serif; margin: 0 auto; max-width: 88rem; padding: 1rem 1.5rem 4rem; color: #1f2328; }
h1 { font-size: 1.6rem; margin-bottom: 0.2rem; }
h2 { border-bottom: 1px solid #d0d7de; padding-bottom: 0.2rem; margin-top: 2.2rem; }
table.data { border-collapse: collapse; margin: 0.6rem 0; }
table.data th, table.data td { border: 1px solid #d0d7de; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
table.data th { background: #f6f8fa; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.rule td:first-child { padding-left: 1.6rem; }
tr.changed td { background: #fff8c5; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
code, pre { font-family: ui-monospace, monospace; font-size: 0.92em; }
pre { white-space: pre-wrap; margin: 0; }
.sev-error { color: #cf222e; font-weight: 600; }
.sev-warning { color: #9a6700; font-weight: 600; }
.sev-info { color: #57606a; }
.sev-change { color: #1a7f37; font-weight: 600; }
.state-done { color: #1a7f37; font-weight: 600; }
.state-open, .state-by-hand { color: #9a6700; font-weight: 600; }
.state-apply { color: #0969da; font-weight: 600; }
div.filters { display: flex; flex-wrap: wrap; gap: 0.8rem; align-items: end; margin: 0.6rem 0; }
div.filters label { display: flex; flex-direction: column; font-size: 0.85rem; }
details.change { margin: 0.5rem 0; border: 1px solid #d0d7de; border-radius: 4px; }
details.change > summary { cursor: pointer; padding: 0.3rem 0.6rem; background: #f6f8fa; }
ol.by-hand li { margin: 0.3rem 0; }
.kind { font-size: 0.8rem; text-transform: uppercase; color: #57606a; }
`;
    SCRIPT = `
(function () {
  var form = document.getElementById('filters');
  var rows = Array.prototype.slice.call(document.querySelectorAll('#findings-table tbody tr'));
  var shown = document.getElementById('shown-count');
  var selects = Array.prototype.slice.call(form.querySelectorAll('select'));
  function apply() {
    var count = 0;
    rows.forEach(function (row) {
      var visible = selects.every(function (select) {
        return select.value === '' || row.getAttribute('data-' + select.name) === select.value;
      });
      row.hidden = !visible;
      if (visible) count++;
    });
    shown.textContent = String(count);
  }
  form.addEventListener('change', apply);
  document.getElementById('show-all').addEventListener('click', function () {
    selects.forEach(function (select) { select.value = ''; });
    apply();
  });
  form.hidden = false;
  apply();
})();
`;
    STEP_WORDS = {
      done: "done",
      apply: "the tool does it (apply)",
      "by-hand": "needs a person",
      open: "open"
    };
    htmlFormat = {
      name: "html",
      summary: "one self-contained HTML page: plan, totals, projects, findings, what remains by hand, diffs",
      commands: ["report"],
      defaultFor: ["report"],
      machineReadable: false,
      splitsIntoFiles: false,
      build: (result, context) => singlePart(Buffer.from(renderHtmlReport(buildJsonReport(result, context)), "utf8"), "migration.html")
    };
  }
});

// src/output/markdown-escape.ts
function escapeMarkdown(text) {
  return text.replace(/[\\`*_[\]|~]/g, (character) => `\\${character}`).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\r\n|[\r\n\u2028\u2029]/g, " ").replace(/^(\s*)([#+\-=])/, "$1\\$2").replace(/^(\s*\d+)([.)])/, "$1\\$2");
}
function markdownLink(title, url) {
  if (!url || !/^https?:\/\/[^\s<>]+$/.test(url)) return escapeMarkdown(title);
  return `[${escapeMarkdown(title)}](${url.replace(/\(/g, "%28").replace(/\)/g, "%29")})`;
}
var init_markdown_escape = __esm({
  "src/output/markdown-escape.ts"() {
    "use strict";
    init_built_module_url();
  }
});

// src/output/plan-text.ts
function renderPlanText(plan) {
  const lines = [
    `UCMA migration plan: ${plan.scenario.title} (${plan.scenario.id})`,
    `Chosen by the ${plan.chosenBy}: ${plan.why}`,
    `Migration target: ${plan.target.summary}`,
    `Page: ${plan.scenario.page.title}: ${plan.scenario.section} <${plan.scenario.page.url}>`
  ];
  if (plan.applicationId) lines.push(`Application id: ${plan.applicationId.value} (from ${plan.applicationId.from})`);
  lines.push("");
  plan.steps.forEach((step, index) => {
    const number = `${index + 1}.`.padStart(3);
    lines.push(`${number} ${STATE_LABEL[step.state].padEnd(10)}${step.kind.padEnd(14)}${step.title} [${step.id}]`);
    const indent = " ".repeat(28);
    if (step.kind === "code" && (step.edits || step.findings)) {
      const counts = [
        step.edits ? `${step.edits} change${step.edits === 1 ? "" : "s"} for apply` : "",
        step.findings ? `${step.findings} for a person` : ""
      ].filter(Boolean).join(", ");
      lines.push(`${indent}${counts}: ${(step.where ?? []).join(", ")}`);
    }
    if (step.command) lines.push(`${indent}run: ${step.command}`);
    lines.push(`${indent}page: ${step.page.title}: ${step.section} <${step.page.url}>`);
  });
  if (plan.steps.length === 0) lines.push("No steps.");
  lines.push(
    "",
    `${plan.totals.done} of ${plan.steps.length} steps done.${plan.steps.some((s) => s.kind !== "code" && s.state !== "done") ? " Mark a person's step done with: ucma-codemod plan --done <id>" : ""}`
  );
  return `${lines.join("\n")}
`;
}
var STEP_STATE_WORDS, STATE_LABEL, planTextFormat;
var init_plan_text = __esm({
  "src/output/plan-text.ts"() {
    "use strict";
    init_built_module_url();
    init_json_report();
    init_output_format();
    STEP_STATE_WORDS = {
      done: "done",
      apply: "the tool does it",
      "by-hand": "needs a person",
      open: "open"
    };
    STATE_LABEL = {
      done: "[done]",
      apply: "[apply]",
      "by-hand": "[by hand]",
      open: "[open]"
    };
    planTextFormat = {
      name: "text",
      summary: "the steps of the plan as plain text",
      commands: ["plan"],
      defaultFor: ["plan"],
      machineReadable: false,
      splitsIntoFiles: false,
      build: (result, context) => {
        const plan = buildJsonReport(result, context).migration?.plan;
        return singlePart(Buffer.from(plan ? renderPlanText(plan) : "", "utf8"), "plan.txt");
      }
    };
  }
});

// src/output/markdown-report.ts
function renderMarkdownReport(report2) {
  const view = reportView(report2);
  const f = view.files;
  const lines = [
    "# UCMA migration report",
    "",
    `ucma-codemod ${escapeMarkdown(report2.version)}${report2.date ? `, ${escapeMarkdown(report2.date)}` : ""}.${report2.migration?.plan ? ` ${scenarioLine(report2.migration.plan)}` : ""}`,
    "",
    "## Totals",
    "",
    "| Files scanned | To change (by the tool) | Unchanged | To fix by hand | Skipped | Failed |",
    "| ---: | ---: | ---: | ---: | ---: | ---: |",
    `| ${f.scanned} | ${f.changed} | ${f.unchanged} | ${f.byHand} | ${f.skipped} | ${f.failed} |`,
    "",
    `Findings: ${report2.totals.errors} errors, ${report2.totals.warnings} warnings, ${report2.totals.infos} infos.`
  ];
  if (view.passedOver.length > 0)
    lines.push("", "Passed over:", "", ...view.passedOver.map((p) => `- ${escapeMarkdown(p.path)} (${p.status}): ${escapeMarkdown(p.reason)}`));
  lines.push(
    "",
    "| Transform or rule | Fixed by the tool | Needs a person | Info | Suppressed |",
    "| --- | ---: | ---: | ---: | ---: |",
    ...view.tallies.map(
      (t) => `| ${t.isRule ? "\u21B3 " : ""}${escapeMarkdown(t.id)} | ${t.toolChanges + t.applied} | ${t.person} | ${t.infos} | ${t.suppressed} |`
    )
  );
  if (view.suppressions.length > 0)
    lines.push(
      "",
      "Suppressed, with the reasons given:",
      "",
      ...view.suppressions.map((s) => `- ${escapeMarkdown(s.ruleId)} at ${escapeMarkdown(s.location)}: ${escapeMarkdown(s.reason)}`)
    );
  lines.push("", "## What remains by hand", "");
  if (view.byHand.length === 0) lines.push("Nothing: no warning in the code and no open step.");
  view.byHand.forEach((item, index) => {
    const where = item.location ? `${escapeMarkdown(item.location)}: ` : "";
    const command2 = item.command ? ` Run: ${escapeMarkdown(item.command)}` : "";
    const page2 = item.page ? ` (${markdownLink(item.page.title, item.page.url)})` : "";
    lines.push(`${index + 1}. **${item.kind}** ${where}${escapeMarkdown(item.text)}${command2}${page2}`);
  });
  return `${lines.join("\n")}
`;
}
function scenarioLine(plan) {
  return `Scenario: **${escapeMarkdown(plan.scenario.title)}** (${escapeMarkdown(plan.scenario.id)}); ${plan.totals.done} of ${plan.steps.length} steps done.`;
}
function renderMarkdownPlan(plan) {
  const lines = [
    "# UCMA migration plan",
    "",
    `**${escapeMarkdown(plan.scenario.title)}** (${escapeMarkdown(plan.scenario.id)}), chosen by the ${escapeMarkdown(plan.chosenBy)}: ${escapeMarkdown(plan.why)} See ${markdownLink(`${plan.scenario.page.title}: ${plan.scenario.section}`, plan.scenario.page.url)}.`
  ];
  lines.push("", `Migration target: ${escapeMarkdown(plan.target.summary)}.`);
  if (plan.applicationId) lines.push("", `Application id: ${escapeMarkdown(plan.applicationId.value)} (from ${escapeMarkdown(plan.applicationId.from)}).`);
  lines.push("");
  plan.steps.forEach((step, index) => {
    const counts = step.kind === "code" && (step.edits || step.findings) ? ` ${[step.edits ? `${step.edits} to apply` : "", step.findings ? `${step.findings} for a person` : ""].filter(Boolean).join(", ")}${step.where && step.where.length > 0 ? `: ${step.where.map(escapeMarkdown).join(", ")}` : ""}.` : "";
    const command2 = step.command ? ` Run: ${escapeMarkdown(step.command)}` : "";
    lines.push(
      `- [${step.state === "done" ? "x" : " "}] ${index + 1}. **${step.kind}** ${escapeMarkdown(step.title)} (${STEP_STATE_WORDS[step.state]}; id ${escapeMarkdown(step.id)}).${counts}${command2} ${markdownLink(`${step.page.title}: ${step.section}`, step.page.url)}`
    );
  });
  lines.push("", `${plan.totals.done} of ${plan.steps.length} steps done.`);
  return `${lines.join("\n")}
`;
}
var markdownFormat;
var init_markdown_report = __esm({
  "src/output/markdown-report.ts"() {
    "use strict";
    init_built_module_url();
    init_json_report();
    init_markdown_escape();
    init_output_format();
    init_report_view();
    init_plan_text();
    markdownFormat = {
      name: "markdown",
      summary: "Markdown for a CI summary or a pull request: the totals and what remains by hand (report), the plan as a checklist (plan)",
      commands: ["report", "plan"],
      machineReadable: false,
      splitsIntoFiles: false,
      build: (result, context) => {
        const report2 = buildJsonReport(result, context);
        const text = context.command === "plan" && report2.migration?.plan ? renderMarkdownPlan(report2.migration.plan) : renderMarkdownReport(report2);
        return singlePart(Buffer.from(text, "utf8"), context.command === "plan" ? "plan.md" : "migration.md");
      }
    };
  }
});

// src/terminal/text-wrap.ts
function wrapText(text, width) {
  const lines = [];
  let line2 = "";
  for (const word of text.split(/\s+/).filter((w) => w !== "")) {
    if (line2 !== "" && line2.length + 1 + word.length > width) {
      lines.push(line2);
      line2 = word;
    } else {
      line2 = line2 === "" ? word : `${line2} ${word}`;
    }
  }
  if (line2 !== "") lines.push(line2);
  return lines;
}
var init_text_wrap = __esm({
  "src/terminal/text-wrap.ts"() {
    "use strict";
    init_built_module_url();
  }
});

// src/output/stat-report.ts
function countPatchLines(patch) {
  let added = 0;
  let deleted = 0;
  let inHunk = false;
  let start = 0;
  while (start < patch.length) {
    let end = patch.indexOf(10, start);
    if (end === -1) end = patch.length;
    const first = patch[start];
    if (patch.subarray(start, start + 3).toString("latin1") === "@@ ") inHunk = true;
    else if (inHunk && first === 43) added++;
    else if (inHunk && first === 45) deleted++;
    start = end + 1;
  }
  return { added, deleted };
}
function formatDiffstat(files, width = STAT_WIDTH) {
  if (files.length === 0) return "";
  const maxChange = Math.max(...files.map((file) => file.added + file.deleted));
  const maxLength = Math.max(...files.map((file) => file.name.length));
  const numberWidth = String(maxChange).length;
  const total = Math.max(width, 16 + 6 + numberWidth);
  let graphWidth = maxChange;
  let nameWidth = maxLength;
  if (nameWidth + numberWidth + 6 + graphWidth > total) {
    if (graphWidth > Math.trunc(total * 3 / 8) - numberWidth - 6) graphWidth = Math.max(6, Math.trunc(total * 3 / 8) - numberWidth - 6);
    if (nameWidth > total - numberWidth - 6 - graphWidth) nameWidth = total - numberWidth - 6 - graphWidth;
    else graphWidth = total - numberWidth - 6 - nameWidth;
  }
  const lines = files.map((file) => {
    const name = fitName(file.name, nameWidth);
    let add = file.added;
    let del = file.deleted;
    if (graphWidth <= maxChange) {
      let scaled = scaleLinear(add + del, graphWidth, maxChange);
      if (scaled < 2 && add > 0 && del > 0) scaled = 2;
      if (add < del) {
        add = scaleLinear(add, graphWidth, maxChange);
        del = scaled - add;
      } else {
        del = scaleLinear(del, graphWidth, maxChange);
        add = scaled - del;
      }
    }
    const count4 = file.added + file.deleted;
    return ` ${name.padEnd(nameWidth)} | ${String(count4).padStart(numberWidth)}${count4 > 0 ? " " : ""}${"+".repeat(add)}${"-".repeat(del)}`;
  });
  return `${[...lines, summaryLine2(files)].join("\n")}
`;
}
function fitName(name, width) {
  if (name.length <= width) return name;
  const kept = name.slice(name.length - Math.max(0, width - 3));
  const slash = kept.indexOf("/");
  return `...${slash === -1 ? kept : kept.slice(slash)}`;
}
function scaleLinear(value2, width, maxChange) {
  return value2 === 0 ? 0 : 1 + Math.trunc(value2 * (width - 1) / maxChange);
}
function summaryLine2(files) {
  const insertions = files.reduce((sum, file) => sum + file.added, 0);
  const deletions = files.reduce((sum, file) => sum + file.deleted, 0);
  let line2 = ` ${files.length} ${files.length === 1 ? "file" : "files"} changed`;
  if (insertions > 0 || deletions === 0) line2 += `, ${insertions} ${insertions === 1 ? "insertion" : "insertions"}(+)`;
  if (deletions > 0 || insertions === 0) line2 += `, ${deletions} ${deletions === 1 ? "deletion" : "deletions"}(-)`;
  return line2;
}
function statsOf(result) {
  return patchableFiles(result).map((file) => ({ name: quotePath(file.path), ...countPatchLines(patchOf(file)) }));
}
var STAT_WIDTH, statFormat;
var init_stat_report = __esm({
  "src/output/stat-report.ts"() {
    "use strict";
    init_built_module_url();
    init_file_patch();
    init_output_format();
    init_patch_report();
    STAT_WIDTH = 80;
    statFormat = {
      name: "stat",
      summary: "git's diffstat of the patch: changed lines per file and a total (--stat)",
      commands: ["diff", "check"],
      machineReadable: false,
      namesPathsInPatch: true,
      splitsIntoFiles: false,
      build: (result) => singlePart(Buffer.from(formatDiffstat(statsOf(result)), "utf8"), "changes.stat")
    };
  }
});

// src/engine/edits.ts
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
var init_edits = __esm({
  "src/engine/edits.ts"() {
    "use strict";
    init_built_module_url();
  }
});

// src/engine/incremental-reparse.ts
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
  let rows2 = 0;
  for (let at = inserted.indexOf("\n"); at !== -1; at = inserted.indexOf("\n", at + 1)) rows2++;
  return { row: start.row + rows2, column: inserted.length - lastBreak - 1 };
}
var init_incremental_reparse = __esm({
  "src/engine/incremental-reparse.ts"() {
    "use strict";
    init_built_module_url();
  }
});

// src/engine/file-needs.ts
function fileNeeds(path, contains3, transforms, hasProject) {
  const language = languageForPath(path);
  if (language === void 0) return { transforms: [], suppressions: false, wholeDocument: false };
  return {
    transforms: transforms.filter(
      (transform) => languagesOf(transform.meta).includes(language.id) && needleGroups(transform.meta, hasProject).every((group) => group.some((needle) => contains3(needle)))
    ),
    suppressions: language.suppressionComments !== void 0 && contains3(SUPPRESSION_DIRECTIVE),
    wholeDocument: language.documentProblem !== void 0 && transforms.some((t) => languagesOf(t.meta).includes(language.id))
  };
}
function needsParsing(needs) {
  return needs.transforms.length > 0 || needs.suppressions || needs.wholeDocument;
}
async function transformsWithWorkIn(path, probe, transforms) {
  const language = languageForPath(path);
  if (language === void 0) return [];
  const name = (path.split(/[\\/]/).pop() ?? "").toLowerCase();
  const found = [];
  for (const transform of transforms) {
    const { meta } = transform;
    if (!languagesOf(meta).includes(language.id)) continue;
    if (meta.watchFileNames?.some((watched) => watched.toLowerCase() === name)) found.push({ transform, why: "name" });
    else if (probe && meta.requires && meta.requires.length > 0 && await probe(meta.requires)) found.push({ transform, why: "text" });
  }
  return found;
}
function needleGroups(meta, hasProject) {
  const groups = [];
  if (!hasProject && meta.projectRequires !== void 0) groups.push(meta.projectRequires);
  if (meta.requires !== void 0) groups.push(meta.requires);
  return groups;
}
var init_file_needs = __esm({
  "src/engine/file-needs.ts"() {
    "use strict";
    init_built_module_url();
    init_languages();
    init_suppression_syntax();
  }
});

// src/engine/suppressions.ts
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
    const line2 = text.slice(at, lineEnd2 === -1 ? text.length : lineEnd2);
    const forbidden = syntax.forbidden && line2.includes(syntax.forbidden.text) ? `: ${syntax.forbidden.why}` : "";
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
  const lineOf3 = (offset) => lines.positionAt(offset).line;
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
    for (const suppression of byLine.get(lineOf3(offset)) ?? []) {
      const name = suppression.ids.find((id) => id === origin || rule !== void 0 && id === `${origin}/${rule}`);
      if (name !== void 0) return { suppression, name };
    }
    return void 0;
  };
  const kept = [];
  const suppressed = [];
  for (const diagnostic3 of diagnostics) {
    const hit = diagnostic3.severity !== "error" && diagnostic3.origin !== ENGINE ? silencedBy(diagnostic3.origin, ruleOf(diagnostic3), diagnostic3.range.start) : void 0;
    if (!hit) {
      kept.push(diagnostic3);
      continue;
    }
    used.get(hit.suppression).add(hit.name);
    suppressed.push({ ...diagnostic3, reason: hit.suppression.reason });
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
      message: edit.message ?? `a change this transform would make: ${quote2(text.slice(edit.start, edit.end))} \u2192 ${quote2(edit.text)}`,
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
function quote2(text) {
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
var ENGINE;
var init_suppressions = __esm({
  "src/engine/suppressions.ts"() {
    "use strict";
    init_built_module_url();
    init_line_index();
    init_suppression_syntax();
    ENGINE = "engine";
  }
});

// src/engine/severity.ts
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
var init_severity = __esm({
  "src/engine/severity.ts"() {
    "use strict";
    init_built_module_url();
  }
});

// src/engine/transform-source.ts
function transformSource(path, source, transforms, options2 = {}, surroundings = {}) {
  const parsed = {};
  const outcome = transformWithNativeSeverities(path, source, transforms, options2, surroundings, parsed);
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
function transformWithNativeSeverities(path, source, transforms, options2, surroundings, parsed) {
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
  const context = { path, text, tree, options: options2, ...surroundings.projectFiles ? { projectFiles: surroundings.projectFiles } : {} };
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
    for (const diagnostic3 of (result?.diagnostics ?? []).filter(selected)) diagnostics.push({ ...diagnostic3, origin: id });
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
var ENGINE2;
var init_transform_source = __esm({
  "src/engine/transform-source.ts"() {
    "use strict";
    init_built_module_url();
    init_source_text();
    init_edits();
    init_tree_sitter_core();
    init_incremental_reparse();
    init_line_index();
    init_languages();
    init_file_needs();
    init_suppressions();
    init_severity();
    init_finding_anchor();
    ENGINE2 = "engine";
  }
});

// src/platform/process-mark.ts
function ownMark() {
  own2 ??= markOf(process.pid);
  return own2;
}
function pidOf(mark) {
  return Number(MARK.exec(mark)?.[1] ?? Number.NaN);
}
function isRunning(mark) {
  const parsed = MARK.exec(mark);
  if (!parsed) return false;
  const [pid, started] = [Number(parsed[1]), parsed[2]];
  if (pid === process.pid) return started === void 0 || mark === ownMark();
  if (!pidAlive(pid)) return false;
  if (started === void 0) return true;
  const now = startTicksOf(pid);
  return now === void 0 || now === started;
}
function markOf(pid) {
  const started = startTicksOf(pid);
  return started === void 0 ? String(pid) : `${pid}.${started}`;
}
function pidAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (thrown) {
    return thrown.code === "EPERM";
  }
}
function startTicksOf(pid) {
  try {
    const stat = (0, import_node_fs7.readFileSync)(`/proc/${pid}/stat`, "latin1");
    const ticks = stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
    return ticks !== void 0 && /^\d+$/.test(ticks) ? ticks : void 0;
  } catch {
    return void 0;
  }
}
var import_node_fs7, MARK, MARK_PATTERN, own2;
var init_process_mark = __esm({
  "src/platform/process-mark.ts"() {
    "use strict";
    init_built_module_url();
    import_node_fs7 = require("node:fs");
    MARK = /^(\d+)(?:\.(\d+))?$/;
    MARK_PATTERN = String.raw`\d+(?:\.\d+)?`;
  }
});

// src/run/atomic-write.ts
function tempFileName(name) {
  return `.${name}${TEMP_MARK}${ownMark()}-${(0, import_node_crypto4.randomBytes)(4).toString("hex")}.tmp`;
}
function stopWrites() {
  return log.stop();
}
function writeFileAtomic(path, bytes, expected, location) {
  if (log.stopped) return Promise.reject(new WritesStoppedError(path));
  return log.track(writeInFolder(path, bytes, expected, location));
}
async function writeInFolder(path, bytes, expected, location) {
  const name = (0, import_node_path11.basename)(path);
  const folder = openFolderBelow(location?.base ?? (0, import_node_path11.dirname)(path), (0, import_node_path11.dirname)(path));
  try {
    if (location && !sameFolders(folder.chain, location.folders)) throw new FolderChangedError(path);
    const current = checkUnchanged(folder, name, path, expected);
    await replace2(folder, name, path, bytes, expected, current);
  } finally {
    closeFolder(folder);
  }
}
function sameFolders(now, then) {
  return now.length === then.length && now.every((id, i) => id === then[i]);
}
function checkUnchanged(folder, name, path, expected) {
  const current = readRegularFile(folder, name, expected.length);
  if ("oversize" in current || !current.bytes.equals(expected)) throw new FileChangedError(path);
  if ((current.mode & 146) === 0) throw new ReadOnlyFileError(path);
  return { mode: current.mode & 4095, uid: current.uid, gid: current.gid };
}
async function replace2(folder, name, path, bytes, expected, { mode, uid, gid }) {
  if (log.stopped) throw new WritesStoppedError(path);
  const tempName = tempFileName(name);
  const temp = pathIn(folder, tempName);
  let renamed = false;
  let handle;
  try {
    handle = await (0, import_promises4.open)(temp, import_node_fs8.constants.O_WRONLY | import_node_fs8.constants.O_CREAT | import_node_fs8.constants.O_EXCL | import_node_fs8.constants.O_NOFOLLOW, mode);
    await Promise.all([
      handle.writeFile(bytes),
      handle.chmod(mode),
      // the umask may have narrowed the mode given to open()
      // Keep the owner too (possible as root or as the owner; otherwise the new file is ours).
      handle.chown(uid, gid).catch(() => void 0)
    ]);
    await handle.sync();
    await handle.close();
    handle = void 0;
    const lock = await acquireLock(folder, name, path);
    try {
      if (log.stopped) throw new WritesStoppedError(path);
      checkUnchanged(folder, name, path, expected);
      await holdForTest(path);
      if (log.stopped) throw new WritesStoppedError(path);
      await (0, import_promises4.rename)(temp, pathIn(folder, name));
      renamed = true;
      log.written.push(path);
    } finally {
      releaseLock(folder, lock);
    }
  } catch (thrown) {
    await handle?.close().catch(() => void 0);
    if (!renamed) await (0, import_promises4.unlink)(temp).catch(() => void 0);
    throw thrown;
  }
  await directorySyncs.sync(folder);
}
async function holdForTest(path) {
  const setting = process.env.UCMA_CODEMOD_TEST_HOLD_WRITE;
  if (setting === void 0) return;
  const colon = setting.indexOf(":");
  const [suffix, folder] = [setting.slice(0, colon), setting.slice(colon + 1)];
  if (colon <= 0 || !path.endsWith(suffix)) return;
  (0, import_node_fs8.closeSync)((0, import_node_fs8.openSync)((0, import_node_path11.join)(folder, "held"), "w"));
  while (!(0, import_node_fs8.existsSync)((0, import_node_path11.join)(folder, "release")) && !log.stopped) await new Promise((resolve22) => setTimeout(resolve22, 10));
}
async function acquireLock(folder, name, path) {
  const lockName = `.${name}${LOCK_SUFFIX}`;
  const key = `${folder.chain.at(-1)}/${lockName}`;
  for (let attempt = 0; ; attempt++) {
    if (takeLock(folder, lockName)) {
      heldLocks.add(key);
      return lockName;
    }
    const holder = lockHolder(folder, lockName);
    if (holder !== void 0 && (!isRunning(holder) || holder === ownMark() && !heldLocks.has(key))) {
      breakStaleLock(folder, lockName, holder);
      continue;
    }
    if (attempt >= LOCK_TRIES) throw new FileBusyError(path, `${(0, import_node_path11.dirname)(path)}/${lockName}`, holder);
    await new Promise((resolve22) => setTimeout(resolve22, LOCK_PAUSE_MS * (1 + Math.random())));
  }
}
function takeLock(folder, lockName, link2 = import_node_fs8.linkSync) {
  const draft = pathIn(folder, tempFileName(lockName));
  writeNewFile(draft, `${ownMark()}
`);
  try {
    link2(draft, pathIn(folder, lockName));
    return true;
  } catch (thrown) {
    const code = thrown.code ?? "";
    if (code === "EEXIST") return false;
    if (!NO_HARD_LINKS.has(code)) throw thrown;
  } finally {
    try {
      (0, import_node_fs8.unlinkSync)(draft);
    } catch {
    }
  }
  try {
    writeNewFile(pathIn(folder, lockName), `${ownMark()}
`);
    return true;
  } catch (thrown) {
    if (thrown.code === "EEXIST") return false;
    throw thrown;
  }
}
function writeNewFile(path, text) {
  const fd = (0, import_node_fs8.openSync)(path, import_node_fs8.constants.O_WRONLY | import_node_fs8.constants.O_CREAT | import_node_fs8.constants.O_EXCL | import_node_fs8.constants.O_NOFOLLOW, 384);
  try {
    (0, import_node_fs8.writeSync)(fd, text);
  } finally {
    (0, import_node_fs8.closeSync)(fd);
  }
}
function releaseLock(folder, lockName) {
  heldLocks.delete(`${folder.chain.at(-1)}/${lockName}`);
  try {
    (0, import_node_fs8.unlinkSync)(pathIn(folder, lockName));
  } catch {
  }
}
function lockHolder(folder, lockName) {
  try {
    const read = readRegularFile(folder, lockName, 64);
    if ("oversize" in read) return void 0;
    return LOCK_CONTENT.exec(read.bytes.toString("latin1"))?.[1];
  } catch {
    return void 0;
  }
}
function breakStaleLock(folder, lockName, holder) {
  const aside = `${lockName}.${ownMark()}-${(0, import_node_crypto4.randomBytes)(4).toString("hex")}.stale`;
  try {
    (0, import_node_fs8.renameSync)(pathIn(folder, lockName), pathIn(folder, aside));
  } catch {
    return;
  }
  if (lockHolder(folder, aside) !== holder) {
    try {
      (0, import_node_fs8.linkSync)(pathIn(folder, aside), pathIn(folder, lockName));
    } catch {
    }
  }
  try {
    (0, import_node_fs8.unlinkSync)(pathIn(folder, aside));
  } catch {
  }
}
function syncFolder(fd) {
  return new Promise((resolve22) => {
    (0, import_node_fs8.fsync)(fd, () => resolve22());
  });
}
function describeWriteFailure(thrown) {
  if (thrown instanceof UserError) return thrown.reason;
  return `cannot write: ${describeFsError(thrown)}`;
}
function removeStaleTempFiles(directory, base = directory) {
  let folder;
  try {
    folder = openFolderBelow(base, directory);
  } catch {
    return [];
  }
  const removed = [];
  try {
    let names;
    try {
      names = (0, import_node_fs8.readdirSync)(pathIn(folder, "."));
    } catch {
      return [];
    }
    for (const name of names) {
      const temp = TEMP_PATTERN.exec(name) ?? STALE_LOCK_PATTERN.exec(name);
      if (temp) {
        if (isRunning(temp[1])) continue;
        try {
          (0, import_node_fs8.unlinkSync)(pathIn(folder, name));
          removed.push(`${directory}/${name}`);
        } catch {
        }
      } else if (LOCK_PATTERN.test(name)) {
        const holder = lockHolder(folder, name);
        if (holder === void 0 || isRunning(holder)) continue;
        breakStaleLock(folder, name, holder);
        removed.push(`${directory}/${name}`);
      }
    }
  } finally {
    closeFolder(folder);
  }
  return removed;
}
var import_node_crypto4, import_node_fs8, import_promises4, import_node_path11, FileChangedError, ReadOnlyFileError, FolderChangedError, FileBusyError, WritesStoppedError, TEMP_MARK, TEMP_PATTERN, LOCK_SUFFIX, LOCK_PATTERN, STALE_LOCK_PATTERN, LOCK_CONTENT, LOCK_TRIES, LOCK_PAUSE_MS, WriteLog, log, heldLocks, NO_HARD_LINKS, DirectorySyncs, directorySyncs, StaleTempCleaner;
var init_atomic_write = __esm({
  "src/run/atomic-write.ts"() {
    "use strict";
    init_built_module_url();
    import_node_crypto4 = require("node:crypto");
    import_node_fs8 = require("node:fs");
    import_promises4 = require("node:fs/promises");
    import_node_path11 = require("node:path");
    init_fs_error();
    init_no_follow();
    init_process_mark();
    init_user_error();
    FileChangedError = class extends UserError {
      constructor(path) {
        super({ path, reason: "changed on disk after it was read; not written. Run again to work on the new content." });
      }
    };
    ReadOnlyFileError = class extends UserError {
      constructor(path) {
        super({ path, reason: "is read-only; not written. Make it writable (chmod u+w, or clear the read-only attribute) and run again." });
      }
    };
    FolderChangedError = class extends UserError {
      constructor(path) {
        super({
          path,
          reason: "not written: a folder on its path is not the one it was read from (moved, or replaced by a link or another folder)"
        });
      }
    };
    FileBusyError = class extends UserError {
      constructor(path, lock, holder) {
        super({
          path,
          reason: holder === void 0 ? `not written: the lock file ${lock} is in the way; remove it if no ucma-codemod run is writing this file` : `not written: another ucma-codemod run (process ${pidOf(holder)}) is writing it. Run again when that run is over.`
        });
      }
    };
    WritesStoppedError = class extends UserError {
      constructor(path) {
        super({ path, reason: "not written: the run was stopped before its turn" });
      }
    };
    TEMP_MARK = ".ucma-codemod-";
    TEMP_PATTERN = new RegExp(String.raw`^\..+\.ucma-codemod-(${MARK_PATTERN})-[0-9a-f]{8}\.tmp$`);
    LOCK_SUFFIX = ".ucma-codemod.lock";
    LOCK_PATTERN = /^\..+\.ucma-codemod\.lock$/;
    STALE_LOCK_PATTERN = new RegExp(String.raw`^\..+\.ucma-codemod\.lock\.(${MARK_PATTERN})-[0-9a-f]{8}\.stale$`);
    LOCK_CONTENT = new RegExp(String.raw`^(${MARK_PATTERN})\n$`);
    LOCK_TRIES = 40;
    LOCK_PAUSE_MS = 5;
    WriteLog = class {
      written = [];
      inFlight = /* @__PURE__ */ new Set();
      stopping = false;
      get stopped() {
        return this.stopping;
      }
      track(write) {
        this.inFlight.add(write);
        const settled = () => this.inFlight.delete(write);
        write.then(settled, settled);
        return write;
      }
      async stop() {
        this.stopping = true;
        while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
        return this.written;
      }
    };
    log = new WriteLog();
    heldLocks = /* @__PURE__ */ new Set();
    NO_HARD_LINKS = /* @__PURE__ */ new Set(["EPERM", "ENOTSUP", "EOPNOTSUPP", "ENOSYS"]);
    DirectorySyncs = class {
      running = /* @__PURE__ */ new Map();
      next = /* @__PURE__ */ new Map();
      sync(folder) {
        const key = folder.chain.at(-1);
        const queued = this.next.get(key);
        if (queued) return queued;
        const current = this.running.get(key);
        if (!current) return this.start(key, folder.fd);
        const following = current.then(() => {
          this.next.delete(key);
          return this.start(key, folder.fd);
        });
        this.next.set(key, following);
        return following;
      }
      start(key, fd) {
        const started = syncFolder(fd).finally(() => {
          if (this.running.get(key) === started) this.running.delete(key);
        });
        this.running.set(key, started);
        return started;
      }
    };
    directorySyncs = new DirectorySyncs();
    StaleTempCleaner = class {
      done = /* @__PURE__ */ new Set();
      removed = [];
      /** Cleans the folder of `path` unless that was done already; `location` says where links are refused from. */
      async cleanBeside(path, location) {
        const directory = (0, import_node_path11.dirname)(path);
        if (this.done.has(directory)) return;
        this.done.add(directory);
        this.removed.push(...removeStaleTempFiles(directory, location?.base));
      }
    };
  }
});

// src/run/write-change.ts
async function writeChange(file, accepted, cleaner) {
  const change = file.change;
  if (!change || file.status !== "changed" || file.absolutePath === void 0) return file;
  const declined = file.edits.filter((edit) => !accepted.includes(edit));
  if (accepted.length === 0) return { ...file, status: "unchanged", edits: [], declined };
  let newText = change.newText;
  if (declined.length > 0) {
    const guarded = textWithEdits(file, accepted);
    if ("refused" in guarded) return { ...file, status: "failed", reason: guarded.refused, edits: accepted, declined };
    newText = guarded.newText;
  }
  await cleaner.cleanBeside(file.absolutePath, change.location);
  try {
    await writeFileAtomic(file.absolutePath, encodeSource(change.source, newText), change.originalBytes, change.location);
  } catch (thrown) {
    return { ...file, status: "failed", reason: describeWriteFailure(thrown), edits: accepted, declined };
  }
  return { ...file, edits: accepted, declined, written: true, change: { ...change, newText } };
}
function textWithEdits(file, edits) {
  const source = file.change.source;
  if (edits.length === 0) return { newText: source.text };
  const language = languageForPathOrThrow(file.path);
  const guarded = applyWithGuards(source.text, language.parse(source.text), ownedEdits(edits), language);
  return guarded.newText === void 0 ? { refused: guarded.diagnostics.map((d) => d.message).join("; ") } : { newText: guarded.newText };
}
var init_write_change = __esm({
  "src/run/write-change.ts"() {
    "use strict";
    init_built_module_url();
    init_languages();
    init_source_text();
    init_transform_source();
    init_atomic_write();
    init_run_result();
  }
});

// src/output/transform-patches.ts
function patchesPerTransform(result, transforms) {
  const patches = [];
  const files = patchableFiles(result);
  transforms.forEach((transform, index) => {
    const earlier = new Set(transforms.slice(0, index).map((t) => t.meta.id));
    const parts = [];
    const paths = [];
    const stats = [];
    for (const file of files) {
      const change = file.change;
      if (!file.edits.some((edit) => edit.transform === transform.meta.id)) continue;
      const before = stateAfter(file, earlier, transform);
      const after = stateAfter(file, /* @__PURE__ */ new Set([...earlier, transform.meta.id]), transform);
      const part = createFilePatch({ path: file.path, source: { ...change.source, text: before }, newText: after, mode: change.mode });
      parts.push(part);
      paths.push(file.path);
      stats.push({ name: quotePath(file.path), ...countPatchLines(part) });
    }
    if (parts.length > 0) patches.push({ transform, files: paths, stats, patch: Buffer.concat(parts) });
  });
  return patches;
}
function stateAfter(file, transforms, step) {
  const change = file.change;
  const edits = file.edits.filter((edit) => transforms.has(edit.transform));
  if (edits.length === file.edits.length) return change.newText;
  const state = textWithEdits(file, edits);
  if ("newText" in state) return state.newText;
  throw new UserError({
    path: `${file.path}:`,
    reason: `cannot split the changes into one commit per transform: the commit of ${step.meta.id} would leave the file in a state the engine refuses (${state.refused})`,
    hint: "Use --format diff for one patch of all the changes, or run the transforms one at a time with -t."
  });
}
var init_transform_patches = __esm({
  "src/output/transform-patches.ts"() {
    "use strict";
    init_built_module_url();
    init_file_patch();
    init_stat_report();
    init_write_change();
    init_user_error();
    init_patch_report();
  }
});

// src/output/mbox-report.ts
function commitMessageBody(transform, toolVersion, ruleIds = [], extra = {}) {
  const { meta } = transform;
  const paragraphs = [wrapText(meta.description, 72).join("\n")];
  const rules = (meta.rules ?? []).filter((rule) => ruleIds.includes(rule.id));
  if (rules.length > 0)
    paragraphs.push(
      [
        "Rules:",
        ...rules.map((rule) => {
          const pages = (rule.sources ?? []).map((s) => s.path ?? s.title);
          return `- ${rule.id}: ${rule.title}${pages.length > 0 ? ` (${pages.join(", ")})` : ""}`;
        })
      ].join("\n")
    );
  if (meta.followUp) paragraphs.push(wrapText(`Follow-up for administrators: ${meta.followUp}`, 72).join("\n"));
  if (extra.migration) paragraphs.push(wrapText(`Migration target: ${extra.migration}`, 72).join("\n"));
  if (extra.findings?.length) paragraphs.push(["Left for a person in these files:", ...extra.findings.map((f) => `- ${f}`)].join("\n"));
  paragraphs.push(wrapText(`Source: ${meta.source.title}`, 72).join("\n") + (meta.source.url ? `
${meta.source.url}` : ""));
  paragraphs.push(`Generated by ucma-codemod ${toolVersion}, transform ${meta.id}.`);
  return paragraphs.join("\n\n").replace(/^From /gm, ">From ").replace(/^---$/gm, "- - -");
}
function buildMboxMessages(result, transforms, options2) {
  const patches = patchesPerTransform(result, transforms);
  const migration = options2.migration && isMigrationDeclared(options2.migration) ? describeMigrationTarget(options2.migration) : void 0;
  return patches.map(({ transform, files, stats, patch }, index) => {
    const number = `${index + 1}/${patches.length}`;
    const header2 = `From 0000000000000000000000000000000000000000 Mon Sep 17 00:00:00 2001
From: ${options2.author ?? PATCH_AUTHOR}
Date: ${options2.date.toUTCString().replace("GMT", "+0000")}
Subject: ${encodeHeader(`[PATCH ${number}] ${transform.meta.title}`)}
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

${commitMessageBody(transform, options2.toolVersion, rulesOf(result, transform), { migration, findings: findingsIn(result, transforms, transform, files) })}
---
` + // The diffstat, as git format-patch writes it below the message.
    formatDiffstat(stats, MAIL_STAT_WIDTH) + "\n";
    const trailer = `-- 
ucma-codemod ${options2.toolVersion}

`;
    return {
      fileName: `${String(index + 1).padStart(4, "0")}-${transform.meta.id}.patch`,
      bytes: Buffer.concat([Buffer.from(header2, "utf8"), patch, Buffer.from(trailer, "utf8")])
    };
  });
}
function formatAuthor(name, email) {
  return `${encodeHeader(name.replace(/[<>"\r\n]/g, ""))} <${email.replace(/[<>\s]/g, "")}>`;
}
function findingsIn(result, transforms, transform, files) {
  const byId = new Map(transforms.map((t) => [t.meta.id, t]));
  const lines = [];
  for (const file of result.files) {
    if (!files.includes(file.path)) continue;
    for (const d of file.diagnostics) {
      if (d.severity !== "warning" || d.origin === transform.meta.id) continue;
      const rule = d.rule === void 0 ? void 0 : byId.get(d.origin)?.meta.rules?.find((r) => r.id === d.rule);
      const page2 = rule?.sources?.[0]?.path;
      lines.push(`${file.path}:${d.start.line} [${d.rule === void 0 ? d.origin : `${d.origin}/${d.rule}`}]${page2 ? ` (${page2})` : ""}`);
    }
  }
  return lines;
}
function rulesOf(result, transform) {
  const ids = /* @__PURE__ */ new Set();
  for (const file of result.files)
    for (const edit of file.edits) if (edit.transform === transform.meta.id && edit.rule !== void 0) ids.add(edit.rule);
  return [...ids];
}
function encodeHeader(value2) {
  if (/^[\x20-\x7e]*$/.test(value2)) return value2;
  return `=?UTF-8?B?${Buffer.from(value2, "utf8").toString("base64")}?=`;
}
var MAIL_STAT_WIDTH, PATCH_AUTHOR, mboxFormat;
var init_mbox_report = __esm({
  "src/output/mbox-report.ts"() {
    "use strict";
    init_built_module_url();
    init_text_wrap();
    init_migration_target();
    init_transform_patches();
    init_stat_report();
    MAIL_STAT_WIDTH = 72;
    PATCH_AUTHOR = "ucma-codemod <ucma-codemod@example.invalid>";
    mboxFormat = {
      name: "mbox",
      summary: "git format-patch messages, one commit per transform (git am --keep-cr)",
      commands: ["diff"],
      machineReadable: false,
      namesPathsInPatch: true,
      splitsIntoFiles: true,
      build: (result, context) => buildMboxMessages(result, context.transforms, {
        toolVersion: context.toolVersion,
        date: context.date,
        author: context.author,
        migration: context.migrationTarget
      })
    };
  }
});

// src/engine/finding-codes.ts
function isFindingCode(value2) {
  return typeof value2 === "string" && CODE_PATTERN.test(value2);
}
function findingCode(owner, rule, transform) {
  if (owner === "engine") return ENGINE_CODE;
  const meta = transform?.meta.id === owner ? transform.meta : void 0;
  if (rule !== void 0) {
    const declared = meta?.rules?.find((r) => r.id === rule)?.code;
    return declared ?? derivedCode(`${owner}/${rule}`);
  }
  return meta?.code ?? derivedCode(owner);
}
function derivedCode(id) {
  let hash = 2166136261;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 16777619) >>> 0;
  }
  return `${DERIVED_CODE_PREFIX}${String(hash % 1e5).padStart(5, "0")}`;
}
var ENGINE_CODE, DERIVED_CODE_PREFIX, CODE_PATTERN;
var init_finding_codes = __esm({
  "src/engine/finding-codes.ts"() {
    "use strict";
    init_built_module_url();
    ENGINE_CODE = "UCMA0001";
    DERIVED_CODE_PREFIX = "UCMX";
    CODE_PATTERN = /^[A-Za-z]{1,8}[0-9]{1,8}$/;
  }
});

// src/output/msbuild-report.ts
function buildMsbuildLines(result, context) {
  const lines = [];
  const codeOf = (owner, rule) => findingCode(owner, rule, context.transformsById.get(owner));
  for (const file of result.files) {
    for (const edit of file.edits) {
      const what = edit.message ?? ruleTitle(context, edit.transform, edit.rule) ?? titleOf(context, edit.transform);
      const severity = severityOfEdit(edit);
      const text = file.written ? `changed: ${what}` : `${severity === "info" ? "can change" : "needs change"}: ${what} (run: ucma-codemod apply)`;
      lines.push(line(file.path, edit.start, edit.end, file.written ? "info" : severity, codeOf(edit.transform, edit.rule), text));
    }
    for (const d of file.diagnostics) lines.push(line(file.path, d.start, d.end, d.severity, codeOf(d.origin, d.rule), d.message));
    if (file.reason !== void 0)
      lines.push(
        line(file.path, void 0, void 0, file.status === "failed" ? "error" : "info", codeOf("engine", void 0), file.reason)
      );
  }
  return lines.length > 0 ? `${lines.join("\n")}
` : "";
}
function ruleTitle(context, transform, rule) {
  if (rule === void 0) return void 0;
  return context.transformsById.get(transform)?.meta.rules?.find((r) => r.id === rule)?.title;
}
function line(path, start, end, category, code, text) {
  const place = start && end ? `(${start.line},${start.column},${end.line},${end.column})` : "";
  return `${path}${place}: ${category} ${code}: ${text.replace(/\s*[\r\n]+\s*/g, " ")}`;
}
var msbuildFormat;
var init_msbuild_report = __esm({
  "src/output/msbuild-report.ts"() {
    "use strict";
    init_built_module_url();
    init_finding_codes();
    init_run_result();
    init_output_format();
    msbuildFormat = {
      name: "msbuild",
      summary: "MSBuild's canonical lines (file(line,col,line,col): warning CODE: message) for Visual Studio's Error List",
      commands: ["diff", "check", "apply"],
      machineReadable: true,
      splitsIntoFiles: false,
      build: (result, context) => singlePart(Buffer.from(buildMsbuildLines(result, context), "utf8"), "msbuild.txt")
    };
  }
});

// src/output/names-report.ts
var nameLine, namesFormat;
var init_names_report = __esm({
  "src/output/names-report.ts"() {
    "use strict";
    init_built_module_url();
    init_output_format();
    nameLine = (file) => file.status === "changed" ? `${file.path}
` : "";
    namesFormat = {
      name: "names",
      summary: "the paths of the files that change, one per line (-l)",
      commands: ["diff", "check", "apply"],
      machineReadable: true,
      splitsIntoFiles: false,
      build: (result) => singlePart(Buffer.from(result.files.map(nameLine).join(""), "utf8"), "names.txt"),
      stream: { file: (file) => Buffer.from(nameLine(file), "utf8") }
    };
  }
});

// src/run/fingerprint.ts
function projectPathOf(displayPath, where) {
  if (where === void 0) return displayPath;
  return (0, import_node_path12.relative)(where.root, (0, import_node_path12.resolve)(where.cwd, displayPath)).split(import_node_path12.sep).join("/");
}
function fingerprintOf(projectPath, finding) {
  const anchor = finding.anchor ?? {
    member: "",
    snippet: flat(finding.message).slice(0, 80),
    digest: digestOf([finding.origin, finding.rule ?? "", "", flat(finding.message), "0"])
  };
  return { hash: digestOf([projectPath, anchor.digest]), path: projectPath, member: anchor.member, snippet: anchor.snippet };
}
var import_node_path12;
var init_fingerprint = __esm({
  "src/run/fingerprint.ts"() {
    "use strict";
    init_built_module_url();
    import_node_path12 = require("node:path");
    init_finding_anchor();
    init_finding_anchor();
  }
});

// src/output/sarif-report.ts
function helpOf(title, paragraphs, source) {
  const link2 = source ? source.url ? `[${source.title}](${source.url})` : source.title : void 0;
  const text = [...paragraphs, ...source ? [`Source: ${source.title}${source.url ? ` (${source.url})` : ""}`] : []].join("\n\n");
  const markdown = [`**${title}**`, ...paragraphs, ...link2 ? [`Documentation: ${link2}`] : []].join("\n\n");
  return { text, markdown };
}
function configurationOf(context, transformId, rule) {
  const configured = configuredSeverity(context.severities, transformId, rule);
  if (configured === "off") return { level: "none", enabled: false };
  return { level: configured === void 0 ? "warning" : configured === "info" ? "note" : configured };
}
function buildSarifLog(result, context) {
  const rules = [
    ...context.transforms.map((t) => ({
      id: t.meta.id,
      name: pascalCase(t.meta.id),
      shortDescription: { text: t.meta.title },
      fullDescription: { text: t.meta.description },
      help: helpOf(
        t.meta.title,
        [t.meta.description, ...t.meta.followUp ? [`Follow-up: ${t.meta.followUp}`] : [], ACKNOWLEDGE.replaceAll("<id>", t.meta.id)],
        t.meta.source
      ),
      ...t.meta.source.url ? { helpUri: t.meta.source.url } : {},
      defaultConfiguration: configurationOf(context, t.meta.id),
      properties: { kind: t.meta.kind }
    })),
    // A transform made of rules also lists each rule, as `<transform>/<rule>`.
    ...context.transforms.flatMap(
      (t) => (t.meta.rules ?? []).map((rule) => {
        const description = rule.description ?? `${rule.title}: a rule of ${t.meta.id}. ${t.meta.description}`;
        const source = rule.sources?.[0] ?? t.meta.source;
        const paragraphs = [
          description,
          ...rule.followUp ? [`Follow-up: ${rule.followUp}`] : [],
          ...(rule.sources ?? []).slice(1).map((page2) => `See also: ${page2.title}${page2.url ? ` <${page2.url}>` : ""}`),
          ACKNOWLEDGE.replaceAll("<id>", `${t.meta.id}/${rule.id}`)
        ];
        return {
          id: `${t.meta.id}/${rule.id}`,
          name: pascalCase(`${t.meta.id}-${rule.id}`),
          shortDescription: { text: rule.title },
          fullDescription: { text: description },
          help: helpOf(rule.title, paragraphs, source),
          ...source.url ? { helpUri: source.url } : {},
          defaultConfiguration: configurationOf(context, t.meta.id, rule.id),
          properties: {
            kind: t.meta.kind,
            ...rule.sources?.length ? { pages: rule.sources.map((page2) => page2.path ?? page2.title) } : {}
          }
        };
      })
    ),
    ENGINE_RULE
  ];
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const results = [];
  for (const file of result.files) {
    for (const edit of file.edits) results.push(changeResult(file, edit, context, ruleIndex));
    for (const diagnostic3 of file.diagnostics) results.push(diagnosticResult(file, diagnostic3, ruleIndex));
    for (const diagnostic3 of file.acknowledged) results.push(diagnosticResult(file, diagnostic3, ruleIndex, diagnostic3));
    if (file.status === "failed" && file.reason !== void 0) {
      results.push({
        ruleId: ENGINE_RULE.id,
        ruleIndex: ruleIndex.get(ENGINE_RULE.id),
        level: "error",
        message: { text: file.reason },
        // The whole file is at fault; SARIF validators want a region, so point at its start.
        locations: [{ physicalLocation: { artifactLocation: artifact(file), region: { startLine: 1 } } }],
        partialFingerprints: { [FINGERPRINT_KEY]: digestOf(["engine", file.path, file.reason]) }
      });
    }
  }
  if (result.baseline !== void 0) for (const entry of results) entry.baselineState ??= "new";
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "ucma-codemod",
            version: context.toolVersion,
            semanticVersion: context.toolVersion,
            informationUri: "https://www.npmjs.com/package/ucma-codemod",
            rules
          }
        },
        originalUriBaseIds: { SRCROOT: { uri: (0, import_node_url3.pathToFileURL)(context.cwd.endsWith("/") ? context.cwd : `${context.cwd}/`).href } },
        columnKind: "utf16CodeUnits",
        invocations: [
          { executionSuccessful: !result.files.some((file) => file.status === "failed"), commandLine: `ucma-codemod ${context.command}` }
        ],
        results,
        // What the provisioning rules were judged against (see docs/provisioning.md).
        ...context.migrationTarget ? { properties: { migration: migrationReportData(context.migrationTarget) } } : {}
      }
    ]
  };
}
function changeResult(file, edit, context, ruleIndex) {
  const title = titleOf(context, edit.transform);
  const what = edit.message ?? title;
  const written = file.written;
  const ruleId = edit.rule !== void 0 && ruleIndex.has(`${edit.transform}/${edit.rule}`) ? `${edit.transform}/${edit.rule}` : edit.transform;
  return {
    ruleId,
    ruleIndex: ruleIndex.get(ruleId),
    // SARIF: a result whose kind is not "fail" must have level "none".
    ...written ? { level: "none", kind: "informational" } : levelAndKind(severityOfEdit(edit)),
    message: {
      text: written ? `Changed: ${what}` : `${describeNeededChange(edit, what)}. Run "ucma-codemod apply" or apply the attached fix.`
    },
    locations: [{ physicalLocation: { artifactLocation: artifact(file), region: region(edit.start, edit.end) } }],
    ...fingerprints(file, edit, { origin: edit.transform, rule: edit.rule, message: edit.message ?? edit.newText }),
    ...written ? {} : {
      fixes: [
        {
          description: { text: title },
          artifactChanges: [
            {
              artifactLocation: artifact(file),
              replacements: [{ deletedRegion: region(edit.start, edit.end), insertedContent: { text: edit.newText } }]
            }
          ]
        }
      ]
    }
  };
}
function diagnosticResult(file, diagnostic3, ruleIndex, acknowledged) {
  const ruleId = [diagnostic3.rule && `${diagnostic3.origin}/${diagnostic3.rule}`, diagnostic3.origin].find((id) => id && ruleIndex.has(id)) || ENGINE_RULE.id;
  return {
    ruleId,
    ruleIndex: ruleIndex.get(ruleId),
    ...levelAndKind(diagnostic3.severity),
    message: { text: diagnostic3.message },
    locations: [{ physicalLocation: { artifactLocation: artifact(file), region: region(diagnostic3.start, diagnostic3.end) } }],
    ...fingerprints(file, diagnostic3, diagnostic3),
    ...acknowledged?.state === "suppressed" ? { suppressions: [{ kind: "inSource", status: "accepted", justification: acknowledged.reason ?? "" }] } : {},
    ...acknowledged?.state === "baseline" ? { baselineState: "unchanged" } : {}
  };
}
function fingerprints(file, finding, parts) {
  return { partialFingerprints: { [FINGERPRINT_KEY]: (finding.fingerprint ?? fingerprintOf(file.path, parts)).hash } };
}
function artifact(file) {
  return {
    uri: file.path.split("/").map((part) => part === ".." ? part : encodeURIComponent(part)).join("/"),
    uriBaseId: "SRCROOT"
  };
}
function region(start, end) {
  return { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column };
}
function levelAndKind(severity) {
  return severity === "info" ? { level: "none", kind: "informational" } : { level: severity, kind: "fail" };
}
function pascalCase(id) {
  return id.replace(/(^|-)([a-z0-9])/g, (_m, _dash, letter) => letter.toUpperCase());
}
var import_node_url3, SARIF_SCHEMA, ENGINE_RULE, ACKNOWLEDGE, FINGERPRINT_KEY, sarifFormat;
var init_sarif_report = __esm({
  "src/output/sarif-report.ts"() {
    "use strict";
    init_built_module_url();
    init_run_result();
    init_finding_anchor();
    init_fingerprint();
    init_text_report();
    init_severity();
    init_output_format();
    import_node_url3 = require("node:url");
    init_migration_target();
    SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    ENGINE_RULE = {
      id: "engine",
      name: "FileProcessing",
      shortDescription: { text: "A file could not be processed safely" },
      fullDescription: {
        text: "ucma-codemod reports files it could not read, decode or change safely (unsupported encodings, conflicting edits, edits near code that does not parse); such files are left unchanged. It also warns about suppression comments that are malformed, name an unknown transform or silence nothing."
      },
      help: helpOf(
        "A file could not be processed safely",
        [
          "An error names the file and what stopped ucma-codemod: an encoding it does not read (UTF-16, NUL bytes), edits of two transforms that overlap, or code around an edit that does not parse. The file is left exactly as it was; fix the cause and run again.",
          "A warning about a `ucma-codemod-disable-next-line` comment says what is wrong with it: no reason, an unknown transform id, or nothing left to silence on the next line (remove the comment when the finding is gone)."
        ],
        void 0
      ),
      defaultConfiguration: { level: "error" }
    };
    ACKNOWLEDGE = "To keep a finding on purpose, put `// ucma-codemod-disable-next-line <id> -- <reason>` (in a project file: `<!-- ucma-codemod-disable-next-line <id>: <reason> -->`) on the line before it, set the rule's severity in ucma-codemod.config.json, or record it in a baseline file (`check --write-baseline`).";
    FINGERPRINT_KEY = "ucmaCodemodFinding/v1";
    sarifFormat = {
      name: "sarif",
      summary: "SARIF 2.1.0, one result per needed change (with its fix) or diagnostic",
      commands: ["diff", "check", "apply"],
      machineReadable: true,
      splitsIntoFiles: false,
      build: (result, context) => singlePart(Buffer.from(`${JSON.stringify(buildSarifLog(result, context), null, 2)}
`, "utf8"), "report.sarif")
    };
  }
});

// src/output/formats.ts
function findFormat(name) {
  return OUTPUT_FORMATS.find((format) => format.name === name);
}
function defaultFormatFor(command2) {
  return OUTPUT_FORMATS.find((format) => format.defaultFor?.includes(command2));
}
var OUTPUT_FORMATS;
var init_formats = __esm({
  "src/output/formats.ts"() {
    "use strict";
    init_built_module_url();
    init_github_report();
    init_html_report();
    init_markdown_report();
    init_plan_text();
    init_json_report();
    init_mbox_report();
    init_msbuild_report();
    init_names_report();
    init_patch_report();
    init_sarif_report();
    init_stat_report();
    OUTPUT_FORMATS = [
      diffFormat,
      mboxFormat,
      jsonFormat,
      sarifFormat,
      githubFormat,
      msbuildFormat,
      namesFormat,
      statFormat,
      htmlFormat,
      markdownFormat,
      planTextFormat
    ];
  }
});

// src/inputs/project-companions.ts
async function surroundingsOf(absolutePath, displayPath) {
  if (xmlFileKind(absolutePath) !== "app-config") return {};
  const displayFolder = displayPath.includes("/") ? displayPath.slice(0, displayPath.lastIndexOf("/") + 1) : "";
  const projectFiles2 = await readFolderFiles(
    (0, import_node_path13.dirname)(absolutePath),
    displayFolder,
    /* @__PURE__ */ new Map(),
    MAX_PROJECT_FILE_BYTES2,
    (name) => xmlFileKind(name) === "msbuild-project"
  );
  return { projectFiles: projectFiles2 };
}
async function projectFolderFiles(folder, displayFolder, inputs, maxBytes) {
  return readFolderFiles(folder, displayFolder, inputs, maxBytes, (name) => xmlFileKind(name) !== void 0);
}
async function readFolderFiles(folder, displayFolder, inputs, maxBytes, wanted) {
  let names;
  try {
    names = (await (0, import_promises5.readdir)(folder, { withFileTypes: true })).filter((e) => e.isFile() && wanted(e.name)).map((e) => e.name).sort();
  } catch {
    return [];
  }
  const files = [];
  let opened;
  try {
    opened = openFolderBelow(folder, folder);
    for (const name of names) {
      try {
        const input = inputs.get((0, import_node_path13.join)(folder, name));
        const read = input ? await input.read(maxBytes) : readRegularFile(opened, name, maxBytes);
        if (!("bytes" in read) || read.bytes.length > maxBytes) continue;
        files.push({ path: input?.displayPath ?? `${displayFolder}${name}`, text: decodeSource(read.bytes).text });
      } catch {
      }
    }
  } catch {
  } finally {
    if (opened) closeFolder(opened);
  }
  return files;
}
var import_promises5, import_node_path13, MAX_PROJECT_FILE_BYTES2;
var init_project_companions = __esm({
  "src/inputs/project-companions.ts"() {
    "use strict";
    init_built_module_url();
    import_promises5 = require("node:fs/promises");
    import_node_path13 = require("node:path");
    init_no_follow();
    init_dialects();
    init_source_text();
    MAX_PROJECT_FILE_BYTES2 = 4 * 1024 * 1024;
  }
});

// src/engine/byte-prefilter.ts
function fileNeedsOfBytes(path, inspected, transforms, hasProject = false) {
  return fileNeeds(path, bytesContain(inspected), transforms, hasProject);
}
function mentions(inspected, needles) {
  const contains3 = bytesContain(inspected);
  return needles === void 0 || needles.some(contains3);
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
function searchBytes({ encoding, body }, needle) {
  if (needle === "") return true;
  const bytes = needleBytes(needle, encoding);
  return bytes === ANY_FILE ? true : bytes === NO_FILE ? false : body.includes(bytes);
}
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
var searched, ANY_FILE, NO_FILE, encodedNeedles;
var init_byte_prefilter = __esm({
  "src/engine/byte-prefilter.ts"() {
    "use strict";
    init_built_module_url();
    init_file_needs();
    searched = /* @__PURE__ */ new WeakMap();
    ANY_FILE = "any file";
    NO_FILE = "no file";
    encodedNeedles = { "utf-8": /* @__PURE__ */ new Map(), latin1: /* @__PURE__ */ new Map() };
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

// src/run/tree-memory.ts
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
function noteParsedText(length) {
  parsedSinceCollection += length;
  if (parsedSinceCollection < COLLECT_EVERY) return;
  parsedSinceCollection = 0;
  collector()?.({ type: "minor" });
  finalizersWaiting = true;
}
async function letFinalizersRun() {
  if (!finalizersWaiting) return;
  finalizersWaiting = false;
  await new Promise((resolve22) => setImmediate(resolve22));
}
var import_node_v8, import_node_vm, parsedSinceCollection, COLLECT_EVERY, collect, finalizersWaiting;
var init_tree_memory = __esm({
  "src/run/tree-memory.ts"() {
    "use strict";
    init_built_module_url();
    import_node_v8 = __toESM(require_node_v8(), 1);
    import_node_vm = require("node:vm");
    parsedSinceCollection = 0;
    COLLECT_EVERY = 64 * 1024;
    collect = null;
    finalizersWaiting = false;
  }
});

// src/run/file-work.ts
function fullWork(work, bytes) {
  if (work.kind !== "transformed") return work;
  const source = decodeInspected(bytes, work.source);
  const newText = work.outcome.status === "changed" ? applyEdits(source.text, work.outcome.edits) : source.text;
  return { kind: "transformed", source, outcome: { ...work.outcome, text: source.text, newText } };
}
function parseBudgetFor(memoryBytes) {
  return Math.floor(memoryBytes / MEMORY_PER_SOURCE_BYTE);
}
function overBudget(size, limits) {
  if (limits.parseBudgetBytes === void 0 || size <= limits.parseBudgetBytes) return void 0;
  const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MiB`;
  return `not parsed: a file of ${mib(size)} needs about ${mib(size * MEMORY_PER_SOURCE_BYTE)} of memory to parse and transform (about ${MEMORY_PER_SOURCE_BYTE} bytes per byte), more than one file may take (${mib(limits.parseBudgetBytes * MEMORY_PER_SOURCE_BYTE)}; raise it with --worker-memory)`;
}
function workOnBytes(path, bytes, transforms, options2 = {}, surroundings = {}, limits = {}) {
  const needed = needsWork(path, bytes, transforms, surroundings.project !== void 0);
  if (needed !== true) return needed;
  const refused = overBudget(bytes.length, limits);
  if (refused !== void 0) return { kind: "failed", reason: refused };
  const source = decodeSource(bytes);
  const known = surroundings.knownTransformIds ?? transforms.map((transform) => transform.meta.id);
  const outcome = transformSource(path, source, transforms, options2, { ...surroundings, knownTransformIds: known });
  noteParsedText(source.text.length * (outcome.status === "changed" ? 2 : 1));
  if (outcome.status === "unchanged" && outcome.diagnostics.length === 0 && outcome.suppressed.length === 0)
    return { kind: "nothing-to-do" };
  return { kind: "transformed", source, outcome };
}
function noWorkWithoutProject(path, inspected, transforms) {
  return !needsParsing(fileNeedsOfBytes(path, inspected, transforms, false));
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
var MEMORY_PER_SOURCE_BYTE, DEFAULT_WORK_MEMORY_BYTES;
var init_file_work = __esm({
  "src/run/file-work.ts"() {
    "use strict";
    init_built_module_url();
    init_byte_prefilter();
    init_edits();
    init_file_needs();
    init_source_text();
    init_transform_source();
    init_tree_memory();
    MEMORY_PER_SOURCE_BYTE = 64;
    DEFAULT_WORK_MEMORY_BYTES = 2 * 1024 * 1024 * 1024;
  }
});

// src/run/project-context.ts
async function indexProjects(inputs, transforms, maxBytes, declarer = declareInThisThread) {
  const needing = transforms.filter((t) => t.meta.needsProject);
  if (needing.length === 0) return void 0;
  const known = new Set(inputs.map((input) => input.absolutePath));
  const byPath = new Map(inputs.map((input) => [input.absolutePath, input]));
  const alsoIn = /* @__PURE__ */ new Map();
  const addProject = (path, project) => alsoIn.set(path, (alsoIn.get(path) ?? /* @__PURE__ */ new Set()).add(project));
  for (const input of inputs) for (const project of input.alsoCompiledBy ?? []) addProject(input.absolutePath, project);
  const peers = [];
  for (const peer of inputs.flatMap((input) => input.projectPeers ?? [])) {
    if (!known.has(peer.absolutePath)) {
      known.add(peer.absolutePath);
      peers.push(peer);
    } else if (peer.projectRoot !== void 0) addProject(peer.absolutePath, peer.projectRoot);
  }
  const indexed = [...inputs, ...peers].filter((input) => languageForPath(input.displayPath)?.declarations !== void 0);
  if (peers.length > 0) indexed.sort((a, b) => compareCodePoints(a.displayPath, b.displayPath));
  inputs = indexed;
  const folders2 = new ProjectFolders();
  const members = /* @__PURE__ */ new Map();
  const projectsOf = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Map();
  const noWork = /* @__PURE__ */ new Set();
  const anyIndex = typeFilterOf(needing);
  const declaresNone = /* @__PURE__ */ new Set();
  let workAhead = false;
  const scan = async (input) => {
    const project = input.projectRoot ?? await folders2.projectOf(input.absolutePath);
    const projects = [project, ...[...alsoIn.get(input.absolutePath) ?? []].filter((other2) => other2 !== project)];
    projectsOf.set(input, projects);
    const passes = projects.map((each) => {
      const both = seen.get(each) ?? { requires: /* @__PURE__ */ new Set(), project: /* @__PURE__ */ new Set() };
      seen.set(each, both);
      return both;
    });
    if (passes.every((both) => needing.every((t) => both.requires.has(t) && both.project.has(t)))) return;
    const inspected = await readInspected(input, maxBytes);
    if (inspected === void 0) return;
    if (!anyIndex.all && !mayDeclare(inspected, anyIndex)) declaresNone.add(input);
    if (byPath.get(input.absolutePath) === input) {
      if (noWorkWithoutProject(input.displayPath, inspected, transforms)) noWork.add(input);
      else if (!workAhead) {
        workAhead = true;
        declarer.prepare?.();
      }
    }
    for (const t of needing) {
      const lackRequires = passes.filter((both) => !both.requires.has(t));
      if (lackRequires.length > 0 && mentions(inspected, t.meta.requires)) for (const both of lackRequires) both.requires.add(t);
      const lackProject = passes.filter((both) => !both.project.has(t));
      if (lackProject.length > 0 && mentions(inspected, t.meta.projectRequires)) for (const both of lackProject) both.project.add(t);
    }
  };
  for (let start = 0; start < inputs.length; start += SCAN_BATCH) await Promise.all(inputs.slice(start, start + SCAN_BATCH).map(scan));
  for (const input of inputs) {
    for (const project of projectsOf.get(input)) {
      const list = members.get(project);
      if (list) list.push(input);
      else members.set(project, [input]);
    }
  }
  const wanted = /* @__PURE__ */ new Map();
  for (const [project, both] of seen) {
    const matter = needing.filter((t) => both.requires.has(t) && both.project.has(t));
    if (matter.length > 0) wanted.set(project, typeFilterOf(matter));
  }
  return new LazyProjects(projectsOf, members, wanted, maxBytes, declarer, byPath, { noWork, declaresNone });
}
function typeFilterOf(transforms) {
  if (transforms.some((t) => t.meta.projectTypes === void 0)) return ALL_TYPES;
  const names = [...new Set(transforms.flatMap((t) => t.meta.projectTypes.map((name) => name.replace(/^@/, ""))))].sort();
  return { all: false, names, declares: declaresAnyOf(names), key: names.join(",") };
}
function declaresAnyOf(names) {
  const name = String.raw`(?<![\p{L}\p{N}_])@?(?:${names.join("|")})(?![\p{L}\p{N}_])`;
  const keyword = (words) => String.raw`(?<![\p{L}\p{N}_@])(?:${words})(?![\p{L}\p{N}_])`;
  const space = String.raw`(?:\s|/\*(?:[^*]|\*(?!/))*\*/|//[^\n]*)+`;
  const type = `${keyword("class|struct|interface|enum|record")}(?:${space}${keyword("class|struct")})?${space}${name}`;
  const delegate2 = String.raw`${keyword("delegate")}[^;{}=]{1,256}?${name}\s*[<(]`;
  return new RegExp(`${type}|${delegate2}`, "u");
}
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
function mayDeclare(bytesOrInspected, filter) {
  try {
    const inspected = Buffer.isBuffer(bytesOrInspected) ? inspectBytes(bytesOrInspected) : bytesOrInspected;
    if (!mentions(inspected, filter.names)) return false;
    return filter.declares.test(decodeBody(inspected));
  } catch {
    return false;
  }
}
async function readBytes(input, maxBytes) {
  try {
    const read = await input.read(maxBytes);
    return "oversize" in read ? void 0 : read.bytes;
  } catch {
    return void 0;
  }
}
async function readInspected(input, maxBytes) {
  const bytes = await readBytes(input, maxBytes);
  if (bytes === void 0) return void 0;
  try {
    return inspectBytes(bytes);
  } catch {
    return void 0;
  }
}
var import_promises6, import_node_path14, ALL_TYPES, SCAN_BATCH, declareInThisThread, DECLARE_BATCH, LazyProjects, ProjectFolders;
var init_project_context = __esm({
  "src/run/project-context.ts"() {
    "use strict";
    init_built_module_url();
    import_promises6 = require("node:fs/promises");
    import_node_path14 = require("node:path");
    init_languages();
    init_project_index();
    init_byte_prefilter();
    init_source_text();
    init_discover_files();
    init_project_companions();
    init_tree_memory();
    init_file_work();
    ALL_TYPES = { all: true, key: "*" };
    SCAN_BATCH = 16;
    declareInThisThread = {
      declare: async (path, bytes) => declarationsOfBytes(path, bytes)
    };
    DECLARE_BATCH = 64;
    LazyProjects = class {
      constructor(projectsOf, members, wanted, maxBytes, declarer, inputsByPath, scanned) {
        this.projectsOf = projectsOf;
        this.members = members;
        this.wanted = wanted;
        this.maxBytes = maxBytes;
        this.declarer = declarer;
        this.inputsByPath = inputsByPath;
        this.scanned = scanned;
      }
      projectsOf;
      members;
      wanted;
      maxBytes;
      declarer;
      inputsByPath;
      scanned;
      indexes = /* @__PURE__ */ new Map();
      /** Declarations by filter and path: a file that several projects compile is parsed once. */
      declared = /* @__PURE__ */ new Map();
      settledBefore(input) {
        return this.scanned.noWork.has(input) && !this.wanted.has(this.ownProject(input));
      }
      async contextFor(input) {
        const project = this.ownProject(input);
        if (project === void 0 || !this.wanted.has(project)) return {};
        let building = this.indexes.get(project);
        if (!building) {
          building = this.build(project);
          this.indexes.set(project, building);
        }
        return { project: await building };
      }
      /**
       * The project a file is judged with: its own only. A file that other projects compile too is in
       * their indexes, but judging it with theirs would prove an edit in one compilation that another
       * breaks (a name each declares its own way, an alias, a partial class part).
       */
      ownProject(input) {
        return this.projectsOf.get(input)?.[0];
      }
      async build(project) {
        const files = [];
        const members = this.members.get(project) ?? [];
        const filter = this.wanted.get(project) ?? ALL_TYPES;
        for (let start = 0; start < members.length; start += DECLARE_BATCH) {
          const declared = await Promise.all(members.slice(start, start + DECLARE_BATCH).map((input) => this.declare(input, filter)));
          for (const file of declared) if (file !== void 0) files.push(file);
        }
        return new ProjectIndex(files, project, await this.projectFiles(project, members));
      }
      /** The project folder's *.csproj, App.config and *.exe.config (none for the run's root). */
      async projectFiles(project, members) {
        const member = members.find((input) => input.absolutePath.startsWith(`${project}${import_node_path14.sep}`)) ?? members[0];
        if (project === "" || member === void 0) return [];
        const up = (0, import_node_path14.relative)((0, import_node_path14.dirname)(member.absolutePath), project).split(import_node_path14.sep).join("/");
        const folder = import_node_path14.posix.normalize(import_node_path14.posix.join(import_node_path14.posix.dirname(member.displayPath), up));
        const displayFolder = folder === "." ? "" : `${folder.replace(/\/$/, "")}/`;
        return projectFolderFiles(project, displayFolder, this.inputsByPath, this.maxBytes);
      }
      declare(input, filter) {
        const key = `${filter.key}\0${input.absolutePath}`;
        let declaring = this.declared.get(key);
        if (!declaring) {
          declaring = this.declareOnce(input, filter);
          this.declared.set(key, declaring);
        }
        return declaring;
      }
      async declareOnce(input, filter) {
        if (!filter.all && this.scanned.declaresNone.has(input)) return void 0;
        const bytes = await readBytes(input, this.maxBytes);
        if (bytes === void 0 || !(filter.all || mayDeclare(bytes, filter))) return void 0;
        return this.declarer.declare(input.displayPath, bytes);
      }
    };
    ProjectFolders = class {
      hasProjectFile = /* @__PURE__ */ new Map();
      async projectOf(file) {
        for (let folder = (0, import_node_path14.dirname)(file); ; folder = (0, import_node_path14.dirname)(folder)) {
          if (await this.holdsProject(folder)) return folder;
          if ((0, import_node_path14.dirname)(folder) === folder) return "";
        }
      }
      holdsProject(folder) {
        let answer = this.hasProjectFile.get(folder);
        if (!answer) {
          answer = (0, import_promises6.readdir)(folder).then(
            (names) => names.some((name) => name.toLowerCase().endsWith(".csproj")),
            () => false
          );
          this.hasProjectFile.set(folder, answer);
        }
        return answer;
      }
    };
  }
});

// src/run/rejection-watch.ts
var import_node_v82, RejectionWatch;
var init_rejection_watch = __esm({
  "src/run/rejection-watch.ts"() {
    "use strict";
    init_built_module_url();
    import_node_v82 = __toESM(require_node_v8(), 1);
    RejectionWatch = class {
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
        await new Promise((resolve22) => setImmediate(resolve22));
        const found = this.pending.get(key);
        this.pending.delete(key);
        return found?.join("; ");
      }
    };
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

// src/run/worker-signals.ts
var CLOSE_REQUEST, LOADING;
var init_worker_signals = __esm({
  "src/run/worker-signals.ts"() {
    "use strict";
    init_built_module_url();
    CLOSE_REQUEST = "close";
    LOADING = -2;
  }
});

// src/run/worker-pool.ts
function transformSpecs(transforms) {
  const specs = [];
  for (const transform of transforms) {
    const moduleUrl = transformModuleUrl(transform);
    if (moduleUrl === void 0) return void 0;
    specs.push({
      moduleUrl: builtModuleUrl(moduleUrl),
      ...transform.selectedRules === void 0 ? {} : { selectedRules: [...transform.selectedRules] }
    });
  }
  return specs;
}
function workerScript() {
  const bundle = (0, import_node_path15.join)(packageRoot(), "dist", "worker.cjs");
  script ??= (0, import_node_fs9.existsSync)(bundle) ? bundle : (0, import_node_path15.join)(packageRoot(), "dist", "src", "run", "file-worker-entry.js");
  return script;
}
function builtModuleUrl(moduleUrl) {
  if (!moduleUrl.startsWith("file:") || !moduleUrl.endsWith(".ts")) return moduleUrl;
  const path = (0, import_node_url4.fileURLToPath)(moduleUrl);
  const inPackage = (0, import_node_path15.relative)(packageRoot(), path);
  if (inPackage.startsWith("..") || (0, import_node_path15.isAbsolute)(inPackage)) return moduleUrl;
  return (0, import_node_url4.pathToFileURL)((0, import_node_path15.join)(packageRoot(), "dist", inPackage.replace(/\.ts$/, ".js"))).href;
}
var import_node_fs9, import_node_path15, import_node_url4, import_node_worker_threads, TIMEOUTS_IN_A_ROW, IN_FLIGHT, CLOSE_GRACE_MS, script, WorkerPool;
var init_worker_pool = __esm({
  "src/run/worker-pool.ts"() {
    "use strict";
    init_built_module_url();
    import_node_fs9 = require("node:fs");
    import_node_path15 = require("node:path");
    import_node_url4 = require("node:url");
    import_node_worker_threads = __toESM(require_node_worker_threads(), 1);
    init_package_info();
    init_file_work();
    init_worker_signals();
    init_transform_origin();
    TIMEOUTS_IN_A_ROW = 3;
    IN_FLIGHT = 2;
    CLOSE_GRACE_MS = 3e4;
    WorkerPool = class {
      constructor(specs, options2) {
        this.specs = specs;
        this.options = options2;
      }
      specs;
      options;
      workers = [];
      queue = [];
      closed = false;
      /** Files that ran out of time since the last file answered. */
      timeoutsInARow = [];
      /** Why the pool stopped taking files (files kept running out of time), or undefined. */
      gaveUp;
      /** Does the work for one file in a worker. Never rejects: a failure is a `failed` work. */
      work(path, bytes, projectFiles2, project) {
        return new Promise((resolve22) => {
          const fail = (reason) => resolve22({ kind: "failed", reason });
          this.enqueue({
            kind: "work",
            path,
            bytes,
            projectFiles: projectFiles2,
            project,
            fail,
            settle: (answer) => {
              if (!("work" in answer)) return fail("its worker thread gave no work");
              try {
                resolve22(fullWork(answer.work, bytes));
              } catch (thrown) {
                fail(`its worker thread's work could not be read back (${thrown instanceof Error ? thrown.message : String(thrown)})`);
              }
            }
          });
        });
      }
      /** Reads one file's declarations in a worker; undefined when the file cannot be read as C#, or its worker failed. */
      declare(path, bytes) {
        return new Promise((resolve22) => {
          this.enqueue({
            kind: "declare",
            path,
            bytes,
            projectFiles: void 0,
            project: void 0,
            fail: () => resolve22(void 0),
            settle: (answer) => resolve22("declared" in answer ? answer.declared : void 0)
          });
        });
      }
      /** Starts every worker now, ahead of the work (a worker takes a while to load its transforms). */
      warmUp() {
        while (!this.closed && this.workers.length < this.options.threads) this.startWorker();
      }
      enqueue(task) {
        if (this.closed) {
          task.fail(this.gaveUp ?? "the worker pool was closed before this file was processed");
          return;
        }
        this.queue.push(task);
        this.dispatch();
      }
      /**
       * Ends every worker; work not yet sent fails. Every worker is asked to end on its own, after the
       * files it was sent (at most two), so its isolate tears down in order: terminating one while it
       * loads, parses or unloads tree-sitter's native module aborts the whole process (a C++ exception
       * from the addon; seen when a run was cut short by a full stdout with workers busy). Only a
       * worker that runs past its file's time budget, or does not end within the grace time, is
       * terminated.
       */
      async close() {
        this.closed = true;
        for (const task of this.queue.splice(0)) task.fail("the worker pool was closed before this file was processed");
        await Promise.all(
          this.workers.splice(0).map(async (worker) => {
            const ended = new Promise((resolve22) => worker.thread.once("exit", () => resolve22()));
            worker.thread.postMessage(CLOSE_REQUEST);
            const late = setTimeout(() => void worker.thread.terminate(), CLOSE_GRACE_MS);
            await ended;
            clearTimeout(late);
          })
        );
      }
      /** Hands queued files to the least busy ready worker, starting workers up to the limit. */
      dispatch() {
        while (this.queue.length > 0) {
          const ready = this.workers.filter((worker) => worker.ready && worker.tasks.length < IN_FLIGHT);
          const idle = ready.find((worker) => worker.tasks.length === 0);
          if (!idle && this.workers.length < this.options.threads) this.startWorker();
          const chosen = idle ?? ready[0];
          if (!chosen) return;
          this.assign(chosen, this.queue.shift());
        }
      }
      assign(worker, task) {
        if (task.project && !worker.projects.has(task.project.root)) {
          worker.projects.add(task.project.root);
          this.push(worker, {
            kind: "project",
            path: task.project.root,
            bytes: new Uint8Array(0),
            projectFiles: void 0,
            project: task.project,
            settle: () => void 0,
            fail: () => void 0
          });
          worker.thread.postMessage({
            kind: "project",
            root: task.project.root,
            files: task.project.files,
            projectFiles: task.project.projectFiles
          });
        }
        this.push(worker, task);
        if (task.kind === "declare") {
          worker.thread.postMessage({ kind: "declare", path: task.path, bytes: task.bytes });
          return;
        }
        worker.thread.postMessage({
          kind: "work",
          path: task.path,
          bytes: task.bytes,
          projectFiles: task.projectFiles,
          project: task.project ? { root: task.project.root } : void 0
        });
      }
      push(worker, task) {
        worker.tasks.push(task);
        if (worker.tasks.length === 1) this.startTimer(worker);
      }
      /** Times the worker's first file (the next one starts as soon as the first is answered); a project index handed over is not timed. */
      startTimer(worker) {
        clearTimeout(worker.timer);
        worker.timer = void 0;
        if (worker.tasks[0]?.kind === "project") return;
        worker.timer = setTimeout(() => this.timedOut(worker), this.options.fileTimeBudgetMs);
      }
      startWorker() {
        const progress = new Int32Array(new SharedArrayBuffer(4));
        Atomics.store(progress, 0, LOADING);
        const setup = {
          transforms: this.specs,
          options: this.options.transformOptions,
          knownTransformIds: this.options.knownTransformIds,
          ...this.options.severities ? { severities: this.options.severities } : {},
          progress,
          ...this.options.parseBudgetBytes === void 0 ? {} : { parseBudgetBytes: this.options.parseBudgetBytes }
        };
        const thread = new import_node_worker_threads.Worker(workerScript(), {
          workerData: setup,
          resourceLimits: { maxOldGenerationSizeMb: this.options.workerMemoryMb }
        });
        const worker = { thread, progress, ready: false, tasks: [], projects: /* @__PURE__ */ new Set(), timer: void 0 };
        this.workers.push(worker);
        thread.on("message", (message) => {
          if ("ready" in message) {
            worker.ready = true;
          } else {
            clearTimeout(worker.timer);
            const task = worker.tasks.shift();
            task?.settle(message);
            if (task && task.kind !== "project") this.timeoutsInARow = [];
            if (worker.tasks.length > 0) this.startTimer(worker);
          }
          this.dispatch();
        });
        thread.on(
          "error",
          (error2) => this.lost(worker, this.describeFailure(worker, error2), error2.code === "ERR_WORKER_OUT_OF_MEMORY")
        );
        thread.on("exit", (code) => this.lost(worker, `its worker thread exited (status ${code})`));
      }
      /** Why a worker failed, naming the transform that was running when it ran out of memory. */
      describeFailure(worker, error2) {
        if (error2.code !== "ERR_WORKER_OUT_OF_MEMORY") return `its worker thread failed: ${error2.message}`;
        const running = Atomics.load(worker.progress, 0);
        const who = running >= 0 ? `transform ${this.options.transforms[running]?.meta.id ?? running}` : running === LOADING ? "loading the transforms" : "parsing and checking it";
        return `${who} used more memory than a worker thread may (${this.options.workerMemoryMb} MiB of JavaScript heap; raise it with --worker-memory); the work was stopped`;
      }
      /** The budget ran out: name what was running, stop the worker, go on with a fresh one. */
      timedOut(worker) {
        const running = Atomics.load(worker.progress, 0);
        const seconds = `${(this.options.fileTimeBudgetMs / 1e3).toFixed(this.options.fileTimeBudgetMs % 1e3 === 0 ? 0 : 1)} s`;
        const culprit = running >= 0 ? `transform ${this.options.transforms[running]?.meta.id ?? running} ran` : "parsing and checking it took";
        const reason = `${culprit} longer than the per-file time budget of ${seconds}; not changed (the work was stopped, the run went on)`;
        this.remove(worker);
        this.requeueWaiting(worker);
        const path = worker.tasks[0]?.path ?? "?";
        void this.stop(worker, reason);
        if (!this.overLimitAgain(path)) this.dispatch();
      }
      /**
       * Counts a file that ran past the per-file limits (time or memory); true when that makes too
       * many in a row, with none answered between, and the pool gives up: a transform that loops or
       * grows on every file would otherwise make each one wait out the budget in a fresh worker,
       * forever in effect.
       */
      overLimitAgain(path) {
        this.timeoutsInARow.push(path);
        if (this.timeoutsInARow.length < TIMEOUTS_IN_A_ROW || this.closed) return false;
        const seconds = `${(this.options.fileTimeBudgetMs / 1e3).toFixed(this.options.fileTimeBudgetMs % 1e3 === 0 ? 0 : 1)} s`;
        this.gaveUp = `${this.timeoutsInARow.length} files in a row ran past the per-file limits (the time budget of ${seconds}, or ${this.options.workerMemoryMb} MiB of memory): ${this.timeoutsInARow.join(", ")}; the run was stopped, since a transform that never ends (or never stops growing) would hold up every file. Raise --file-timeout or --worker-memory if the files are only slow or big`;
        this.closed = true;
        for (const task of this.queue.splice(0)) task.fail(this.gaveUp);
        return true;
      }
      /** Files a stopped worker had not begun go back to the front of the queue, in order (or fail, once the pool is closed). */
      requeueWaiting(worker) {
        const waiting = worker.tasks.splice(1).filter((task) => task.kind !== "project");
        if (this.closed) for (const task of waiting) task.fail(this.gaveUp ?? "the worker pool was closed before this file was processed");
        else this.queue.unshift(...waiting);
      }
      /** A worker died on its own: fail its file and replace it; one that never got ready fails the rest. */
      lost(worker, why, overMemory = false) {
        clearTimeout(worker.timer);
        const reason = `could not be processed: ${why}`;
        if (!this.workers.includes(worker)) {
          for (const task of worker.tasks.splice(0)) task.fail(reason);
          return;
        }
        this.remove(worker);
        this.requeueWaiting(worker);
        while (worker.tasks[0]?.kind === "project") worker.tasks.shift();
        const failed = worker.tasks.shift();
        failed?.fail(reason);
        if (overMemory && worker.ready && this.overLimitAgain(failed?.path ?? "?")) return;
        if (!worker.ready) {
          this.gaveUp ??= reason;
          this.closed = true;
          for (const task of this.queue.splice(0)) task.fail(reason);
          return;
        }
        if (!this.closed) this.dispatch();
      }
      remove(worker) {
        const at = this.workers.indexOf(worker);
        if (at !== -1) this.workers.splice(at, 1);
      }
      async stop(worker, reason) {
        clearTimeout(worker.timer);
        for (const task of worker.tasks.splice(0)) task.fail(reason);
        await worker.thread.terminate();
      }
    };
  }
});

// src/run/file-runner.ts
function defaultJobs() {
  return (0, import_node_os.availableParallelism)();
}
function openFileRunner(options2) {
  const jobs = options2.jobs ?? defaultJobs();
  const userCode = options2.transforms.some(isUserCode);
  const threads = jobs === 1 ? 0 : options2.fileCount > HANDFUL_OF_FILES ? jobs : userCode ? 1 : 0;
  const specs = threads > 0 ? transformSpecs(options2.transforms) : void 0;
  const memory = options2.workMemoryBytes ?? DEFAULT_WORK_MEMORY_BYTES;
  const limits = { parseBudgetBytes: parseBudgetFor(memory) };
  if (specs === void 0) {
    let running = -1;
    const transforms = userCode ? tracking(options2.transforms, (index) => running = index) : options2.transforms;
    const rejections = userCode ? new RejectionWatch(() => running, options2.transforms) : void 0;
    const known = new Set(options2.knownTransformIds ?? options2.transforms.map((transform) => transform.meta.id));
    return {
      threads: 0,
      gaveUp: void 0,
      declarer: { declare: async (path, bytes) => declarationsOfBytes(path, bytes, limits.parseBudgetBytes) },
      async work(path, bytes, surroundings = {}) {
        const run2 = () => workOnBytes(
          path,
          bytes,
          transforms,
          options2.transformOptions,
          { ...surroundings, knownTransformIds: known, ...options2.severities ? { severities: options2.severities } : {} },
          limits
        );
        let work = rejections ? rejections.within(path, run2) : run2();
        const rejected = await rejections?.settle(path);
        if (rejected !== void 0) work = { kind: "failed", reason: rejected };
        await letFinalizersRun();
        return work;
      },
      close: async () => void 0
    };
  }
  const pool = new WorkerPool(specs, {
    transforms: options2.transforms,
    transformOptions: options2.transformOptions,
    knownTransformIds: options2.knownTransformIds ?? options2.transforms.map((transform) => transform.meta.id),
    ...options2.severities ? { severities: options2.severities } : {},
    threads,
    fileTimeBudgetMs: options2.fileTimeBudgetMs ?? DEFAULT_FILE_TIME_BUDGET_MS,
    workerMemoryMb: Math.max(16, Math.floor(memory / 1024 / 1024)),
    parseBudgetBytes: limits.parseBudgetBytes
  });
  return {
    threads,
    get gaveUp() {
      return pool.gaveUp;
    },
    declarer: {
      declare: (path, bytes) => pool.declare(path, bytes),
      prepare: () => pool.warmUp()
    },
    work(path, bytes, surroundings = {}) {
      const needed = needsWork(path, bytes, options2.transforms, surroundings.project !== void 0);
      if (needed !== true) return Promise.resolve(needed);
      const refused = overBudget(bytes.length, limits);
      if (refused !== void 0) return Promise.resolve({ kind: "failed", reason: refused });
      return pool.work(path, bytes, surroundings.projectFiles, surroundings.project);
    },
    close: () => pool.close()
  };
}
function tracking(transforms, at) {
  return transforms.map((transform, index) => ({
    ...transform,
    meta: transform.meta,
    run(context) {
      at(index);
      try {
        return transform.run(context);
      } finally {
        at(-1);
      }
    }
  }));
}
var import_node_os, HANDFUL_OF_FILES, DEFAULT_FILE_TIME_BUDGET_MS, DEFAULT_JOBS_DESCRIPTION;
var init_file_runner = __esm({
  "src/run/file-runner.ts"() {
    "use strict";
    init_built_module_url();
    import_node_os = require("node:os");
    init_file_work();
    init_rejection_watch();
    init_project_context();
    init_tree_memory();
    init_worker_pool();
    init_transform_origin();
    HANDFUL_OF_FILES = 8;
    DEFAULT_FILE_TIME_BUDGET_MS = 6e4;
    DEFAULT_JOBS_DESCRIPTION = "one per core";
  }
});

// src/run/passed-over-attention.ts
async function withAttention(file, transforms, severities, probe) {
  if (file.status !== "skipped") return file;
  const warnings = [];
  for (const { transform, why } of await transformsWithWorkIn(file.path, probe, transforms)) {
    const { meta } = transform;
    if (isOff(severities, meta.id)) continue;
    const because = why === "name" ? `${meta.id} looks at files named ${(0, import_node_path16.basename)(file.path)}` : `it contains text that ${meta.id} looks for (${(meta.requires ?? []).map((needle) => `"${needle}"`).join(" or ")})`;
    warnings.push({
      origin: meta.id,
      severity: effectiveSeverity(severities, meta.id, void 0, "warning"),
      message: `passed over (${file.reason ?? "skipped"}), but ${because}: it may still need a change that this run could neither make nor check; look at it by hand or include it in the run`,
      start: { offset: 0, line: 1, column: 1 },
      end: { offset: 0, line: 1, column: 1 }
    });
  }
  return warnings.length === 0 ? file : { ...file, diagnostics: [...file.diagnostics, ...warnings] };
}
var import_node_path16;
var init_passed_over_attention = __esm({
  "src/run/passed-over-attention.ts"() {
    "use strict";
    init_built_module_url();
    import_node_path16 = require("node:path");
    init_file_needs();
    init_severity();
  }
});

// src/run/run-codemod.ts
async function runCodemod(options2) {
  const files = [];
  const cleaner = new StaleTempCleaner();
  const total = (options2.passedOver?.errors.length ?? 0) + (options2.passedOver?.skipped.length ?? 0) + options2.inputs.length;
  const finish = async (judged) => {
    const file = withFingerprints(judged, options2.fingerprintRoot);
    await options2.onFile?.(file, files.length + 1, total);
    files.push(options2.keepChanges === false ? withoutChange(file) : file);
  };
  for (const passed of options2.passedOver?.errors ?? []) {
    await finish(fileResult({ path: passed.displayPath, absolutePath: void 0, status: "failed", reason: passed.reason }));
  }
  for (const passed of options2.passedOver?.skipped ?? []) {
    await finish(
      await withAttention(
        fileResult({ path: passed.displayPath, absolutePath: void 0, status: "skipped", reason: passed.reason }),
        options2.transforms,
        options2.severities
      )
    );
  }
  const runner = openFileRunner({
    transforms: options2.transforms,
    transformOptions: options2.transformOptions ?? {},
    knownTransformIds: [.../* @__PURE__ */ new Set([...options2.knownTransformIds ?? [], ...options2.transforms.map((transform) => transform.meta.id)])],
    fileCount: options2.inputs.length,
    ...options2.severities !== void 0 ? { severities: options2.severities } : {},
    ...options2.jobs !== void 0 ? { jobs: options2.jobs } : {},
    ...options2.fileTimeBudgetMs !== void 0 ? { fileTimeBudgetMs: options2.fileTimeBudgetMs } : {},
    ...options2.workMemoryBytes !== void 0 ? { workMemoryBytes: options2.workMemoryBytes } : {}
  });
  const projects = await indexProjects(options2.inputs, options2.transforms, options2.maxFileSize, runner.declarer).catch(
    async (thrown) => {
      await runner.close();
      throw thrown;
    }
  );
  const readAhead = Math.max(READ_AHEAD, runner.threads * 16);
  const reads = [];
  const surroundingsFor = async (input) => ({
    ...await surroundingsOf(input.absolutePath, input.displayPath),
    ...await projects?.contextFor(input)
  });
  const settled = (input) => !options2.write && projects?.settledBefore(input) === true;
  const startRead = (index) => {
    const input = options2.inputs[index];
    if (input && reads[index] === void 0)
      reads[index] = settled(input) ? Promise.resolve(SETTLED_BEFORE) : readAndWork(input, options2.maxFileSize, runner, surroundingsFor);
  };
  const writes = [];
  try {
    for (let index = 0; index < options2.inputs.length; index++) {
      const input = options2.inputs[index];
      for (let ahead = index; ahead < index + readAhead; ahead++) startRead(ahead);
      const { read, work } = await reads[index];
      if (runner.gaveUp !== void 0) throw new RunStoppedError(runner.gaveUp);
      if (options2.write) await cleaner.cleanBeside(input.absolutePath, "location" in read ? read.location : void 0);
      let file = judgeInput(input, read, work, options2);
      delete reads[index];
      if (file.status === "skipped") file = await withAttention(file, options2.transforms, options2.severities, input.probe);
      if (!options2.write) {
        await finish(file);
        continue;
      }
      const writing = writeChange(file, file.edits, cleaner);
      writing.catch(() => void 0);
      writes.push(writing);
      if (writes.length >= WRITES_IN_FLIGHT) await finish(await writes.shift());
    }
    while (writes.length > 0) await finish(await writes.shift());
  } finally {
    await Promise.allSettled(writes);
    await runner.close();
    releaseReadFolders();
  }
  return { files, removedTempFiles: cleaner.removed };
}
function withFingerprints(file, root) {
  const missing = [...file.diagnostics, ...file.acknowledged].some((d) => d.fingerprint === void 0);
  if (!missing) return file;
  const path = projectPathOf(file.path, root);
  const add = (d) => d.fingerprint ? d : { ...d, fingerprint: fingerprintOf(path, d) };
  return { ...file, diagnostics: file.diagnostics.map(add), acknowledged: file.acknowledged.map(add) };
}
function withoutChange(file) {
  if (file.change === void 0) return file;
  const { change: _dropped, ...rest } = file;
  return rest;
}
async function readAndWork(input, maxBytes, runner, surroundingsFor) {
  const read = await readInput(input, maxBytes);
  if (!("bytes" in read) || read.bytes.length > maxBytes) return { read, work: void 0 };
  return { read, work: await runner.work(input.displayPath, read.bytes, await surroundingsFor(input)) };
}
function readInput(input, maxBytes) {
  return input.read(maxBytes).catch((error2) => ({ error: error2 }));
}
function judgeInput(input, read, work, options2) {
  const base = { path: input.displayPath, absolutePath: input.absolutePath };
  const failed = (reason) => fileResult({ ...base, status: "failed", reason });
  if ("error" in read) return failed(`cannot read: ${describeFsError(read.error)}`);
  if ("settledBefore" in read) return fileResult({ ...base, status: "unchanged" });
  const size = "oversize" in read ? read.oversize : read.bytes.length;
  if ("oversize" in read || size > options2.maxFileSize) {
    return fileResult({
      ...base,
      status: "skipped",
      reason: `larger than ${options2.maxFileSize} bytes (${size}); raise --max-file-size to include it`
    });
  }
  const { bytes, mode, location } = read;
  if (work === void 0) throw new Error(`no work was done for ${input.displayPath}`);
  if (work.kind === "unsupported" || work.kind === "failed") return failed(work.reason);
  if (work.kind === "nothing-to-do") return fileResult({ ...base, status: "unchanged" });
  const { source, outcome } = work;
  if (outcome.diagnostics.length === 0 && outcome.suppressed.length === 0 && outcome.status !== "changed")
    return fileResult({ ...base, status: outcome.status });
  const lines = new LineIndex(source.text);
  const projectPath = projectPathOf(input.displayPath, options2.fingerprintRoot);
  const diagnostics = outcome.diagnostics.map((d) => reportDiagnostic(d, lines, projectPath));
  const acknowledged = outcome.suppressed.map((d) => reportSuppressed(d, lines, projectPath));
  if (outcome.status !== "changed") return fileResult({ ...base, status: outcome.status, diagnostics, acknowledged });
  if (options2.patches) {
    const unnameable = patchPathProblem(input.displayPath);
    if (unnameable !== void 0) return fileResult({ ...base, status: "failed", reason: unnameable, diagnostics, acknowledged });
  }
  const edits = outcome.edits.map((edit) => ({
    transform: edit.transformId,
    ...edit.rule === void 0 ? {} : { rule: edit.rule },
    severity: edit.severity,
    ...edit.message === void 0 ? {} : { message: edit.message },
    start: position(lines, edit.start),
    end: position(lines, edit.end),
    oldText: source.text.slice(edit.start, edit.end),
    newText: edit.text,
    ...edit.evidence === void 0 ? {} : { evidence: edit.evidence },
    fingerprint: fingerprintOf(projectPath, {
      origin: edit.transformId,
      rule: edit.rule,
      message: edit.message ?? edit.text,
      anchor: edit.anchor
    })
  }));
  return fileResult({
    ...base,
    status: "changed",
    diagnostics,
    acknowledged,
    edits,
    change: { source, originalBytes: bytes, newText: outcome.newText, mode, ...location ? { location } : {} }
  });
}
function patchPathProblem(path) {
  try {
    assertSafePatchPath(path);
    return void 0;
  } catch (thrown) {
    if (thrown instanceof UnsafePatchPathError) return thrown.reason;
    throw thrown;
  }
}
function position(lines, offset) {
  return { offset, ...lines.positionAt(offset) };
}
function reportDiagnostic(diagnostic3, lines, projectPath) {
  return {
    origin: diagnostic3.origin,
    ...diagnostic3.rule === void 0 ? {} : { rule: diagnostic3.rule },
    severity: diagnostic3.severity,
    message: diagnostic3.message,
    start: position(lines, diagnostic3.range.start),
    end: position(lines, diagnostic3.range.end),
    ...diagnostic3.evidence === void 0 ? {} : { evidence: diagnostic3.evidence },
    fingerprint: fingerprintOf(projectPath, diagnostic3)
  };
}
function reportSuppressed(diagnostic3, lines, projectPath) {
  return { ...reportDiagnostic(diagnostic3, lines, projectPath), state: "suppressed", reason: diagnostic3.reason };
}
var DEFAULT_MAX_FILE_SIZE, RunStoppedError, READ_AHEAD, WRITES_IN_FLIGHT, SETTLED_BEFORE;
var init_run_codemod = __esm({
  "src/run/run-codemod.ts"() {
    "use strict";
    init_built_module_url();
    init_atomic_write();
    init_source_input();
    init_fs_error();
    init_user_error();
    init_line_index();
    init_project_companions();
    init_project_context();
    init_file_runner();
    init_patch_path();
    init_run_result();
    init_fingerprint();
    init_passed_over_attention();
    init_write_change();
    DEFAULT_MAX_FILE_SIZE = 4 * 1024 * 1024;
    RunStoppedError = class extends UserError {
      constructor(reason) {
        super({ reason });
      }
    };
    READ_AHEAD = 8;
    WRITES_IN_FLIGHT = 8;
    SETTLED_BEFORE = { read: { settledBefore: true }, work: { kind: "nothing-to-do" } };
  }
});

// src/terminal/colors.ts
function wantsColor(stream, env, flag) {
  if (flag !== void 0) return flag;
  if (env.NO_COLOR !== void 0 && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR !== void 0) return !["0", "false"].includes(env.FORCE_COLOR.toLowerCase());
  if (env.TERM === "dumb") return false;
  return stream.isTTY === true;
}
function choosePalette(stream, env, flag) {
  return wantsColor(stream, env, flag) ? COLORS : PLAIN;
}
var wrap, COLORS, PLAIN;
var init_colors = __esm({
  "src/terminal/colors.ts"() {
    "use strict";
    init_built_module_url();
    wrap = (open3, close) => (text) => `\x1B[${open3}m${text}\x1B[${close}m`;
    COLORS = {
      red: wrap(31, 39),
      yellow: wrap(33, 39),
      cyan: wrap(36, 39),
      green: wrap(32, 39),
      bold: wrap(1, 22),
      dim: wrap(2, 22)
    };
    PLAIN = { red: String, yellow: String, cyan: String, green: String, bold: String, dim: String };
  }
});

// src/terminal/progress-bar.ts
function shouldShowProgress(options2) {
  if (options2.flag === false || !options2.stderrIsTTY) return false;
  if (options2.machineReadable) return false;
  return options2.flag === true || options2.fileCount >= PROGRESS_MIN_FILES;
}
var PROGRESS_MIN_FILES, REDRAW_MS, ProgressBar;
var init_progress_bar = __esm({
  "src/terminal/progress-bar.ts"() {
    "use strict";
    init_built_module_url();
    PROGRESS_MIN_FILES = 50;
    REDRAW_MS = 80;
    ProgressBar = class {
      constructor(stream, total) {
        this.stream = stream;
        this.total = total;
      }
      stream;
      total;
      lastDraw = 0;
      drawn = false;
      /** Redraws at most every 80 ms, and always for the last file. */
      update(done) {
        const now = Date.now();
        if (done < this.total && now - this.lastDraw < REDRAW_MS) return;
        this.lastDraw = now;
        const width = 30;
        const filled = Math.round(done / this.total * width);
        this.stream.write(`\r[${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${this.total} files`);
        this.drawn = true;
      }
      /** Clears the bar so the report starts on a clean line. */
      finish() {
        if (this.drawn) this.stream.write("\r\x1B[K");
      }
    };
  }
});

// src/terminal/patch-colors.ts
function colorPatch(patch) {
  const pieces = [];
  let inHunk = false;
  let start = 0;
  while (start < patch.length) {
    const newline = patch.indexOf(NEWLINE, start);
    const end = newline === -1 ? patch.length : newline + 1;
    let textEnd = newline === -1 ? patch.length : newline;
    if (textEnd > start && patch[textEnd - 1] === CR) textEnd--;
    const line2 = patch.subarray(start, textEnd);
    const lineEnd2 = patch.subarray(textEnd, end);
    if (startsWith2(line2, "diff --git ")) inHunk = false;
    if (line2[0] === AT && startsWith2(line2, "@@ ")) {
      inHunk = true;
      const close = line2.indexOf(" @@", 3);
      const rangeEnd = close === -1 ? line2.length : close + 3;
      pieces.push(CYAN, line2.subarray(0, rangeEnd), RESET, line2.subarray(rangeEnd), lineEnd2);
    } else if (!inHunk) {
      pieces.push(BOLD, line2, RESET, lineEnd2);
    } else if (line2[0] === MINUS) {
      pieces.push(RED, line2, RESET, lineEnd2);
    } else if (line2[0] === PLUS) {
      pieces.push(GREEN, line2, RESET, lineEnd2);
    } else {
      pieces.push(line2, lineEnd2);
    }
    start = end;
  }
  return Buffer.concat(pieces);
}
function startsWith2(line2, prefix) {
  return line2.length >= prefix.length && line2.toString("latin1", 0, prefix.length) === prefix;
}
var BOLD, CYAN, RED, GREEN, RESET, NEWLINE, CR, PLUS, MINUS, AT;
var init_patch_colors = __esm({
  "src/terminal/patch-colors.ts"() {
    "use strict";
    init_built_module_url();
    BOLD = Buffer.from("\x1B[1m");
    CYAN = Buffer.from("\x1B[36m");
    RED = Buffer.from("\x1B[31m");
    GREEN = Buffer.from("\x1B[32m");
    RESET = Buffer.from("\x1B[m");
    NEWLINE = 10;
    CR = 13;
    PLUS = 43;
    MINUS = 45;
    AT = 64;
  }
});

// src/cli/pager.ts
function choosePager(stdout, env, noPager) {
  if (noPager || stdout.isTTY !== true || env.TERM === "dumb") return void 0;
  const command2 = (env.UCMA_CODEMOD_PAGER ?? env.PAGER ?? "less").trim();
  return command2 === "" || command2 === "cat" ? void 0 : command2;
}
async function startPager(command2, env) {
  const pagerEnv = { ...env, LESS: env.LESS ?? "FRX", LV: env.LV ?? "-c" };
  const options2 = { stdio: ["pipe", "inherit", "inherit"], env: pagerEnv };
  let pending;
  let onSignal = (signal) => {
    pending ??= signal;
  };
  const listener = (signal) => onSignal(signal);
  const stopListening = () => {
    for (const signal of FORWARDED_SIGNALS) process.off(signal, listener);
  };
  for (const signal of FORWARDED_SIGNALS) process.on(signal, listener);
  const child = SHELL_METACHARACTERS.test(command2) ? (0, import_node_child_process2.spawn)("sh", ["-c", command2], options2) : (0, import_node_child_process2.spawn)(command2, [], options2);
  const started = await new Promise((resolvePromise) => {
    child.once("spawn", () => resolvePromise(true));
    child.once("error", () => resolvePromise(false));
  });
  if (!started) {
    stopListening();
    if (pending) process.kill(process.pid, pending);
    return void 0;
  }
  ignoreClosedPipe(child.stdin);
  const exited = exitOf(child);
  onSignal = (signal) => {
    stopListening();
    child.stdin.end();
    void exited.then(() => process.kill(process.pid, signal));
  };
  if (pending) onSignal(pending);
  return {
    input: child.stdin,
    close: async () => {
      child.stdin.end();
      await exited;
      stopListening();
    }
  };
}
function exitOf(child) {
  return new Promise((resolvePromise) => {
    if (child.exitCode !== null || child.signalCode !== null) resolvePromise();
    else child.once("exit", () => resolvePromise());
  });
}
var import_node_child_process2, SHELL_METACHARACTERS, FORWARDED_SIGNALS;
var init_pager = __esm({
  "src/cli/pager.ts"() {
    "use strict";
    init_built_module_url();
    import_node_child_process2 = __toESM(require_node_child_process(), 1);
    init_closed_pipe();
    SHELL_METACHARACTERS = /[|&;<>()$`\\"' \t\n*?[#~=%]/;
    FORWARDED_SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"];
  }
});

// src/cli/output-sink.ts
function stdoutSink(stdout, env, options2) {
  let pager;
  const target = async () => {
    if (options2.pager === void 0) return stdout;
    pager ??= startPager(options2.pager, env);
    return (await pager)?.input ?? stdout;
  };
  return {
    write: async (bytes) => {
      if (bytes.length === 0) return;
      const stream = await target();
      if (stream.writableEnded === true) return;
      let outcome;
      try {
        outcome = await writeBytes(stream, options2.colorPatch ? colorPatch(bytes) : bytes);
      } catch (thrown) {
        throw new OutputFailedError("stdout", thrown);
      }
      if (outcome === "closed" && options2.closedPipeFails === true) throw new OutputFailedError("stdout", { code: "EPIPE" });
    },
    close: async () => {
      await (await pager)?.close();
    },
    abort: async () => {
      await (await pager)?.close();
    }
  };
}
async function fileSink(cwd, output, { streamed }) {
  const failed = (thrown) => new UserError({ path: output, reason: `cannot write the report: ${describeFsError(thrown)}` });
  const file = await openReportFile(cwd, output, failed, { streamed });
  let ended = false;
  const end = async (keep) => {
    if (ended) return;
    ended = true;
    if (!keep) return await file.abort();
    try {
      await file.commit();
    } catch (thrown) {
      await file.abort();
      throw thrown instanceof UserError ? thrown : failed(thrown);
    }
  };
  return {
    write: async (bytes) => {
      try {
        await file.write(bytes);
      } catch (thrown) {
        await end(false);
        throw failed(thrown);
      }
    },
    close: () => end(true),
    abort: () => end(false)
  };
}
function removeReportTemps() {
  for (const temp of reportTemps) {
    try {
      (0, import_node_fs10.unlinkSync)(temp);
    } catch {
    }
  }
  reportTemps.clear();
}
async function openReportFile(cwd, output, failed, { streamed = false } = {}) {
  const target = (0, import_node_path17.resolve)(cwd, output);
  const name = (0, import_node_path17.basename)(target);
  let folder;
  try {
    folder = openFolderBelow(outputBase(cwd, target), (0, import_node_path17.dirname)(target));
  } catch (thrown) {
    if (thrown instanceof LinkOnPathError) throw new UserError({ path: output, reason: `cannot be written: ${thrown.message}` });
    throw failed(thrown);
  }
  let open3;
  try {
    const existing = entryIn(folder, name);
    if (existing?.isSymbolicLink()) throw linkRefusal(output);
    if (existing && !existing.isFile() && !existing.isCharacterDevice()) throw notRegular(output);
    if (!existing?.isCharacterDevice() && !streamed) return await openTemp(folder, name, existing, output, failed);
    open3 = await openInPlace(folder, name, output, failed);
  } catch (thrown) {
    closeFolder(folder);
    throw thrown;
  }
  closeFolder(folder);
  return open3;
}
function entryIn(folder, name) {
  try {
    return (0, import_node_fs10.lstatSync)(pathIn(folder, name));
  } catch (thrown) {
    if (thrown.code === "ENOENT") return void 0;
    throw thrown;
  }
}
async function openInPlace(folder, name, output, failed) {
  let handle;
  try {
    handle = await (0, import_promises7.open)(
      pathIn(folder, name),
      import_node_fs10.constants.O_WRONLY | import_node_fs10.constants.O_CREAT | import_node_fs10.constants.O_TRUNC | import_node_fs10.constants.O_NOFOLLOW | import_node_fs10.constants.O_NONBLOCK,
      438
    );
  } catch (thrown) {
    const code = thrown.code;
    if (code === "ELOOP" || code === "EMLINK") throw linkRefusal(output);
    if (code === "ENXIO") throw new UserError({ path: output, reason: "is a FIFO with no reader; a report is written to a file" });
    throw failed(thrown);
  }
  const stats = await handle.stat();
  if (!stats.isFile() && !stats.isCharacterDevice()) {
    await handle.close();
    throw notRegular(output);
  }
  const close = () => handle.close().catch(() => void 0);
  return { write: async (bytes) => void await handle.writeFile(bytes), commit: () => handle.close(), abort: close };
}
async function openTemp(folder, name, existing, output, failed) {
  const tempName = tempFileName(name);
  const temp = pathIn(folder, tempName);
  let opened;
  try {
    opened = await (0, import_promises7.open)(temp, import_node_fs10.constants.O_WRONLY | import_node_fs10.constants.O_CREAT | import_node_fs10.constants.O_EXCL | import_node_fs10.constants.O_NOFOLLOW, 438);
    if (existing) await opened.chmod(existing.mode & 4095);
  } catch (thrown) {
    if (opened) {
      await opened.close().catch(() => void 0);
      await (0, import_promises7.unlink)(temp).catch(() => void 0);
    }
    throw failed(thrown);
  }
  const handle = opened;
  reportTemps.add(temp);
  let done = false;
  const finish = async (keep) => {
    if (done) return;
    done = true;
    try {
      if (keep) {
        await handle.sync();
        await handle.close();
        const now = entryIn(folder, name);
        if (now?.isSymbolicLink()) throw linkRefusal(output);
        if (now && !now.isFile()) throw notRegular(output);
        await (0, import_promises7.rename)(temp, pathIn(folder, name));
        return;
      }
      await handle.close().catch(() => void 0);
      await (0, import_promises7.unlink)(temp).catch(() => void 0);
    } catch (thrown) {
      await handle.close().catch(() => void 0);
      await (0, import_promises7.unlink)(temp).catch(() => void 0);
      throw thrown;
    } finally {
      reportTemps.delete(temp);
      closeFolder(folder);
    }
  };
  return { write: async (bytes) => void await handle.writeFile(bytes), commit: () => finish(true), abort: () => finish(false) };
}
var import_node_fs10, import_promises7, import_node_path17, OutputFailedError, reportTemps, linkRefusal, notRegular;
var init_output_sink = __esm({
  "src/cli/output-sink.ts"() {
    "use strict";
    init_built_module_url();
    import_node_fs10 = require("node:fs");
    import_promises7 = require("node:fs/promises");
    init_atomic_write();
    import_node_path17 = require("node:path");
    init_no_follow();
    init_fs_error();
    init_user_error();
    init_patch_colors();
    init_cli_io();
    init_closed_pipe();
    init_pager();
    OutputFailedError = class extends UserError {
      constructor(target, thrown) {
        super({
          reason: isClosedPipeError(thrown) ? `cannot write the output to ${target}: its reader went away (closed pipe)` : `cannot write the output to ${target}: ${describeFsError(thrown)}`
        });
      }
    };
    reportTemps = /* @__PURE__ */ new Set();
    linkRefusal = (output) => new UserError({ path: output, reason: "is a symbolic link; a report is never written through a link (leave -o out to write to stdout)" });
    notRegular = (output) => new UserError({ path: output, reason: "is not a regular file; a report is written to a file" });
  }
});

// src/engine/transform-shape.ts
function transformShapeProblems(value2) {
  if (typeof value2 !== "object" || value2 === null)
    return [`expected an object made with defineTransform(), got ${value2 === null ? "null" : typeof value2}`];
  const problems = [];
  const { meta, run: run2 } = value2;
  if (typeof run2 !== "function") problems.push("run must be a function (context) => ({ edits, diagnostics })");
  if (typeof meta !== "object" || meta === null) {
    problems.push("meta is missing");
    return problems;
  }
  if (typeof meta.id !== "string" || !TRANSFORM_ID_PATTERN.test(meta.id))
    problems.push(`meta.id must be a kebab-case id such as "rename-allowed-domains", got ${JSON.stringify(meta.id)}`);
  for (const key of ["title", "description"]) {
    if (typeof meta[key] !== "string" || meta[key].trim() === "") problems.push(`meta.${key} must be a non-empty string`);
  }
  if (typeof meta.source !== "object" || meta.source === null || typeof meta.source.title !== "string")
    problems.push("meta.source.title must name the document the transform implements");
  if (meta.kind !== "fix" && meta.kind !== "report") problems.push(`meta.kind must be "fix" or "report", got ${JSON.stringify(meta.kind)}`);
  if (meta.followUp !== void 0 && typeof meta.followUp !== "string") problems.push("meta.followUp must be a string when given");
  if (meta.code !== void 0 && !isFindingCode(meta.code))
    problems.push(`meta.code must be letters then digits, such as "ACME0001", when given, got ${JSON.stringify(meta.code)}`);
  if (meta.requires !== void 0 && !(Array.isArray(meta.requires) && meta.requires.every((s) => typeof s === "string" && s !== ""))) {
    problems.push("meta.requires must be a list of non-empty strings when given");
  }
  if (meta.watchFileNames !== void 0 && !(Array.isArray(meta.watchFileNames) && meta.watchFileNames.every((s) => typeof s === "string" && s !== "" && !/[\\/]/.test(s)))) {
    problems.push("meta.watchFileNames must be a list of file names (no directories) when given");
  }
  if (meta.needsProject !== void 0 && typeof meta.needsProject !== "boolean")
    problems.push("meta.needsProject must be true or false when given");
  if (meta.projectRequires !== void 0 && !(Array.isArray(meta.projectRequires) && meta.projectRequires.every((s) => typeof s === "string" && s !== ""))) {
    problems.push("meta.projectRequires must be a list of non-empty strings when given");
  }
  if (meta.projectTypes !== void 0 && !(Array.isArray(meta.projectTypes) && meta.projectTypes.every((s) => typeof s === "string" && /^@?[\p{L}_][\p{L}\p{N}_]*$/u.test(s)))) {
    problems.push("meta.projectTypes must be a list of simple type names (identifiers) when given");
  }
  if (meta.rules !== void 0) {
    const rules = meta.rules;
    const valid = Array.isArray(rules) && rules.every(
      (rule) => rule !== null && typeof rule === "object" && typeof rule.id === "string" && TRANSFORM_ID_PATTERN.test(rule.id) && typeof rule.title === "string" && (rule.code === void 0 || isFindingCode(rule.code)) && (rule.reference === void 0 || typeof rule.reference === "string") && (rule.replacement === void 0 || typeof rule.replacement === "string") && (rule.description === void 0 || typeof rule.description === "string")
    );
    if (!valid)
      problems.push(
        'meta.rules must be a list of { id, title, code?, reference?, replacement?, description? } with kebab-case ids and codes such as "ACME0001" when given'
      );
    else if (new Set(rules.map((rule) => rule.id)).size !== rules.length)
      problems.push("meta.rules must not list a rule id twice");
    else problems.push(...rules.flatMap(ruleDetailProblems));
  }
  problems.push(...languagesProblems(meta.languages));
  return problems;
}
function languagesProblems(languages) {
  if (languages === void 0) return [];
  const ids = allLanguages().map((language) => language.id);
  const known = (value2) => typeof value2 === "string" && ids.includes(value2);
  if (!Array.isArray(languages) || languages.length === 0 || !languages.every(known)) {
    return [
      `meta.languages must be a non-empty list of ${ids.map((id) => JSON.stringify(id)).join(", ")} when given, got ${JSON.stringify(languages)}`
    ];
  }
  return [];
}
function ruleDetailProblems(rule) {
  const problems = [];
  for (const key of ["description", "followUp"]) {
    if (rule[key] !== void 0 && typeof rule[key] !== "string")
      problems.push(`meta.rules ${rule.id}: ${key} must be a string when given`);
  }
  const sources = rule.sources;
  if (sources !== void 0 && !(Array.isArray(sources) && sources.every(
    (s) => s !== null && typeof s === "object" && typeof s.title === "string" && (s.url === void 0 || typeof s.url === "string") && (s.path === void 0 || typeof s.path === "string")
  )))
    problems.push(`meta.rules ${rule.id}: sources must be a list of { title, url?, path? } when given`);
  return problems;
}
var TRANSFORM_ID_PATTERN;
var init_transform_shape = __esm({
  "src/engine/transform-shape.ts"() {
    "use strict";
    init_built_module_url();
    init_languages();
    init_finding_codes();
    TRANSFORM_ID_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
  }
});

// src/tools/javascript-transform-files.ts
async function javascriptTransformFiles(entry) {
  const { init, parse: parse3 } = await import("es-module-lexer");
  await init;
  const files = /* @__PURE__ */ new Map();
  const pending = [entry];
  while (pending.length > 0) {
    const path = pending.pop();
    if (files.has(path)) continue;
    if (!JAVASCRIPT.test(path)) return void 0;
    const text = (0, import_node_fs11.readFileSync)(path, "utf8");
    let imports;
    try {
      [imports] = parse3(text, path);
    } catch {
      return void 0;
    }
    const specifiers = [];
    for (const found of imports) {
      if (found.d === -2) continue;
      if (found.d !== -1 || found.n === void 0) return void 0;
      specifiers.push({ start: found.s, end: found.e, specifier: found.n });
      if (found.n.startsWith(".")) {
        const target = (0, import_node_path18.resolve)((0, import_node_path18.dirname)(path), found.n);
        if (!(0, import_node_fs11.existsSync)(target) || !(0, import_node_fs11.statSync)(target).isFile()) return void 0;
        pending.push(target);
      }
    }
    files.set(path, { path, text, imports: specifiers });
  }
  return [...files.values()];
}
var import_node_fs11, import_node_path18, JAVASCRIPT;
var init_javascript_transform_files = __esm({
  "src/tools/javascript-transform-files.ts"() {
    "use strict";
    init_built_module_url();
    import_node_fs11 = require("node:fs");
    import_node_path18 = require("node:path");
    JAVASCRIPT = /\.m?js$/;
  }
});

// src/tools/transform-cache.ts
function transformCacheDir(env = process.env) {
  const setting = env.UCMA_CODEMOD_CACHE_DIR;
  if (setting === "off") return void 0;
  const base = setting || (env.XDG_CACHE_HOME ? (0, import_node_path19.join)(env.XDG_CACHE_HOME, "ucma-codemod") : (0, import_node_path19.join)((0, import_node_os2.homedir)(), ".cache", "ucma-codemod"));
  const dir = (0, import_node_path19.join)(base, "transforms");
  try {
    (0, import_node_fs12.mkdirSync)(dir, { recursive: true, mode: 448 });
    return isPrivate(base) && isPrivate(dir) ? dir : void 0;
  } catch {
    return void 0;
  }
}
function isPrivate(path) {
  const stats = (0, import_node_fs12.lstatSync)(path);
  const uid = process.getuid?.();
  return stats.isDirectory() && !stats.isSymbolicLink() && (uid === void 0 || stats.uid === uid) && (stats.mode & 18) === 0;
}
function hashFile(path) {
  try {
    return (0, import_node_crypto5.createHash)("sha256").update((0, import_node_fs12.readFileSync)(path)).digest("hex");
  } catch {
    return void 0;
  }
}
function cacheEntryDir(cacheDir, key) {
  return (0, import_node_path19.join)(cacheDir, (0, import_node_crypto5.createHash)("sha256").update(JSON.stringify(key)).digest("hex").slice(0, 32));
}
function cachedEntry(entryDir) {
  let manifest;
  let versionDir;
  try {
    versionDir = (0, import_node_path19.join)(entryDir, (0, import_node_fs12.readFileSync)((0, import_node_path19.join)(entryDir, CURRENT), "utf8").trim());
    manifest = JSON.parse((0, import_node_fs12.readFileSync)((0, import_node_path19.join)(versionDir, MANIFEST), "utf8"));
  } catch {
    return void 0;
  }
  if (!Array.isArray(manifest.sources) || typeof manifest.entry !== "string") return void 0;
  if (!manifest.sources.every((source) => hashFile(source.path) === source.sha256)) return void 0;
  const entry = (0, import_node_path19.join)(versionDir, manifest.entry);
  return (0, import_node_fs12.existsSync)(entry) ? entry : void 0;
}
function storeEntry(entryDir, emittedDir, entry, sources) {
  (0, import_node_fs12.writeFileSync)((0, import_node_path19.join)(emittedDir, MANIFEST), `${JSON.stringify({ sources, entry })}
`);
  const version = (0, import_node_crypto5.createHash)("sha256").update(JSON.stringify(sources)).digest("hex").slice(0, 32);
  const versionDir = (0, import_node_path19.join)(entryDir, version);
  (0, import_node_fs12.mkdirSync)(entryDir, { recursive: true, mode: 448 });
  try {
    (0, import_node_fs12.renameSync)(emittedDir, versionDir);
  } catch {
    (0, import_node_fs12.rmSync)(emittedDir, { recursive: true, force: true });
  }
  const pointer = (0, import_node_path19.join)(entryDir, `${CURRENT}.${process.pid}.tmp`);
  (0, import_node_fs12.writeFileSync)(pointer, `${version}
`);
  (0, import_node_fs12.renameSync)(pointer, (0, import_node_path19.join)(entryDir, CURRENT));
  return (0, import_node_path19.join)(versionDir, entry);
}
var import_node_crypto5, import_node_fs12, import_node_os2, import_node_path19, MANIFEST, CURRENT;
var init_transform_cache = __esm({
  "src/tools/transform-cache.ts"() {
    "use strict";
    init_built_module_url();
    import_node_crypto5 = require("node:crypto");
    import_node_fs12 = require("node:fs");
    import_node_os2 = require("node:os");
    import_node_path19 = require("node:path");
    MANIFEST = "manifest.json";
    CURRENT = "current";
  }
});

// src/tools/load-user-transform.ts
function looksLikeTransformPath(spec) {
  return /[\\/]/.test(spec) || TYPESCRIPT_EXTENSIONS.has((0, import_node_path20.extname)(spec)) || JAVASCRIPT_EXTENSIONS.has((0, import_node_path20.extname)(spec));
}
async function loadWithinLimits(url, label, limits) {
  const budgetMs = limits.timeBudgetMs ?? DEFAULT_LOAD_BUDGET_MS;
  const root = packageRoot();
  const data = { url, packageUrl: (0, import_node_url5.pathToFileURL)((0, import_node_path20.join)(root, "dist", "src", "index.js")).href };
  const worker = new import_node_worker_threads2.Worker((0, import_node_path20.join)(root, "dist", "src", "tools", "transform-probe.js"), {
    workerData: data,
    resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb ?? DEFAULT_LOAD_MEMORY_MB }
  });
  const ended = new Promise((resolve22) => worker.once("exit", () => resolve22()));
  let timer;
  const outcome = await new Promise((resolve22) => {
    worker.on("message", (message) => {
      if (!("ready" in message)) return resolve22(message);
      timer = setTimeout(() => resolve22({ timedOut: true }), budgetMs);
      worker.postMessage("go");
    });
    worker.once(
      "error",
      (error2) => resolve22({
        failed: error2.code === "ERR_WORKER_OUT_OF_MEMORY" ? `its top-level code used more memory than a worker thread may (${limits.memoryMb ?? DEFAULT_LOAD_MEMORY_MB} MiB; --worker-memory)` : error2.message
      })
    );
    worker.once("exit", (code) => resolve22({ failed: `its loader thread ended (status ${code})` }));
  });
  clearTimeout(timer);
  if ("timedOut" in outcome) {
    await worker.terminate();
    throw new TransformLoadError(
      `transform file ${label} did not finish loading within ${budgetMs / 1e3} s (the time budget, --file-timeout): its top-level code may never end; nothing was run`
    );
  }
  await ended;
  if ("failed" in outcome) throw new TransformLoadError(`transform file ${label} failed to load: ${outcome.failed}`);
  if ("loaded" in outcome && !outcome.loaded) throw new TransformLoadError(`transform file ${label} failed to load: ${outcome.message}`);
}
async function loadUserTransform(spec, cwd, limits = {}) {
  const path = (0, import_node_path20.resolve)(cwd, spec);
  const label = (0, import_node_path20.relative)(cwd, path).split(import_node_path20.sep).join("/") || spec;
  if (!(0, import_node_fs13.existsSync)(path)) throw new TransformLoadError(`transform file ${label} not found`);
  const stats = (0, import_node_fs13.statSync)(path);
  if (!stats.isFile()) throw new TransformLoadError(`transform file ${label} is not a regular file`);
  if (stats.size > MAX_TRANSFORM_FILE_BYTES)
    throw new TransformLoadError(`transform file ${label} is larger than ${MAX_TRANSFORM_FILE_BYTES / 1024 / 1024} MiB; not read`);
  const extension = (0, import_node_path20.extname)(path);
  if (!TYPESCRIPT_EXTENSIONS.has(extension) && !JAVASCRIPT_EXTENSIONS.has(extension)) {
    throw new TransformLoadError(`transform file ${label} must end in .ts, .mts, .js or .mjs`);
  }
  const emitted = await compileTransform(path, label, cwd, TYPESCRIPT_EXTENSIONS.has(extension));
  const moduleUrl = emitted.url;
  const cleanup = emitted.cleanup;
  let loaded;
  try {
    await loadWithinLimits(moduleUrl, label, limits);
    loaded = await import(moduleUrl);
  } catch (thrown) {
    cleanup();
    if (thrown instanceof TransformLoadError) throw thrown;
    throw new TransformLoadError(`transform file ${label} failed to load: ${thrown instanceof Error ? thrown.message : String(thrown)}`);
  }
  if (loaded.default === void 0) {
    cleanup();
    throw new TransformLoadError(
      `transform file ${label} has no default export; end it with "export default defineTransform({ meta, run })"`
    );
  }
  const problems = transformShapeProblems(loaded.default);
  if (problems.length > 0) {
    cleanup();
    throw new TransformLoadError(
      `transform file ${label} does not export a valid transform:`,
      problems.map((p) => `  - ${p}`)
    );
  }
  const transform = loaded.default;
  removeAtExit(cleanup);
  rememberTransformModule(transform, moduleUrl, true);
  return transform;
}
function removeAtExit(cleanup) {
  if (atExit.length === 0) process.once("exit", removeEmittedTransforms);
  atExit.push(cleanup);
}
function removeEmittedTransforms() {
  for (const run2 of atExit.splice(0)) {
    try {
      run2();
    } catch {
    }
  }
}
async function compileTransform(path, label, cwd, typeCheck) {
  const root = packageRoot();
  const apiTypes = (0, import_node_path20.join)(root, "dist", "src", "index.d.ts");
  if (!(0, import_node_fs13.existsSync)(apiTypes))
    throw new TransformLoadError('ucma-codemod is not built (dist/ is missing); run "npm run compile" in its folder');
  const javascript = typeCheck ? void 0 : await javascriptTransformFiles(path);
  if (javascript) return emitJavaScript(javascript, path, root);
  const cacheDir = transformCacheDir();
  const entryDir = cacheDir && cacheEntryDir(cacheDir, { entry: path, typeCheck: String(typeCheck), root, tool: packageVersion(), node: process.version });
  const cached = entryDir && cachedEntry(entryDir);
  if (cached) return { url: (0, import_node_url5.pathToFileURL)(cached).href, cleanup: () => void 0 };
  const { Project, ts } = await import("ts-morph");
  const project = new Project({
    skipAddingFilesFromTsConfig: true,
    compilerOptions: {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      strict: true,
      skipLibCheck: true,
      esModuleInterop: true,
      allowJs: true,
      checkJs: false,
      // Transforms are pure functions: no Node.js or DOM globals are declared for them.
      types: [],
      lib: ["lib.es2022.d.ts"],
      paths: {
        "ucma-codemod": [(0, import_node_path20.join)(root, "dist", "src", "index.d.ts")],
        "ucma-codemod/testing": [(0, import_node_path20.join)(root, "dist", "src", "testing", "index.d.ts")]
      }
    }
  });
  project.addSourceFileAtPath(path);
  project.resolveSourceFileDependencies();
  const userFiles = project.getSourceFiles().filter((file) => !file.isDeclarationFile() && !file.getFilePath().includes("/node_modules/"));
  const diagnostics = typeCheck ? project.getPreEmitDiagnostics().filter((d) => d.getCategory() === ts.DiagnosticCategory.Error) : [];
  if (diagnostics.length > 0) {
    const lines = diagnostics.map((diagnostic3) => {
      const file = diagnostic3.getSourceFile();
      const message = ts.flattenDiagnosticMessageText(
        diagnostic3.getMessageText(),
        "\n"
      );
      if (!file) return `error TS${diagnostic3.getCode()}: ${message}`;
      const { line: line2, column } = file.getLineAndColumnAtPos(diagnostic3.getStart() ?? 0);
      const where = (0, import_node_path20.relative)(cwd, file.getFilePath()).split(import_node_path20.sep).join("/");
      return `${where}:${line2}:${column}: error TS${diagnostic3.getCode()}: ${message}`;
    });
    throw new TransformLoadError(`transform file ${label} does not type-check; nothing was run:`, lines);
  }
  const commonRoot = userFiles.map((file) => (0, import_node_path20.dirname)(file.getFilePath())).reduce(commonAncestor2);
  const sources = project.getSourceFiles().map((file) => ({ path: file.getFilePath(), sha256: hashFile(file.getFilePath()) ?? "" }));
  const outDir = (0, import_node_fs13.mkdtempSync)((0, import_node_path20.join)(cacheDir ?? (0, import_node_os3.tmpdir)(), entryDir ? "emitting-" : "ucma-codemod-transform-"));
  const emittedPath = (sourcePath) => (0, import_node_path20.join)(outDir, (0, import_node_path20.relative)(commonRoot, sourcePath)).replace(/\.(m?)ts$/, ".$1js");
  for (const file of userFiles) {
    for (const declaration of [...file.getImportDeclarations(), ...file.getExportDeclarations()]) {
      const specifier = declaration.getModuleSpecifierValue();
      if (specifier === void 0) continue;
      if (specifier.startsWith(".")) {
        const target = declaration.getModuleSpecifierSourceFile();
        if (target && userFiles.includes(target)) {
          let rel = (0, import_node_path20.relative)((0, import_node_path20.dirname)(emittedPath(file.getFilePath())), emittedPath(target.getFilePath())).split(import_node_path20.sep).join("/");
          if (!rel.startsWith(".")) rel = `./${rel}`;
          declaration.setModuleSpecifier(rel);
        }
        continue;
      }
      const rewritten = packageSpecifier(specifier, file.getFilePath(), root);
      if (rewritten !== void 0) declaration.setModuleSpecifier(rewritten);
    }
  }
  const { cleanup } = prepareOutDir(outDir);
  try {
    for (const file of userFiles) {
      const target = emittedPath(file.getFilePath());
      (0, import_node_fs13.mkdirSync)((0, import_node_path20.dirname)(target), { recursive: true });
      if (/\.m?js$/.test(file.getFilePath())) {
        (0, import_node_fs13.writeFileSync)(target, file.getFullText());
        continue;
      }
      const output = file.getEmitOutput().getOutputFiles().find((out) => /\.m?js$/.test(out.getFilePath()));
      if (!output) throw new TransformLoadError(`TypeScript emitted nothing for ${file.getFilePath()}`);
      (0, import_node_fs13.writeFileSync)(target, output.getText());
    }
  } catch (thrown) {
    cleanup();
    throw thrown;
  }
  if (entryDir === void 0) return { url: (0, import_node_url5.pathToFileURL)(emittedPath(path)).href, cleanup };
  const stored = storeEntry(entryDir, outDir, (0, import_node_path20.relative)(outDir, emittedPath(path)), sources);
  return { url: (0, import_node_url5.pathToFileURL)(stored).href, cleanup: () => void 0 };
}
function emitJavaScript(files, entry, root) {
  const commonRoot = files.map((file) => (0, import_node_path20.dirname)(file.path)).reduce(commonAncestor2);
  const outDir = (0, import_node_fs13.mkdtempSync)((0, import_node_path20.join)((0, import_node_os3.tmpdir)(), "ucma-codemod-transform-"));
  const emittedPath = (sourcePath) => (0, import_node_path20.join)(outDir, (0, import_node_path20.relative)(commonRoot, sourcePath));
  const { cleanup } = prepareOutDir(outDir);
  try {
    for (const file of files) {
      let text = "";
      let at = 0;
      for (const found of file.imports) {
        const rewritten = found.specifier.startsWith(".") ? void 0 : packageSpecifier(found.specifier, file.path, root);
        if (rewritten === void 0) continue;
        text += file.text.slice(at, found.start - 1) + JSON.stringify(rewritten);
        at = found.end + 1;
      }
      text += file.text.slice(at);
      (0, import_node_fs13.mkdirSync)((0, import_node_path20.dirname)(emittedPath(file.path)), { recursive: true });
      (0, import_node_fs13.writeFileSync)(emittedPath(file.path), text);
    }
  } catch (thrown) {
    cleanup();
    throw thrown;
  }
  return { url: (0, import_node_url5.pathToFileURL)(emittedPath(entry)).href, cleanup };
}
function packageSpecifier(specifier, fromFile, root) {
  if (specifier === "ucma-codemod") return (0, import_node_url5.pathToFileURL)((0, import_node_path20.join)(root, "dist", "src", "index.js")).href;
  if (specifier === "ucma-codemod/testing") return (0, import_node_url5.pathToFileURL)((0, import_node_path20.join)(root, "dist", "src", "testing", "index.js")).href;
  if (specifier.startsWith("node:")) return void 0;
  try {
    return (0, import_node_url5.pathToFileURL)((0, import_node_module6.createRequire)(fromFile).resolve(specifier)).href;
  } catch {
    return void 0;
  }
}
function prepareOutDir(outDir) {
  const cleanup = () => (0, import_node_fs13.rmSync)(outDir, { recursive: true, force: true });
  try {
    (0, import_node_fs13.writeFileSync)((0, import_node_path20.join)(outDir, "package.json"), '{ "type": "module" }\n');
  } catch (thrown) {
    cleanup();
    throw thrown;
  }
  return { cleanup };
}
function commonAncestor2(a, b) {
  const left = a.split(import_node_path20.sep);
  const right = b.split(import_node_path20.sep);
  let i = 0;
  while (i < left.length && i < right.length && left[i] === right[i]) i++;
  return left.slice(0, i).join(import_node_path20.sep) || import_node_path20.sep;
}
var import_node_fs13, import_node_module6, import_node_os3, import_node_path20, import_node_url5, import_node_worker_threads2, TransformLoadError, MAX_TRANSFORM_FILE_BYTES, TYPESCRIPT_EXTENSIONS, JAVASCRIPT_EXTENSIONS, DEFAULT_LOAD_BUDGET_MS, DEFAULT_LOAD_MEMORY_MB, atExit;
var init_load_user_transform = __esm({
  "src/tools/load-user-transform.ts"() {
    "use strict";
    init_built_module_url();
    init_user_error();
    import_node_fs13 = require("node:fs");
    import_node_module6 = require("node:module");
    import_node_os3 = require("node:os");
    import_node_path20 = require("node:path");
    import_node_url5 = require("node:url");
    import_node_worker_threads2 = __toESM(require_node_worker_threads(), 1);
    init_package_info();
    init_transform_shape();
    init_transform_origin();
    init_javascript_transform_files();
    init_transform_cache();
    TransformLoadError = class extends UserError {
      constructor(reason, details) {
        super({ reason, ...details ? { details } : {} });
      }
    };
    MAX_TRANSFORM_FILE_BYTES = 16 * 1024 * 1024;
    TYPESCRIPT_EXTENSIONS = /* @__PURE__ */ new Set([".ts", ".mts"]);
    JAVASCRIPT_EXTENSIONS = /* @__PURE__ */ new Set([".js", ".mjs"]);
    DEFAULT_LOAD_BUDGET_MS = 6e4;
    DEFAULT_LOAD_MEMORY_MB = 2048;
    atExit = [];
  }
});

// src/cli/interrupts.ts
function writtenFilesReport(written, cwd) {
  const shown = written.map((path) => `  ${(0, import_node_path21.relative)(cwd, path).split(import_node_path21.sep).join("/")}`);
  if (shown.length === 0) return ["No file had been written."];
  return [
    `${shown.length} ${shown.length === 1 ? "file had" : "files had"} been written (each whole); the others are as they were:`,
    ...shown
  ];
}
function onSignals(handler) {
  const listener = (signal) => handler(signal, uninstall);
  const uninstall = () => {
    for (const signal of SIGNALS) process.off(signal, listener);
  };
  for (const signal of SIGNALS) process.on(signal, listener);
  return uninstall;
}
function dieOf(signal, uninstall) {
  removeEmittedTransforms();
  removeReportTemps();
  uninstall();
  process.kill(process.pid, signal);
}
function stopWritesOnSignals(cwd) {
  let stopping = false;
  return onSignals((signal, uninstall) => {
    if (stopping) {
      uninstall();
      process.kill(process.pid, signal);
      return;
    }
    stopping = true;
    void stopWrites().then((written) => {
      const lines = [`ucma-codemod: stopped by ${signal}.`, ...writtenFilesReport(written, cwd), "Run the command again to finish."];
      try {
        (0, import_node_fs14.writeSync)(2, `${lines.join("\n")}
`);
      } catch {
      }
      dieOf(signal, uninstall);
    });
  });
}
function removeReportTempsOnSignals() {
  return onSignals(dieOf);
}
var import_node_fs14, import_node_path21, SIGNALS;
var init_interrupts = __esm({
  "src/cli/interrupts.ts"() {
    "use strict";
    init_built_module_url();
    import_node_fs14 = require("node:fs");
    import_node_path21 = require("node:path");
    init_atomic_write();
    init_load_user_transform();
    init_output_sink();
    SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"];
  }
});

// src/inputs/stdin-input.ts
async function readAll(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk);
  return Buffer.concat(chunks);
}
async function stdinInput(file) {
  const absolutePath = (0, import_node_path23.resolve)(file.cwd, file.filePath);
  const displayPath = toDisplayPath(absolutePath, file.cwd);
  const mode = gitModeOf(absolutePath);
  const projectPeers2 = file.withProject && languageForPath(absolutePath)?.declarations !== void 0 ? await projectFilesBeside(absolutePath, file.cwd, file.ignore) : [];
  return {
    absolutePath,
    displayPath,
    projectPeers: projectPeers2,
    probe: async (needles) => needles.some((needle) => file.bytes.includes(Buffer.from(needle, "utf8"))),
    read: async (maxBytes) => file.bytes.length > maxBytes ? { oversize: file.bytes.length } : { bytes: file.bytes, mode }
  };
}
function gitModeOf(absolutePath) {
  try {
    const stats = (0, import_node_fs16.lstatSync)(absolutePath);
    return stats.isFile() && stats.mode & 64 ? "100755" : "100644";
  } catch {
    return "100644";
  }
}
async function projectFilesBeside(absolutePath, cwd, ignore) {
  const finder = new ProjectFinder(cwd);
  const folder = await finder.projectFolderOf(absolutePath);
  if (folder === void 0) return [];
  return projectPeers(folder, /* @__PURE__ */ new Set([absolutePath]), { cwd, ignore }, finder);
}
var import_node_fs16, import_node_path23;
var init_stdin_input = __esm({
  "src/inputs/stdin-input.ts"() {
    "use strict";
    init_built_module_url();
    import_node_fs16 = require("node:fs");
    import_node_path23 = require("node:path");
    init_languages();
    init_discover_files();
    init_project_peers();
  }
});

// src/platform/parse-size.ts
function parseByteSize(text) {
  const match = /^(\d+(?:\.\d+)?)\s*([kKmMgG]?)[bB]?$/.exec(text.trim());
  if (!match) return void 0;
  const scale = { "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[match[2].toLowerCase()] ?? 1;
  return Math.floor(Number(match[1]) * scale);
}
var init_parse_size = __esm({
  "src/platform/parse-size.ts"() {
    "use strict";
    init_built_module_url();
  }
});

// src/cli/closest-name.ts
function distance(a, b) {
  const rows2 = Array.from(
    { length: a.length + 1 },
    (_, i) => Array.from({ length: b.length + 1 }, (_2, j) => i === 0 ? j : j === 0 ? i : 0)
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows2[i - 1][j] + 1, rows2[i][j - 1] + 1, rows2[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows2[i - 2][j - 2] + 1);
      rows2[i][j] = best;
    }
  return rows2[a.length][b.length];
}
function closestName(word, candidates) {
  const typed = word.toLowerCase();
  let best;
  for (const name of candidates) {
    const score = distance(typed, name.toLowerCase());
    if (best === void 0 || score < best.score) best = { name, score };
  }
  if (best !== void 0 && best.score <= Math.max(1, Math.floor(typed.length / 3))) return best.name;
  const starting = candidates.filter((name) => typed.length >= 2 && name.toLowerCase().startsWith(typed));
  return starting.length === 1 ? starting[0] : void 0;
}
var init_closest_name = __esm({
  "src/cli/closest-name.ts"() {
    "use strict";
    init_built_module_url();
  }
});

// src/platform/project-files.ts
var CONFIG_FILE_NAME, IGNORE_FILE_NAME;
var init_project_files = __esm({
  "src/platform/project-files.ts"() {
    "use strict";
    init_built_module_url();
    CONFIG_FILE_NAME = "ucma-codemod.config.json";
    IGNORE_FILE_NAME = ".ucma-codemodignore";
  }
});

// src/platform/settings-file.ts
function entryExists(path) {
  try {
    (0, import_node_fs17.lstatSync)(path);
    return true;
  } catch {
    return false;
  }
}
function readSettingsFile(path, maxBytes = MAX_SETTINGS_FILE_BYTES) {
  let fd;
  try {
    fd = (0, import_node_fs17.openSync)(path, import_node_fs17.constants.O_RDONLY | import_node_fs17.constants.O_NOFOLLOW | import_node_fs17.constants.O_NONBLOCK);
  } catch (thrown) {
    const code = thrown.code;
    if (code === "ENOENT") return void 0;
    if (code === "ELOOP" || code === "EMLINK")
      throw new SettingsFileError(
        path,
        "is a symbolic link; settings are never read through a link (it could lead anywhere). Put the file itself there"
      );
    throw new SettingsFileError(path, `cannot be read: ${describeFsError(thrown)}`);
  }
  try {
    const stats = (0, import_node_fs17.fstatSync)(fd);
    if (!stats.isFile()) throw new SettingsFileError(path, `is ${kindOf(stats)}, not a regular file; not read`);
    if (stats.size > maxBytes) throw new SettingsFileError(path, `is larger than ${maxBytes} bytes (${stats.size}); not read`);
    const buffer = Buffer.alloc(maxBytes + 1);
    let length = 0;
    for (; ; ) {
      const read = (0, import_node_fs17.readSync)(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
      if (length > maxBytes) throw new SettingsFileError(path, `is larger than ${maxBytes} bytes; not read`);
    }
    return buffer.subarray(0, length);
  } catch (thrown) {
    if (thrown instanceof SettingsFileError) throw thrown;
    throw new SettingsFileError(path, `cannot be read: ${describeFsError(thrown)}`);
  } finally {
    (0, import_node_fs17.closeSync)(fd);
  }
}
function kindOf(stats) {
  if (stats.isDirectory()) return "a folder";
  if (stats.isFIFO()) return "a FIFO (named pipe)";
  if (stats.isSocket()) return "a socket";
  if (stats.isCharacterDevice()) return "a device";
  return "a special file";
}
var import_node_fs17, MAX_SETTINGS_FILE_BYTES, SettingsFileError;
var init_settings_file = __esm({
  "src/platform/settings-file.ts"() {
    "use strict";
    init_built_module_url();
    import_node_fs17 = require("node:fs");
    init_fs_error();
    init_user_error();
    MAX_SETTINGS_FILE_BYTES = 1024 * 1024;
    SettingsFileError = class extends UserError {
      constructor(path, reason) {
        super({ path: `${path}:`, reason });
      }
    };
  }
});

// src/config/json-syntax.ts
function jsonSyntaxErrorOffset(text) {
  let at = 0;
  const stack = ["value"];
  const space = () => {
    while (at < text.length && (text[at] === " " || text[at] === "	" || text[at] === "\n" || text[at] === "\r")) at++;
  };
  const string = () => {
    if (text[at] !== '"') return false;
    at++;
    while (at < text.length) {
      const c = text.charCodeAt(at);
      if (c === 34) {
        at++;
        return true;
      }
      if (c < 32) return false;
      if (c === 92) {
        const next = text[at + 1];
        if (next === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(at + 2, at + 6))) return false;
          at += 6;
        } else if (next !== void 0 && '"\\/bfnrt'.includes(next)) at += 2;
        else return false;
      } else at++;
    }
    return false;
  };
  const scalar = () => {
    const rest = text.slice(at, at + 5);
    for (const word of ["true", "false", "null"]) {
      if (rest.startsWith(word)) {
        at += word.length;
        return true;
      }
    }
    const number = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(at, at + 400));
    if (!number) return false;
    at += number[0].length;
    return true;
  };
  while (stack.length > 0) {
    space();
    const expecting = stack.pop();
    const c = text[at];
    if (expecting === "value" || expecting === "array-first") {
      if (expecting === "array-first" && c === "]") {
        at++;
        continue;
      }
      if (expecting === "array-first") stack.push("array-next");
      if (c === "{") {
        at++;
        stack.push("object-first");
      } else if (c === "[") {
        at++;
        stack.push("array-first");
      } else if (c === '"') {
        if (!string()) return at;
      } else if (!scalar()) return at;
    } else if (expecting === "array-next") {
      if (c === "]") at++;
      else if (c === ",") {
        at++;
        stack.push("array-next", "value");
      } else return at;
    } else if (expecting === "object-first" || expecting === "object-key") {
      if (expecting === "object-first" && c === "}") {
        at++;
        continue;
      }
      if (!string()) return at;
      stack.push("object-colon");
    } else if (expecting === "object-colon") {
      if (c !== ":") return at;
      at++;
      stack.push("object-next", "value");
    } else if (c === "}") at++;
    else if (c === ",") {
      at++;
      stack.push("object-key");
    } else return at;
  }
  space();
  return at < text.length ? at : void 0;
}
function lineAndColumn(text, offset) {
  let line2 = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === "\n") {
      line2++;
      lineStart = i + 1;
    }
  }
  return { line: line2, column: offset - lineStart + 1 };
}
var init_json_syntax = __esm({
  "src/config/json-syntax.ts"() {
    "use strict";
    init_built_module_url();
  }
});

// src/config/severity-config.ts
function readSeverityConfig(value2) {
  if (value2 === void 0) return void 0;
  if (typeof value2 !== "object" || value2 === null || Array.isArray(value2))
    throw new SeverityConfigProblem(
      '"severity" must be an object, e.g. { "ucma4-project-references": "error", "ucma4-api-members/call-forward": "off" }'
    );
  const severities = {};
  for (const [key, setting] of Object.entries(value2)) {
    if (!/^[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9-]*)?$/.test(key))
      throw new SeverityConfigProblem(`"severity" key "${key}" is not a transform id or "transform/rule"`);
    if (typeof setting !== "string" || !SEVERITY_VALUES.includes(setting))
      throw new SeverityConfigProblem(
        `"severity.${key}" must be one of ${SEVERITY_VALUES.map((v) => `"${v}"`).join(", ")}, got ${JSON.stringify(setting)}`
      );
    severities[key] = setting;
  }
  return severities;
}
function unknownSeverityKey(severities, known) {
  for (const key of Object.keys(severities)) {
    const [transformId, rule] = key.split("/");
    const rules = known.transforms.get(transformId);
    if (rules === void 0) {
      if (!known.complete) continue;
      const ids = [...known.transforms.keys()].sort().join(", ");
      return `"severity" names "${key}", which is not a transform (known: ${ids})`;
    }
    if (rule !== void 0 && !rules.includes(rule))
      return rules.length === 0 ? `"severity" names "${key}", but ${transformId} has no rules; give "${transformId}" alone` : `"severity" names "${key}", but ${transformId} has no rule "${rule}" (its rules: ${rules.join(", ")})`;
  }
  return void 0;
}
var SEVERITY_VALUES, SeverityConfigProblem;
var init_severity_config = __esm({
  "src/config/severity-config.ts"() {
    "use strict";
    init_built_module_url();
    SEVERITY_VALUES = ["off", "info", "warning", "error"];
    SeverityConfigProblem = class extends Error {
    };
  }
});

// src/config/migration-config.ts
function readMigrationConfig(value2) {
  if (typeof value2 !== "object" || value2 === null || Array.isArray(value2))
    return { problem: `"migration" must be an object such as { "from": "ucma-2.0", "legacyApplicationName": "ContosoHelpdesk" }` };
  const record = value2;
  const unknown = Object.keys(record).filter((key) => !MIGRATION_FIELDS.includes(key));
  if (unknown.length > 0)
    return { problem: `unknown key "migration.${unknown[0]}"; the keys of "migration" are: ${MIGRATION_FIELDS.join(", ")}` };
  const fields = {};
  for (const field2 of MIGRATION_FIELDS) {
    if (record[field2] === void 0) continue;
    const problem = migrationValueProblem(field2, record[field2]);
    if (problem) return { problem: `"migration.${field2}" ${problem}, got ${JSON.stringify(record[field2])}` };
    fields[field2] = record[field2];
  }
  const contradiction = migrationConsistencyProblem(fields);
  return contradiction ? { problem: contradiction } : { fields };
}
var init_migration_config = __esm({
  "src/config/migration-config.ts"() {
    "use strict";
    init_built_module_url();
    init_migration_target();
  }
});

// src/config/config-file.ts
function findConfigFile(cwd, aboveRepository = false) {
  let repositoryTop;
  for (let directory = (0, import_node_path24.resolve)(cwd); ; directory = (0, import_node_path24.dirname)(directory)) {
    const candidate = (0, import_node_path24.join)(directory, CONFIG_FILE_NAME);
    if (entryExists(candidate)) return repositoryTop === void 0 ? { path: candidate } : { path: void 0, ignoredAbove: candidate };
    if (repositoryTop === void 0 && !aboveRepository && entryExists((0, import_node_path24.join)(directory, ".git"))) repositoryTop = directory;
    if ((0, import_node_path24.dirname)(directory) === directory) return { path: void 0 };
  }
}
function loadProjectConfig(cwd, env = {}) {
  const found = findConfigFile(cwd, env[CONFIG_ABOVE_REPO_VARIABLE] === "1");
  const path = found.path;
  const ignoredAbove = found.ignoredAbove === void 0 ? {} : { ignoredAbove: found.ignoredAbove };
  const ignore = [];
  const base = path ? (0, import_node_path24.dirname)(path) : (0, import_node_path24.resolve)(cwd);
  for (const folder of /* @__PURE__ */ new Set([base, (0, import_node_path24.resolve)(cwd)])) {
    const ignoreFile = (0, import_node_path24.join)(folder, IGNORE_FILE_NAME);
    const bytes = readSettingsFile(ignoreFile);
    if (bytes !== void 0) ignore.push({ base: folder, origin: ignoreFile, fileBytes: bytes });
  }
  if (!path) return { path: void 0, transforms: void 0, options: {}, ignore, maxFileSize: void 0, migration: {}, ...ignoredAbove };
  const text = readSettingsFile(path).toString("utf8").replace(/^\uFEFF/, "");
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    const offset = jsonSyntaxErrorOffset(text) ?? 0;
    const { line: line2, column } = lineAndColumn(text, offset);
    throw new ConfigError(path, `is not valid JSON (a syntax error at line ${line2}, column ${column})`);
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
    throw new ConfigError(path, 'must hold one JSON object, e.g. { "transforms": ["provisioner-tls-target"] }');
  const config = parsed;
  const unknown = Object.keys(config).filter((key) => !KNOWN_KEYS.includes(key) && !EDITOR_KEYS.includes(key));
  if (unknown.length > 0) throw new ConfigError(path, `unknown key ${quoted(unknown[0])}; the keys are: ${KNOWN_KEYS.join(", ")}`);
  const strings = (key) => {
    const value2 = config[key];
    if (value2 === void 0) return void 0;
    if (!Array.isArray(value2) || value2.some((item) => typeof item !== "string" || item === ""))
      throw new ConfigError(path, `"${key}" must be an array of non-empty strings`);
    return value2;
  };
  const transforms = strings("transforms")?.map(
    (spec) => /[\\/]/.test(spec) || /\.(m?ts|m?js)$/.test(spec) ? (0, import_node_path24.isAbsolute)(spec) ? spec : (0, import_node_path24.resolve)(base, spec) : spec
  );
  if (transforms?.length === 0) throw new ConfigError(path, '"transforms" is empty; leave it out to run every built-in transform');
  const options2 = {};
  if (config.options !== void 0) {
    if (typeof config.options !== "object" || config.options === null || Array.isArray(config.options))
      throw new ConfigError(path, '"options" must be an object of string values, e.g. { "key": "value" }');
    for (const [key, value2] of Object.entries(config.options)) {
      if (typeof value2 !== "string")
        throw new ConfigError(path, `${/^[\w.+-]{1,40}$/.test(key) ? `"options.${key}"` : 'an "options" entry'} must be a string`);
      if (isMigrationOptionKey(key))
        throw new ConfigError(path, `"options.${key}": declare the migration target under the "migration" key instead`);
      options2[key] = value2;
    }
  }
  const patterns = strings("ignore");
  if (patterns) ignore.unshift({ base, origin: `${path} ("ignore")`, patterns });
  let maxFileSize;
  const size = config.maxFileSize;
  if (typeof size === "number" && Number.isInteger(size) && size > 0) maxFileSize = size;
  else if (typeof size === "string") {
    maxFileSize = parseByteSize(size);
    if (maxFileSize === void 0 || maxFileSize === 0)
      throw new ConfigError(
        path,
        `"maxFileSize" must be a size such as "4M", "500k" or a number of bytes above 0 (0 would skip every file), got ${quoted(size)}`
      );
  } else if (size !== void 0)
    throw new ConfigError(path, '"maxFileSize" must be a size such as "4M", "500k" or a positive number of bytes');
  let migration = {};
  if (config.migration !== void 0) {
    const read = readMigrationConfig(config.migration);
    if ("problem" in read) throw new ConfigError(path, read.problem);
    migration = read.fields;
  }
  let severity;
  try {
    severity = readSeverityConfig(config.severity);
  } catch (thrown) {
    if (thrown instanceof SeverityConfigProblem) throw new ConfigError(path, thrown.message);
    throw thrown;
  }
  const maxWarnings = config.maxWarnings;
  if (maxWarnings !== void 0 && !(typeof maxWarnings === "number" && Number.isInteger(maxWarnings) && maxWarnings >= -1))
    throw new ConfigError(path, '"maxWarnings" must be a whole number of warnings such as 0 or 10, or -1 for no limit');
  const level = config.diagnosticLevel;
  if (level !== void 0 && !(typeof level === "string" && DIAGNOSTIC_LEVELS.includes(level)))
    throw new ConfigError(path, `"diagnosticLevel" must be one of ${DIAGNOSTIC_LEVELS.map((l) => `"${l}"`).join(", ")}`);
  const baseline = config.baseline;
  if (baseline !== void 0 && (typeof baseline !== "string" || baseline === ""))
    throw new ConfigError(path, '"baseline" must be the path of the baseline file, relative to the config file');
  return {
    path,
    transforms,
    options: options2,
    ignore,
    maxFileSize,
    migration,
    ...ignoredAbove,
    ...severity ? { severity } : {},
    // -1 means no limit, as --max-warnings -1 (kept as Infinity, as the flag is).
    ...maxWarnings !== void 0 ? { maxWarnings: maxWarnings === -1 ? Infinity : maxWarnings } : {},
    ...level !== void 0 ? { diagnosticLevel: level } : {},
    ...baseline !== void 0 ? { baseline: (0, import_node_path24.resolve)(base, baseline) } : {}
  };
}
function quoted(value2) {
  return /^[\w.+-]{1,40}$/.test(value2) ? `"${value2}"` : `(a value of ${value2.length} characters)`;
}
var import_node_path24, CONFIG_ABOVE_REPO_VARIABLE, DIAGNOSTIC_LEVELS, KNOWN_KEYS, EDITOR_KEYS, ConfigError;
var init_config_file = __esm({
  "src/config/config-file.ts"() {
    "use strict";
    init_built_module_url();
    import_node_path24 = require("node:path");
    init_user_error();
    init_parse_size();
    init_project_files();
    init_settings_file();
    init_json_syntax();
    init_severity_config();
    init_migration_target();
    init_migration_config();
    CONFIG_ABOVE_REPO_VARIABLE = "UCMA_CODEMOD_CONFIG_ABOVE_REPO";
    DIAGNOSTIC_LEVELS = ["info", "warning", "error"];
    KNOWN_KEYS = [
      "transforms",
      "options",
      "ignore",
      "maxFileSize",
      "severity",
      "maxWarnings",
      "diagnosticLevel",
      "baseline",
      "migration"
    ];
    EDITOR_KEYS = ["$schema"];
    ConfigError = class extends UserError {
      constructor(path, reason) {
        super({ path: `${path}:`, reason, hint: `See docs/configuration.md in the ucma-codemod package for the keys and their types.` });
      }
    };
  }
});

// src/cli/parse-args.ts
function parseCliArgs(argv) {
  let parsed;
  try {
    parsed = (0, import_node_util.parseArgs)({ args: joinNegativeCounts(argv), options: OPTIONS, allowPositionals: true, strict: true });
  } catch (thrown) {
    throw argumentError(thrown);
  }
  const { values, positionals } = parsed;
  const [first, ...rest] = positionals;
  let command2;
  if (first !== void 0) {
    if (!COMMANDS.includes(first)) {
      const near = closestName(first, COMMANDS);
      throw new UsageError(
        `unknown command "${first}"${near ? `; did you mean "${near}"?` : ";"} the commands are: ${COMMANDS.join(", ")}`
      );
    }
    command2 = first;
  }
  const format = shortFormatFlag(values) ?? values.format;
  const chosen = format === void 0 ? void 0 : findFormat(format);
  if (format !== void 0 && chosen === void 0) {
    throw new UsageError(`unknown format "${format}"; expected one of: ${OUTPUT_FORMATS.map((f) => f.name).join(", ")}`);
  }
  if (values.color && values["no-color"]) throw new UsageError("--color contradicts --no-color");
  if (values.progress && values["no-progress"]) throw new UsageError("--progress contradicts --no-progress");
  if (!values.help) validateForCommand(command2, rest, { ...values, format }, chosen);
  const transformOptions = {};
  for (const pair of values.option ?? []) {
    const equals = pair.indexOf("=");
    if (equals <= 0) throw new UsageError(`--option needs key=value, got "${pair}"`);
    transformOptions[pair.slice(0, equals)] = pair.slice(equals + 1);
  }
  return {
    command: command2,
    paths: rest,
    transforms: values.transform ?? [],
    format,
    output: values.output,
    outputDir: values["output-dir"],
    staged: values.staged ?? false,
    stdinFilepath: values["stdin-filepath"],
    maxFileSize: values["max-file-size"] === void 0 ? void 0 : parseSize(values["max-file-size"]),
    jobs: values.jobs === void 0 ? void 0 : parseJobs(values.jobs),
    fileTimeoutSeconds: values["file-timeout"] === void 0 ? void 0 : parseSeconds(values["file-timeout"]),
    workerMemory: values["worker-memory"] === void 0 ? void 0 : parseWorkerMemory(values["worker-memory"]),
    transformOptions,
    ignorePatterns: values["ignore-pattern"] ?? [],
    quiet: values.quiet ?? false,
    maxWarnings: values["max-warnings"] === void 0 ? void 0 : parseCount(values["max-warnings"]),
    diagnosticLevel: values["diagnostic-level"] === void 0 ? void 0 : parseLevel(values["diagnostic-level"]),
    baseline: values.baseline,
    writeBaseline: values["write-baseline"],
    pruneBaseline: values["prune-baseline"] ?? false,
    color: values.color ? true : values["no-color"] ? false : void 0,
    progress: values.progress ? true : values["no-progress"] ? false : void 0,
    noPager: values["no-pager"] ?? false,
    done: values.done ?? [],
    save: values.save ?? false,
    lineMode: values["line-mode"] ?? false,
    help: values.help ?? false,
    version: values.version ?? false
  };
}
function joinNegativeCounts(argv) {
  const joined = [];
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index];
    if (argument === "--") return [...joined, ...argv.slice(index)];
    const next = argv[index + 1];
    if (NEGATIVE_COUNT_OPTIONS.has(argument) && next !== void 0 && /^-\d+$/.test(next)) {
      joined.push(`${argument}=${next}`);
      index++;
    } else joined.push(argument);
  }
  return joined;
}
function argumentError(thrown) {
  const code = thrown.code;
  const message = thrown instanceof Error ? thrown.message : String(thrown);
  const option = /'(-[^' ]+)/.exec(message)?.[1];
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && option !== void 0) {
    const names = Object.entries(OPTIONS).flatMap(([name, spec]) => [`--${name}`, ..."short" in spec ? [`-${spec.short}`] : []]);
    const near = option.startsWith("--") ? closestName(option, names) : void 0;
    return new UsageError(`unknown option "${option}"${near ? `; did you mean "${near}"?` : ""}`);
  }
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && option !== void 0) {
    const name = option.replace(/^-+/, "");
    const spec = OPTIONS[name] ?? Object.values(OPTIONS).find((s) => "short" in s && s.short === name);
    if (spec?.type === "boolean") return new UsageError(`${option} takes no value`);
    return new UsageError(`${option} needs a value${VALUE_EXAMPLES[option] ? `, e.g. ${VALUE_EXAMPLES[option]}` : ""}`);
  }
  return new UsageError(message.replace(/\. To specify a positional argument.*$/s, ""));
}
function shortFormatFlag(values) {
  const given = FORMAT_FLAGS.filter(([key]) => values[key]);
  if (given.length > 1) throw new UsageError(`${given[0][1]} contradicts ${given[1][1]}; give one of them`);
  const [flag] = given;
  if (flag === void 0) return void 0;
  if (values.format !== void 0 && values.format !== flag[2])
    throw new UsageError(`${flag[1]} contradicts --format ${values.format}; give one of them`);
  return flag[2];
}
function validateForCommand(command2, paths, values, format) {
  if (values.output !== void 0 && values["output-dir"] !== void 0)
    throw new UsageError("-o/--output contradicts --output-dir; give one of them");
  if (values["output-dir"] !== void 0 && !(format?.splitsIntoFiles && isFileCommand(command2) && format.commands.includes(command2))) {
    const splitting = OUTPUT_FORMATS.filter((f) => f.splitsIntoFiles).map((f) => `"${f.commands.join("/")} --format ${f.name}"`);
    throw new UsageError(`--output-dir is only for ${splitting.join(", ")} (one .patch file per transform)`);
  }
  if (values.output !== void 0 && command2 !== "diff" && command2 !== "check" && command2 !== "report" && command2 !== "plan")
    throw new UsageError("-o/--output is only for diff, check, report and plan");
  if (((values.done?.length ?? 0) > 0 || values.save) && command2 !== "plan")
    throw new UsageError("--done and --save are only for plan (they write the plan file)");
  if (values["line-mode"] && command2 !== "review") throw new UsageError("--line-mode is only for review");
  if (values.staged && command2 !== "check") throw new UsageError("--staged is only for check (it judges what is staged for commit)");
  if (format && isFileCommand(command2) && command2 !== "review" && !format.commands.includes(command2)) {
    throw new UsageError(`--format ${format.name} is only for ${format.commands.join(", ")}`);
  }
  if (command2 === "review" && values.format !== void 0)
    throw new UsageError("review is interactive and takes no --format; use diff for reports");
  if (command2 === "list" && paths.length > 0) throw new UsageError("list takes no paths");
  if (command2 === "list" && values.format !== void 0 && values.format !== "json")
    throw new UsageError("list prints text or --json only");
  if (command2 === "new" && paths.length !== 1)
    throw new UsageError("new takes exactly one transform id, e.g.: ucma-codemod new rename-allowed-domains");
  if ((command2 === "new" || command2 === "install-hook") && values.format !== void 0)
    throw new UsageError(`${command2} takes no --format`);
  if (command2 === "install-hook" && paths.length > 0) throw new UsageError("install-hook takes no paths");
  if (command2 === "test" && (values.format !== void 0 || (values.transform?.length ?? 0) > 0))
    throw new UsageError("test takes the transforms as arguments (ids or files), and no --format or -t");
  if ((command2 === "new" || command2 === "install-hook") && (values.transform?.length ?? 0) > 0)
    throw new UsageError(`${command2} takes no -t`);
  if (values["stdin-filepath"] !== void 0) validateStdinFilepath(command2, paths, values);
  validateBaselineFlags(command2, values);
  if (command2 === "lsp") validateLsp(paths, values);
  else if (values.stdio) throw new UsageError("--stdio is only for lsp (the language server talks over stdin and stdout)");
}
function validateLsp(paths, values) {
  if (paths.length > 0) throw new UsageError("lsp takes no paths: the editor sends the files it opens");
  if (values.format !== void 0) throw new UsageError("lsp talks LSP on stdout and takes no --format");
}
function validateBaselineFlags(command2, values) {
  if (values.baseline !== void 0 && !isFileCommand(command2))
    throw new UsageError("--baseline is only for diff, apply, check, review, report and plan");
  if (values["write-baseline"] !== void 0 && command2 !== "check")
    throw new UsageError("--write-baseline is only for check (it records what check finds)");
  if (values["prune-baseline"] && command2 !== "check") throw new UsageError("--prune-baseline is only for check");
  if (values["prune-baseline"] && values["write-baseline"] !== void 0)
    throw new UsageError(
      "--prune-baseline contradicts --write-baseline: one drops stale entries of --baseline FILE, the other records everything anew"
    );
  for (const [flag, value2] of [
    ["--baseline", values.baseline],
    ["--write-baseline", values["write-baseline"]]
  ])
    if (value2 !== void 0 && value2.trim() === "") throw new UsageError(`${flag} needs a file, e.g. ${flag} ucma-codemod-baseline.json`);
}
function validateStdinFilepath(command2, paths, values) {
  if (command2 === "review")
    throw new UsageError("review steps through files on disk and takes no --stdin-filepath; use diff --stdin-filepath to see the changes");
  if (command2 !== "diff" && command2 !== "apply" && command2 !== "check")
    throw new UsageError("--stdin-filepath is only for diff, apply and check");
  if (values["stdin-filepath"].trim() === "")
    throw new UsageError("--stdin-filepath needs the path the text on stdin belongs to, e.g. --stdin-filepath src/Application.cs");
  if (paths.length > 0)
    throw new UsageError(
      `--stdin-filepath reads one file from stdin and takes no paths (got ${paths.map((path) => `"${path}"`).join(", ")})`
    );
  if (values.staged) throw new UsageError("--stdin-filepath contradicts --staged: one reads stdin, the other the git index");
  if (command2 === "apply" && values.format !== void 0)
    throw new UsageError(
      "apply --stdin-filepath prints the changed text on stdout and takes no --format; use diff --stdin-filepath for a report"
    );
}
function isFileCommand(command2) {
  return command2 === "diff" || command2 === "apply" || command2 === "check" || command2 === "review" || command2 === "report" || command2 === "plan";
}
function parseCount(text) {
  const trimmed = text.trim();
  if (trimmed === "-1") return Infinity;
  if (!/^\d+$/.test(trimmed))
    throw new UsageError(`--max-warnings needs a whole number of warnings such as 0 or 10, or -1 for no limit, got "${text}"`);
  return Number(trimmed);
}
function parseLevel(text) {
  if (!DIAGNOSTIC_LEVELS.includes(text))
    throw new UsageError(`--diagnostic-level needs one of ${DIAGNOSTIC_LEVELS.join(", ")}, got "${text}"`);
  return text;
}
function maxJobs() {
  return Math.max(4, 2 * (0, import_node_os4.availableParallelism)());
}
function parseJobs(text) {
  if (!/^\d+$/.test(text.trim()) || Number(text) < 1)
    throw new UsageError(`-j/--jobs needs a whole number of threads from 1, got "${text}"`);
  const jobs = Number(text);
  if (jobs > maxJobs())
    throw new UsageError(
      `-j/--jobs ${text} is more threads than this machine can use (${(0, import_node_os4.availableParallelism)()} processor cores); give at most ${maxJobs()}`
    );
  return jobs;
}
function parseSeconds(text) {
  const seconds = Number(text);
  if (text.trim() === "" || !Number.isFinite(seconds) || seconds < 1e-3 || seconds > MAX_FILE_TIMEOUT_SECONDS)
    throw new UsageError(`--file-timeout needs a number of seconds from 0.001 to ${MAX_FILE_TIMEOUT_SECONDS} (a day), got "${text}"`);
  return seconds;
}
function parseWorkerMemory(text) {
  const size = parseByteSize(text);
  if (size === void 0 || size < MIN_WORKER_MEMORY)
    throw new UsageError(`--worker-memory needs a size from 128M, such as 512M or 4G, got "${text}"`);
  return size;
}
function parseSize(text) {
  const size = parseByteSize(text);
  if (size === void 0 || size === 0)
    throw new UsageError(`--max-file-size needs a size above 0 such as 4M or 500000 (0 would skip every file), got "${text}"`);
  return size;
}
var import_node_os4, import_node_util, COMMANDS, UsageError, OPTIONS, NEGATIVE_COUNT_OPTIONS, VALUE_EXAMPLES, FORMAT_FLAGS, MAX_FILE_TIMEOUT_SECONDS, MIN_WORKER_MEMORY;
var init_parse_args = __esm({
  "src/cli/parse-args.ts"() {
    "use strict";
    init_built_module_url();
    import_node_os4 = require("node:os");
    import_node_util = require("node:util");
    init_parse_size();
    init_formats();
    init_user_error();
    init_closest_name();
    init_config_file();
    COMMANDS = ["list", "diff", "apply", "check", "review", "report", "plan", "new", "install-hook", "test", "lsp"];
    UsageError = class extends UserError {
      constructor(reason) {
        super({ reason, hint: 'Run "ucma-codemod --help" for usage.' });
      }
    };
    OPTIONS = {
      transform: { type: "string", short: "t", multiple: true },
      format: { type: "string", short: "f" },
      json: { type: "boolean" },
      "list-different": { type: "boolean", short: "l" },
      stat: { type: "boolean" },
      quiet: { type: "boolean", short: "q" },
      "max-warnings": { type: "string" },
      "diagnostic-level": { type: "string" },
      baseline: { type: "string" },
      "write-baseline": { type: "string" },
      "prune-baseline": { type: "boolean" },
      output: { type: "string", short: "o" },
      "output-dir": { type: "string" },
      staged: { type: "boolean" },
      "stdin-filepath": { type: "string" },
      "max-file-size": { type: "string" },
      jobs: { type: "string", short: "j" },
      "file-timeout": { type: "string" },
      "worker-memory": { type: "string" },
      option: { type: "string", multiple: true },
      "ignore-pattern": { type: "string", multiple: true },
      color: { type: "boolean" },
      "no-color": { type: "boolean" },
      progress: { type: "boolean" },
      "no-progress": { type: "boolean" },
      "no-pager": { type: "boolean" },
      done: { type: "string", multiple: true },
      save: { type: "boolean" },
      stdio: { type: "boolean" },
      "line-mode": { type: "boolean" },
      help: { type: "boolean", short: "h" },
      version: { type: "boolean", short: "v" }
    };
    NEGATIVE_COUNT_OPTIONS = /* @__PURE__ */ new Set(["--max-warnings"]);
    VALUE_EXAMPLES = {
      "--max-warnings": "--max-warnings 10 (-1: no limit)",
      "--format": "--format json",
      "-f": "-f json",
      "--transform": "-t provisioner-tls-target",
      "-t": "-t provisioner-tls-target",
      "--max-file-size": "--max-file-size 16M",
      "--output": "-o changes.patch",
      "-o": "-o changes.patch",
      "--stdin-filepath": "--stdin-filepath src/Application.cs",
      "--option": "--option key=value",
      "--ignore-pattern": "--ignore-pattern 'legacy/**'"
    };
    FORMAT_FLAGS = [
      ["json", "--json", "json"],
      ["list-different", "-l/--list-different", "names"],
      ["stat", "--stat", "stat"]
    ];
    MAX_FILE_TIMEOUT_SECONDS = 24 * 60 * 60;
    MIN_WORKER_MEMORY = 128 * 1024 * 1024;
  }
});

// src/run/baseline.ts
function formatBaseline(entries) {
  const unique = new Map(entries.map((entry) => [entry.fingerprint, entry]));
  const sorted = [...unique.values()].sort(
    (a, b) => compare(a.path, b.path) || compare(a.rule, b.rule) || compare(a.member, b.member) || compare(a.fingerprint, b.fingerprint)
  );
  const lines = sorted.map(
    (entry) => JSON.stringify({ path: entry.path, rule: entry.rule, member: entry.member, snippet: entry.snippet, fingerprint: entry.fingerprint })
  );
  return `${[...HEADER, ...lines].join("\n")}
`;
}
function parseBaseline(text, path) {
  const entries = [];
  text.split(/\r?\n/).forEach((line2, index) => {
    if (line2.trim() === "" || line2.startsWith("#")) return;
    const problem = (why) => new UserError({
      path: `${path}:${index + 1}:`,
      reason: `not a baseline entry (${why})`,
      hint: 'A baseline holds one JSON object per line, as "ucma-codemod check --write-baseline FILE" writes it.'
    });
    let value2;
    try {
      value2 = JSON.parse(line2);
    } catch {
      throw problem("not JSON");
    }
    const entry = value2;
    for (const key of ["path", "rule", "member", "snippet", "fingerprint"])
      if (typeof entry?.[key] !== "string") throw problem(`"${key}" must be a string`);
    if (!/^[0-9a-f]{16}$/.test(entry.fingerprint)) throw problem('"fingerprint" must be 16 hex digits');
    entries.push(entry);
  });
  return entries;
}
function isBaselinable(file, finding) {
  return file.status !== "failed" && finding.origin !== "engine" && finding.severity !== "info" && finding.fingerprint !== void 0;
}
function entryOf(finding) {
  const print = finding.fingerprint;
  return {
    path: print.path,
    rule: finding.rule === void 0 ? finding.origin : `${finding.origin}/${finding.rule}`,
    member: print.member,
    snippet: print.snippet,
    fingerprint: print.hash
  };
}
function isJudged2(entry, processed, present, scope) {
  if (!scope.ruleRan(entry.rule)) return false;
  if (processed.has(entry.path)) return true;
  if (present.has(entry.path)) return false;
  const absolute = (0, import_node_path28.resolve)(scope.root.root, ...entry.path.split("/"));
  return scope.walked.some((folder) => {
    const inside = (0, import_node_path28.relative)(folder, absolute);
    return inside !== "" && !inside.startsWith(`..${import_node_path28.sep}`) && inside !== ".." && !(0, import_node_path28.isAbsolute)(inside);
  });
}
function applyBaseline(result, entries, path, scope) {
  const known = new Set(entries.map((entry) => entry.fingerprint));
  const used = /* @__PURE__ */ new Set();
  const files = result.files.map((file) => {
    const moved = [];
    const kept = [];
    for (const finding of file.diagnostics) {
      const hash = finding.fingerprint?.hash;
      if (hash !== void 0 && known.has(hash)) used.add(hash);
      if (hash !== void 0 && known.has(hash) && isBaselinable(file, finding)) moved.push({ ...finding, state: "baseline" });
      else kept.push(finding);
    }
    for (const finding of file.acknowledged)
      if (finding.fingerprint && known.has(finding.fingerprint.hash)) used.add(finding.fingerprint.hash);
    return moved.length === 0 ? file : { ...file, diagnostics: kept, acknowledged: [...file.acknowledged, ...moved] };
  });
  const { processed, present } = pathsOf(result, scope.root);
  const stale = entries.filter((entry) => !used.has(entry.fingerprint) && isJudged2(entry, processed, present, scope));
  return { result: { ...result, files, baseline: { path, stale } }, stale };
}
function baselineEntriesOf(result, previous, scope) {
  const current = result.files.flatMap(
    (file) => [...file.diagnostics, ...file.acknowledged.filter((d) => d.state === "baseline")].filter((d) => isBaselinable(file, d)).map(entryOf)
  );
  const { processed, present } = pathsOf(result, scope.root);
  const untouched = previous.filter((entry) => !isJudged2(entry, processed, present, scope));
  return [...current, ...untouched];
}
function prunedEntries(previous, stale) {
  const gone = new Set(stale.map((entry) => entry.fingerprint));
  return previous.filter((entry) => !gone.has(entry.fingerprint));
}
function pathsOf(result, root) {
  const processed = /* @__PURE__ */ new Set();
  const present = /* @__PURE__ */ new Set();
  for (const file of result.files) {
    const path = projectPathOf(file.path, root);
    present.add(path);
    if (file.status === "changed" || file.status === "unchanged") processed.add(path);
  }
  return { processed, present };
}
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
var import_node_path28, BASELINE_VERSION, HEADER;
var init_baseline = __esm({
  "src/run/baseline.ts"() {
    "use strict";
    init_built_module_url();
    import_node_path28 = require("node:path");
    init_user_error();
    init_fingerprint();
    BASELINE_VERSION = 1;
    HEADER = [
      `# ucma-codemod baseline ${BASELINE_VERSION}: findings a person has to act on, known when this file was written.`,
      "# check --baseline FILE fails only on findings not listed here. One finding per line, sorted;",
      '# written by "ucma-codemod check --write-baseline FILE", stale entries dropped by "check --baseline FILE --prune-baseline".'
    ];
  }
});

// src/cli/baseline-file.ts
function assertBaselineReadable(request, cwd) {
  const file = request.baseline;
  if (file === void 0 || request.writeBaseline !== void 0) return;
  if (!entryExists(file))
    throw new UserError({
      path: `${(0, import_node_path29.relative)(cwd, file) || file}:`,
      reason: "the baseline file does not exist",
      hint: "Write one with: ucma-codemod check --write-baseline FILE"
    });
  if ((0, import_node_fs18.lstatSync)(file).isDirectory())
    throw new UserError({ path: `${(0, import_node_path29.relative)(cwd, file)}:`, reason: "is a folder; --baseline needs a file" });
}
async function settleBaseline(result, request, note2) {
  if (request.baseline === void 0 && request.writeBaseline === void 0) return result;
  const scope = { root: request.root, walked: request.walked, ruleRan: (rule) => ruleRan(rule, request) };
  const given = request.baseline === void 0 ? [] : await readEntries(request.baseline, request.writeBaseline !== void 0);
  const applied = request.baseline === void 0 ? void 0 : applyBaseline(result, given, request.baseline, scope);
  let written;
  if (request.writeBaseline !== void 0) {
    const previous = entryExists(request.writeBaseline) ? await readEntries(request.writeBaseline, false) : given;
    written = { path: request.writeBaseline, entries: baselineEntriesOf(applied?.result ?? result, previous, scope) };
  } else if (request.prune && request.baseline !== void 0 && applied) {
    written = { path: request.baseline, entries: prunedEntries(given, applied.stale) };
    note2(
      `ucma-codemod: removed ${count2(applied.stale.length, "stale entry", "stale entries")} from ${(0, import_node_path29.relative)(request.root.cwd, written.path) || written.path}`
    );
  }
  if (!written) return applied.result;
  const text = formatBaseline(written.entries);
  const failed = (thrown) => new UserError({
    path: `${(0, import_node_path29.relative)(request.root.cwd, written.path)}:`,
    reason: `cannot write the baseline: ${describeFsError(thrown)}`
  });
  const file = await openReportFile(request.root.cwd, written.path, failed);
  try {
    await file.write(Buffer.from(text, "utf8"));
    await file.commit();
  } catch (thrown) {
    await file.abort();
    throw thrown instanceof UserError ? thrown : failed(thrown);
  }
  if (request.writeBaseline !== void 0)
    note2(
      `ucma-codemod: wrote ${count2(text.split("\n").filter((line2) => line2.startsWith("{")).length, "entry", "entries")} to ${(0, import_node_path29.relative)(request.root.cwd, written.path) || written.path}`
    );
  return applyBaseline(result, parseBaseline(text, written.path), written.path, scope).result;
}
async function readEntries(path, missingIsEmpty) {
  const bytes = readSettingsFile(path, MAX_BASELINE_BYTES);
  if (bytes === void 0) {
    if (missingIsEmpty) return [];
    throw new UserError({ path: `${path}:`, reason: "cannot read the baseline: no such file or directory" });
  }
  return parseBaseline(bytes.toString("utf8"), path);
}
function ruleRan(rule, request) {
  const [transformId, ruleId] = rule.split("/");
  const transform = request.transforms.find((t) => t.meta.id === transformId);
  if (!transform || isOff(request.severities, transformId, ruleId)) return false;
  return ruleId === void 0 || transform.selectedRules === void 0 || transform.selectedRules.has(ruleId);
}
function count2(n, one, many) {
  return `${n} ${n === 1 ? one : many}`;
}
var import_node_fs18, import_node_path29, MAX_BASELINE_BYTES;
var init_baseline_file = __esm({
  "src/cli/baseline-file.ts"() {
    "use strict";
    init_built_module_url();
    import_node_fs18 = require("node:fs");
    import_node_path29 = require("node:path");
    init_fs_error();
    init_settings_file();
    init_output_sink();
    init_user_error();
    init_severity();
    init_baseline();
    MAX_BASELINE_BYTES = 16 * 1024 * 1024;
  }
});

// src/cli/run-scope.ts
async function fingerprintRootFor(options2, cwd) {
  const root = options2.configPath !== void 0 ? (0, import_node_path30.dirname)(options2.configPath) : await workTreeTop(cwd) ?? cwd;
  return { root, cwd };
}
function walkedFolders(options2, cwd) {
  if (options2.staged || options2.stdinFilepath !== void 0) return [];
  return walkedFoldersOf(options2.paths, cwd);
}
var import_node_path30;
var init_run_scope = __esm({
  "src/cli/run-scope.ts"() {
    "use strict";
    init_built_module_url();
    import_node_path30 = require("node:path");
    init_project_peers();
    init_run_git();
  }
});

// src/engine/rule-selection.ts
function splitRuleSpec(spec) {
  const match = /^([a-z][a-z0-9-]*)\/([a-z0-9][a-z0-9-]*)$/.exec(spec);
  return match ? { transformId: match[1], ruleId: match[2] } : void 0;
}
function unknownRules(transform, ruleIds) {
  const known = new Set((transform.meta.rules ?? []).map((rule) => rule.id));
  return ruleIds.filter((id) => !known.has(id));
}
function selectRules(transform, ruleIds) {
  const selectedRules = /* @__PURE__ */ new Set([...transform.selectedRules ?? [], ...ruleIds]);
  const view = { meta: transform.meta, run: (context) => transform.run(context), selectedRules };
  const moduleUrl = transformModuleUrl(transform);
  if (moduleUrl !== void 0) rememberTransformModule(view, moduleUrl, isUserCode(transform));
  return view;
}
var init_rule_selection = __esm({
  "src/engine/rule-selection.ts"() {
    "use strict";
    init_built_module_url();
    init_transform_origin();
  }
});

// src/cli/resolve-transforms.ts
async function resolveTransforms(specs, cwd, configPath, limits = {}) {
  if (configPath === void 0) return await resolveSpecs(specs, cwd, limits);
  try {
    return await resolveSpecs(specs, cwd, limits);
  } catch (thrown) {
    if (!(thrown instanceof UserError)) throw thrown;
    throw new UserError({
      path: `${configPath}:`,
      reason: `"transforms": ${thrown.message}`,
      hint: "Fix the list in the config file, or choose transforms for this run with -t.",
      details: thrown.details
    });
  }
}
async function resolveSpecs(specs, cwd, limits) {
  if (specs.length === 0) return [...builtInTransforms];
  const chosen = [];
  const loadedFiles = /* @__PURE__ */ new Map();
  for (const spec of specs) {
    let transform;
    const ruleSpec = splitRuleSpec(spec);
    const ruleOwner = ruleSpec && findBuiltInTransform(ruleSpec.transformId);
    if (ruleSpec && ruleOwner) {
      chooseRule(chosen, ruleOwner, ruleSpec.ruleId);
      continue;
    }
    if (looksLikeTransformPath(spec)) {
      const path = (0, import_node_path32.resolve)(cwd, spec);
      transform = loadedFiles.get(path) ?? await loadUserTransform(spec, cwd, limits);
      loadedFiles.set(path, transform);
    } else {
      transform = findBuiltInTransform(spec);
    }
    if (!transform) {
      const known = builtInTransforms.map((t) => t.meta.id).join(", ");
      throw new UsageError(
        `unknown transform "${spec}"; built-in transforms: ${known} (see: ucma-codemod list), or give a path such as ./my-transform.ts`
      );
    }
    if (chosen.includes(transform)) continue;
    const ruleView = chosen.findIndex((t) => t.meta === transform.meta);
    if (ruleView !== -1) {
      chosen[ruleView] = transform;
      continue;
    }
    const clash = chosen.find((t) => t.meta.id === transform.meta.id);
    if (clash) throw new UsageError(`two transforms have the id "${transform.meta.id}"; ids must be unique in one run`);
    chosen.push(transform);
  }
  return chosen;
}
function chooseRule(chosen, transform, ruleId) {
  if (unknownRules(transform, [ruleId]).length > 0) {
    const known = (transform.meta.rules ?? []).map((rule) => rule.id).join(", ") || "none";
    throw new UsageError(`transform ${transform.meta.id} has no rule "${ruleId}"; its rules: ${known}`);
  }
  const index = chosen.findIndex((t) => t.meta.id === transform.meta.id);
  if (index === -1) chosen.push(selectRules(transform, [ruleId]));
  else if (chosen[index].selectedRules) chosen[index] = selectRules(chosen[index], [ruleId]);
}
var import_node_path32;
var init_resolve_transforms = __esm({
  "src/cli/resolve-transforms.ts"() {
    "use strict";
    init_built_module_url();
    import_node_path32 = require("node:path");
    init_load_user_transform();
    init_built_in_transforms();
    init_rule_selection();
    init_user_error();
    init_parse_args();
  }
});

// src/inputs/ignore-rules.ts
function ignoreFileLines(bytes) {
  let buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer[0] === 239 && buffer[1] === 187 && buffer[2] === 191) buffer = buffer.subarray(3);
  const lines = [];
  let number = 0;
  let start = 0;
  while (start < buffer.length) {
    number++;
    let end = buffer.indexOf(10, start);
    const next = end === -1 ? buffer.length : end + 1;
    if (end === -1) end = buffer.length;
    if (end > start && buffer[start] !== 35) {
      let line2 = buffer.subarray(start, end > start && buffer[end - 1] === 13 ? end - 1 : end);
      const nul = line2.indexOf(0);
      if (nul !== -1) line2 = line2.subarray(0, nul);
      line2 = trimTrailingSpaces(line2);
      if (line2.length > 0) lines.push({ line: line2, number });
    }
    start = next;
  }
  return lines;
}
function trimTrailingSpaces(line2) {
  let lastSpace = -1;
  for (let i = 0; i < line2.length; i++) {
    const c = line2[i];
    if (c === SPACE) {
      if (lastSpace === -1) lastSpace = i;
    } else if (c === BACKSLASH2) {
      i++;
      if (i >= line2.length) return line2;
      lastSpace = -1;
    } else lastSpace = -1;
  }
  return lastSpace === -1 ? line2 : line2.subarray(0, lastSpace);
}
function ignoredBy(set, absolutePath) {
  const rel = (0, import_node_path33.relative)(set.base, absolutePath).split(import_node_path33.sep).join("/");
  if (rel === "" || rel.startsWith("../") || rel === "..") return false;
  const path = Buffer.from(rel, "utf8");
  for (let slash = path.indexOf(SLASH2); slash !== -1; slash = path.indexOf(SLASH2, slash + 1)) {
    const folder = path.toString("latin1", 0, slash);
    let ignored = set.folders.get(folder);
    if (ignored === void 0) {
      ignored = lastMatchIgnores(set.patterns, path.subarray(0, slash), true);
      set.folders.set(folder, ignored);
    }
    if (ignored) return true;
  }
  return lastMatchIgnores(set.patterns, path, false);
}
function lastMatchIgnores(patterns, path, isDirectory3) {
  for (let i = patterns.length - 1; i >= 0; i--) {
    const pattern = patterns[i];
    if (pattern.directoryOnly && !isDirectory3) continue;
    if (pattern.matches(path)) return !pattern.negated;
  }
  return false;
}
var import_node_path33, MAX_PATTERN_BYTES, IgnorePatternError, SLASH2, SPACE, BACKSLASH2, IgnorePattern, IgnoreRules;
var init_ignore_rules = __esm({
  "src/inputs/ignore-rules.ts"() {
    "use strict";
    init_built_module_url();
    import_node_path33 = require("node:path");
    init_user_error();
    init_wildmatch();
    MAX_PATTERN_BYTES = 4096;
    IgnorePatternError = class extends UserError {
      constructor(origin, pattern, reason) {
        super({
          path: `${origin}:`,
          reason: `the ignore pattern ${JSON.stringify(pattern.length > 80 ? `${pattern.slice(0, 80)}...` : pattern)} ${reason}, so it would never match anything; fix or remove it`
        });
      }
    };
    SLASH2 = 47;
    SPACE = 32;
    BACKSLASH2 = 92;
    IgnorePattern = class {
      negated;
      directoryOnly;
      /** No slash: matched against the last path component only. */
      basenameOnly;
      /** The literal start of the pattern (no wildcard), compared as bytes. */
      prefix;
      /** The rest, or undefined when the pattern is all literal. */
      rest;
      constructor(line2) {
        let start = 0;
        this.negated = line2[0] === 33;
        if (this.negated) start = 1;
        let end = line2.length;
        this.directoryOnly = end > start && line2[end - 1] === SLASH2;
        if (this.directoryOnly) end--;
        let body = line2.subarray(start, end);
        this.basenameOnly = !body.includes(SLASH2);
        if (!this.basenameOnly && body[0] === SLASH2) body = body.subarray(1);
        const literal = literalPrefixLength(body);
        this.prefix = Buffer.from(body.subarray(0, literal));
        this.rest = literal === body.length ? void 0 : new Wildmatch(body.subarray(literal), !this.basenameOnly);
      }
      /** True when the pattern matches `path` (relative to the base, forward slashes, as bytes). */
      matches(path) {
        let from = 0;
        if (this.basenameOnly) from = path.lastIndexOf(SLASH2) + 1;
        const length = path.length - from;
        if (this.prefix.length > length) return false;
        if (this.prefix.length > 0 && !path.subarray(from, from + this.prefix.length).equals(this.prefix)) return false;
        if (this.rest === void 0) return length === this.prefix.length;
        return this.rest.matches(path, from + this.prefix.length, path.length);
      }
    };
    IgnoreRules = class {
      sets = [];
      /**
       * Adds the patterns of an ignore file (its bytes) relative to `base`. `origin` names the file in
       * errors. Throws IgnorePatternError for a pattern that could never match.
       */
      addFile(base, bytes, origin) {
        return this.addLines(
          base,
          ignoreFileLines(bytes).map(({ line: line2, number }) => ({ line: line2, origin: `${origin}:${number}` }))
        );
      }
      /** Adds patterns given one per element (config "ignore", --ignore-pattern) relative to `base`. */
      add(base, patterns, origin = "an ignore pattern") {
        const lines = patterns.flatMap(
          (pattern) => ignoreFileLines(Buffer.from(pattern.replace(/^\uFEFF/, ""), "utf8")).map(({ line: line2 }) => ({ line: line2, origin }))
        );
        return this.addLines(base, lines);
      }
      addLines(base, lines) {
        const patterns = [];
        for (const { line: line2, origin } of lines) {
          const text = line2.toString("utf8");
          if (line2.length > MAX_PATTERN_BYTES) throw new IgnorePatternError(origin, text, `is longer than ${MAX_PATTERN_BYTES} bytes`);
          try {
            patterns.push(new IgnorePattern(line2));
          } catch (thrown) {
            if (thrown instanceof GlobSyntaxError) throw new IgnorePatternError(origin, text, thrown.reason);
            throw thrown;
          }
        }
        if (patterns.length > 0) this.sets.push({ base, patterns, folders: /* @__PURE__ */ new Map() });
        return this;
      }
      get isEmpty() {
        return this.sets.length === 0;
      }
      /** True when the file at `absolutePath` is ignored by any set. */
      ignores(absolutePath) {
        return this.sets.some((set) => ignoredBy(set, absolutePath));
      }
    };
  }
});

// src/cli/apply-config.ts
function applyProjectConfig(options2, cwd, env = {}) {
  const config = loadProjectConfig(cwd, env);
  const ignore = new IgnoreRules();
  for (const source of config.ignore) {
    if ("fileBytes" in source) ignore.addFile(source.base, source.fileBytes, source.origin);
    else ignore.add(source.base, source.patterns, source.origin);
  }
  ignore.add(cwd, options2.ignorePatterns, "--ignore-pattern");
  const shown = (path) => (0, import_node_path34.relative)(cwd, path).split(import_node_path34.sep).join("/") || ".";
  const notices = [];
  const fromConfig = options2.transforms.length === 0 ? (config.transforms ?? []).filter(looksLikeTransformPath) : [];
  if (fromConfig.length > 0 && config.path !== void 0)
    notices.push(`ucma-codemod: ${shown(config.path)} runs transform code from: ${fromConfig.map(shown).join(", ")}`);
  if (config.ignoredAbove !== void 0)
    notices.push(
      `ucma-codemod: left out ${shown(config.ignoredAbove)}: it is above the top of this git repository (set ${CONFIG_ABOVE_REPO_VARIABLE}=1 to use it)`
    );
  const baseline = options2.baseline !== void 0 ? (0, import_node_path34.resolve)(cwd, options2.baseline) : config.baseline;
  if (options2.pruneBaseline && baseline === void 0)
    throw new UsageError('--prune-baseline needs the baseline to prune: --baseline FILE, or "baseline" in the config file');
  return {
    ...options2,
    transforms: options2.transforms.length > 0 ? options2.transforms : [...config.transforms ?? []],
    transformsFromConfig: options2.transforms.length === 0 && config.transforms !== void 0 ? config.path : void 0,
    transformOptions: withMigration(config.options, config.migration, options2.transformOptions),
    maxFileSize: options2.maxFileSize ?? config.maxFileSize,
    maxWarnings: options2.maxWarnings ?? config.maxWarnings,
    diagnosticLevel: options2.diagnosticLevel ?? config.diagnosticLevel,
    baseline,
    ...options2.writeBaseline !== void 0 ? { writeBaseline: (0, import_node_path34.resolve)(cwd, options2.writeBaseline) } : {},
    ...config.severity && config.path ? {
      severityConfig: {
        path: config.path,
        severities: config.severity,
        // With -t, the transforms of the user's own that the config lists are not loaded: their ids cannot be judged.
        userTransformsLeftOut: options2.transforms.length > 0 && (config.transforms ?? []).some((spec) => (0, import_node_path34.isAbsolute)(spec))
      }
    } : {},
    transformsFromCommandLine: options2.transforms.length > 0,
    configPath: config.path,
    ignore: ignore.isEmpty ? void 0 : ignore,
    notices,
    rerunFlags: [
      ...options2.transforms.map((spec) => `-t ${quoteForShell(spec)}`),
      ...Object.entries(options2.transformOptions).map(([key, value2]) => `--option ${quoteForShell(`${key}=${value2}`)}`),
      ...options2.ignorePatterns.map((pattern) => `--ignore-pattern ${quoteForShell(pattern)}`),
      ...options2.maxFileSize === void 0 ? [] : [`--max-file-size ${options2.maxFileSize}`]
    ]
  };
}
function settleSeverities(options2, transforms) {
  const config = options2.severityConfig;
  if (config === void 0) return { transforms: [...transforms], severities: void 0 };
  const known = /* @__PURE__ */ new Map();
  for (const transform of [...builtInTransforms, ...transforms])
    known.set(
      transform.meta.id,
      (transform.meta.rules ?? []).map((rule) => rule.id)
    );
  const problem = unknownSeverityKey(config.severities, { transforms: known, complete: !config.userTransformsLeftOut });
  if (problem !== void 0) throw new ConfigError(config.path, problem);
  const severities = { ...config.severities };
  if (options2.transformsFromCommandLine) {
    for (const transform of transforms) {
      const id = transform.meta.id;
      if (severities[id] === "off") delete severities[id];
      for (const rule of transform.selectedRules ?? []) if (severities[`${id}/${rule}`] === "off") delete severities[`${id}/${rule}`];
    }
    return { transforms: [...transforms], severities };
  }
  const running = transforms.filter((transform) => severities[transform.meta.id] !== "off");
  if (running.length === 0)
    throw new ConfigError(config.path, '"severity" sets every transform of the run to "off", so there is nothing to run');
  return { transforms: running, severities };
}
function withMigration(configOptions, migration, flags) {
  const fields = { ...migration };
  for (const [key, value2] of Object.entries(flags)) {
    if (!isMigrationOptionKey(key)) continue;
    const field2 = MIGRATION_FIELDS.find((f) => migrationOptionKey(f) === key);
    if (field2 === void 0)
      throw new UsageError(
        `--option ${key}: unknown migration field; the fields are: ${MIGRATION_FIELDS.map(migrationOptionKey).join(", ")}`
      );
    const problem = migrationValueProblem(field2, value2);
    if (problem) throw new UsageError(`--option ${key} ${problem}, got "${value2}"`);
    fields[field2] = value2;
  }
  const contradiction = migrationConsistencyProblem(fields);
  if (contradiction) throw new UsageError(`the migration target is contradictory: ${contradiction}`);
  return { ...configOptions, ...flags, ...migrationOptions(fields) };
}
var import_node_path34;
var init_apply_config = __esm({
  "src/cli/apply-config.ts"() {
    "use strict";
    init_built_module_url();
    import_node_path34 = require("node:path");
    init_parse_args();
    init_ignore_rules();
    init_load_user_transform();
    init_text_report();
    init_config_file();
    init_severity_config();
    init_built_in_transforms();
    init_migration_target();
  }
});

// src/tools/scaffold-transform.ts
function isToolRepository(root) {
  const manifest = (0, import_node_path35.join)(root, "package.json");
  if (!(0, import_node_fs20.existsSync)(manifest) || !(0, import_node_fs20.existsSync)((0, import_node_path35.join)(root, "transforms", "index.ts"))) return false;
  return JSON.parse((0, import_node_fs20.readFileSync)(manifest, "utf8")).name === "ucma-codemod";
}
async function scaffoldTransform(id, root) {
  if (!TRANSFORM_ID_PATTERN.test(id)) {
    throw new ScaffoldError(`"${id}" is not a valid transform id: use lower-case words joined by hyphens, e.g. rename-allowed-domains`);
  }
  const mode = isToolRepository(root) ? "repository" : "project";
  const files = mode === "repository" ? repositoryFiles(id) : projectFiles(id);
  const existing = Object.keys(files).filter((path) => (0, import_node_fs20.existsSync)((0, import_node_path35.join)(root, path)));
  if (mode === "repository" && registryHasId(root, id)) existing.push(`transforms/index.ts (already imports ./${id}.js)`);
  if (existing.length > 0) throw new ScaffoldError(`transform "${id}" already exists: ${existing.join(", ")}; choose another id`);
  for (const [path, content] of Object.entries(files)) {
    (0, import_node_fs20.mkdirSync)((0, import_node_path35.dirname)((0, import_node_path35.join)(root, path)), { recursive: true });
    (0, import_node_fs20.writeFileSync)((0, import_node_path35.join)(root, path), content, { flag: "wx" });
  }
  const registered = mode === "repository" ? await registerInRegistry(root, id) : void 0;
  const created = Object.keys(files);
  if (mode === "project" && ignoreFixtures(root)) created.push(IGNORE_FILE_NAME);
  return { mode, created, registered };
}
function ignoreFixtures(root) {
  const path = (0, import_node_path35.join)(root, IGNORE_FILE_NAME);
  const existing = (0, import_node_fs20.existsSync)(path) ? (0, import_node_fs20.readFileSync)(path, "utf8") : void 0;
  if (existing !== void 0 && existing.split(/\r?\n/).some((line2) => line2.trim() === "fixtures/" || line2.trim() === "/fixtures/"))
    return false;
  const entry = "# Transform fixtures (ucma-codemod test): inputs that must stay as they are.\n/fixtures/\n";
  (0, import_node_fs20.writeFileSync)(path, existing === void 0 ? entry : `${existing}${existing.endsWith("\n") || existing === "" ? "" : "\n"}${entry}`);
  return true;
}
function registryHasId(root, id) {
  return new RegExp(`['"]\\./${id}\\.js['"]`).test((0, import_node_fs20.readFileSync)((0, import_node_path35.join)(root, "transforms", "index.ts"), "utf8"));
}
async function registerInRegistry(root, id) {
  const { Project, QuoteKind, SyntaxKind } = await import("ts-morph");
  const project = new Project({ skipAddingFilesFromTsConfig: true, manipulationSettings: { quoteKind: QuoteKind.Single } });
  const registry = project.addSourceFileAtPath((0, import_node_path35.join)(root, "transforms", "index.ts"));
  const taken = new Set(
    registry.getImportDeclarations().flatMap((d) => [d.getDefaultImport()?.getText(), ...d.getNamedImports().map((n) => n.getName())])
  );
  let name = camelCase(id);
  if (taken.has(name)) name = `${name}Transform`;
  const lastImport = registry.getImportDeclarations().at(-1);
  registry.insertImportDeclaration(lastImport ? lastImport.getChildIndex() + 1 : 0, { defaultImport: name, moduleSpecifier: `./${id}.js` });
  const list = registry.getVariableDeclarationOrThrow("builtInTransforms").getInitializerIfKindOrThrow(SyntaxKind.ArrayLiteralExpression);
  const last = list.getElements().at(-1);
  if (last && /,\s*\]$/.test(list.getText())) {
    const indent = /[ \t]*$/.exec(registry.getFullText().slice(0, last.getStart()))?.[0] ?? "";
    registry.insertText(last.getEnd() + 1, `
${indent}${name},`);
  } else {
    list.addElement(name);
  }
  await registry.save();
  return "transforms/index.ts";
}
function camelCase(id) {
  return id.replace(/-([a-z0-9])/g, (_m, letter) => letter.toUpperCase());
}
function transformSource2(id, apiImport, builtIn) {
  return `// ${id}: one transform per file; the id is the file name.
// This example renames a member (UCMA 4.0 renamed ServerPlatformSettings.AllowedDomains to
// TrustedDomains). Replace it with your change, and its fixtures with your cases.
import { defineTransform, query, replace } from '${apiImport}';

const OLD_NAME = 'AllowedDomains';
const NEW_NAME = 'TrustedDomains';

export default defineTransform({
  meta: {
    id: '${id}',
    title: 'Rename AllowedDomains to TrustedDomains',
    description:
      'UCMA 4.0 marks ServerPlatformSettings.AllowedDomains obsolete; TrustedDomains replaces it. ' +
      'This transform renames every member access named AllowedDomains.',
    source: { title: 'Obsolete or removed API members in UCMA 4.0' },
    kind: 'fix',
    // Files without the old name cannot change: they are not even parsed.
    requires: [OLD_NAME],
  },
  run({ tree }) {
    // Member names only: comments and strings never match this query.
    const edits = query(tree.rootNode, '(member_access_expression name: (identifier) @name)').flatMap(({ name }) =>
      name && name.text === OLD_NAME ? [replace(name, NEW_NAME)] : [],
    );
    return { edits };
  },
}${builtIn ? ", import.meta.url" : ""});
`;
}
function repositoryFiles(id) {
  return {
    [`transforms/${id}.ts`]: transformSource2(id, "../src/index.js", true),
    [`fixtures/transforms/${id}/rename-member.input.cs`]: EXAMPLE_INPUT,
    [`fixtures/transforms/${id}/rename-member.output.cs`]: EXAMPLE_INPUT.replace("settings.AllowedDomains", "settings.TrustedDomains"),
    [`test/transforms/${id}.test.ts`]: `// Fixture pairs for ${id}, run through the exported harness.
import { defineTransformTests } from '../../src/testing/index.js';
import transform from '../../transforms/${id}.js';
import { fixturePath } from '../helpers/paths.js';

defineTransformTests(transform, fixturePath('transforms', '${id}'));
`,
    // Every built-in has a reference page (test/transforms/registry.test.ts checks it).
    [`docs/transforms/${id}.md`]: `# \`${id}\`

**Source:** "Obsolete or removed API members in UCMA 4.0".

**What changes, and why.** Describe the change, the document it comes from, what is left to a person.
`
  };
}
function projectFiles(id) {
  return {
    [`transforms/${id}.ts`]: transformSource2(id, "ucma-codemod", false),
    [`fixtures/${id}/rename-member.input.cs`]: EXAMPLE_INPUT,
    [`fixtures/${id}/rename-member.output.cs`]: EXAMPLE_INPUT.replace("settings.AllowedDomains", "settings.TrustedDomains"),
    [`test/${id}.test.ts`]: `// Fixture pairs for ${id}: <case>.input.cs, <case>.output.cs (absent: must stay unchanged).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineTransformTests } from 'ucma-codemod/testing';
import transform from '../transforms/${id}.js';

const here = dirname(fileURLToPath(import.meta.url));
defineTransformTests(transform, join(here, '..', 'fixtures', '${id}'));
`
  };
}
var import_node_fs20, import_node_path35, __moduleUrl16, ScaffoldError, EXAMPLE_INPUT;
var init_scaffold_transform = __esm({
  "src/tools/scaffold-transform.ts"() {
    "use strict";
    init_built_module_url();
    init_user_error();
    import_node_fs20 = require("node:fs");
    import_node_path35 = require("node:path");
    init_transform_shape();
    init_project_files();
    __moduleUrl16 = __builtModuleUrl("src/tools/scaffold-transform.js");
    ScaffoldError = class extends UserError {
      constructor(reason, details) {
        super({ reason, ...details ? { details } : {} });
      }
    };
    EXAMPLE_INPUT = `using Microsoft.Rtc.Collaboration;

class Startup
{
    static void Configure(ServerPlatformSettings settings, string[] domains)
    {
        // AllowedDomains in a comment is not code and stays as it is.
        settings.AllowedDomains = domains;
    }
}
`;
  }
});

// src/cli/commands/new-command.ts
var new_command_exports = {};
__export(new_command_exports, {
  newCommand: () => newCommand
});
async function newCommand(id, io) {
  const result = await scaffoldTransform(id, io.cwd);
  const lines = [
    ...result.created.map((path) => `created ${path}`),
    ...result.registered ? [`registered ${id} in ${result.registered}`] : [],
    "",
    result.mode === "repository" ? `Next: edit transforms/${id}.ts and its fixtures, then run npm test.` : `Next: edit transforms/${id}.ts and fixtures/${id}/, test it with: ucma-codemod test (or your jest setup, see docs/writing-transforms.md), and run it with: ucma-codemod diff -t ./transforms/${id}.ts <paths>`
  ];
  return writeAndReturn(io.stderr, `${lines.join("\n")}
`, ExitCode.Ok);
}
var init_new_command = __esm({
  "src/cli/commands/new-command.ts"() {
    "use strict";
    init_built_module_url();
    init_exit_code();
    init_scaffold_transform();
    init_cli_io();
  }
});

// src/tools/install-hook.ts
function hookScript() {
  return `#!/bin/sh
${HOOK_MARKER} (written by "ucma-codemod install-hook"; running it again rewrites this file).
# Refuses the commit while a staged file (${describeReadFiles("or")}) needs a ucma-codemod change; the patch it prints
# shows what is needed. Fix: ucma-codemod apply <files> && git add <files>
# Skip once: git commit --no-verify
if command -v ucma-codemod >/dev/null 2>&1; then
  exec ucma-codemod check --staged
fi
if command -v npx >/dev/null 2>&1 && npx --no-install ucma-codemod --version >/dev/null 2>&1; then
  exec npx --no-install ucma-codemod check --staged
fi
echo "ucma-codemod pre-commit hook: ucma-codemod is neither on PATH nor installed in this repository (npx --no-install ucma-codemod); install it (see its README) or skip this check once with: git commit --no-verify" >&2
exit 1
`;
}
async function installPreCommitHook(cwd) {
  let hooksDir;
  try {
    hooksDir = (0, import_node_path36.resolve)(cwd, (await git(cwd, ["rev-parse", "--git-path", "hooks"])).trim());
  } catch {
    throw new HookInstallError("not inside a git repository; run install-hook in the repository that holds the C# sources");
  }
  if ((await git(cwd, ["rev-parse", "--is-bare-repository"])).trim() === "true") {
    throw new HookInstallError(
      "this is a bare repository: nothing is committed in it, so a pre-commit hook would never run; run install-hook in a clone that has a work tree"
    );
  }
  const path = (0, import_node_path36.join)(hooksDir, "pre-commit");
  const script2 = hookScript();
  const existing = await (0, import_promises8.readFile)(path, "utf8").catch(() => void 0);
  if (existing !== void 0 && !existing.includes(HOOK_MARKER)) {
    throw new HookInstallError(
      `${path} exists and was not written by ucma-codemod; left unchanged. Add this line to it instead:
  ucma-codemod check --staged || exit 1`
    );
  }
  if (existing === script2) return { path, action: "unchanged" };
  await (0, import_promises8.mkdir)(hooksDir, { recursive: true });
  const temp = `${path}.ucma-codemod-${process.pid}.tmp`;
  await (0, import_promises8.writeFile)(temp, script2, { mode: 493 });
  await (0, import_promises8.chmod)(temp, 493);
  await (0, import_promises8.rename)(temp, path);
  return { path, action: existing === void 0 ? "installed" : "updated" };
}
var import_promises8, import_node_path36, HOOK_MARKER, HookInstallError;
var init_install_hook = __esm({
  "src/tools/install-hook.ts"() {
    "use strict";
    init_built_module_url();
    init_file_patterns();
    init_user_error();
    import_promises8 = require("node:fs/promises");
    import_node_path36 = require("node:path");
    init_run_git();
    HOOK_MARKER = "# ucma-codemod pre-commit hook";
    HookInstallError = class extends UserError {
      constructor(reason, details) {
        super({ reason, ...details ? { details } : {} });
      }
    };
  }
});

// src/cli/commands/install-hook-command.ts
var install_hook_command_exports = {};
__export(install_hook_command_exports, {
  installHookCommand: () => installHookCommand
});
async function installHookCommand(io) {
  const { path, action } = await installPreCommitHook(io.cwd);
  const verb = action === "unchanged" ? "already installed" : action;
  return writeAndReturn(
    io.stderr,
    `ucma-codemod: pre-commit hook ${verb}: ${path}
Commits are refused while a staged file (${describeReadFiles("or")}) needs a change (skip once with git commit --no-verify).
`,
    ExitCode.Ok
  );
}
var init_install_hook_command = __esm({
  "src/cli/commands/install-hook-command.ts"() {
    "use strict";
    init_built_module_url();
    init_file_patterns();
    init_exit_code();
    init_install_hook();
    init_cli_io();
  }
});

// src/testing/byte-variants.ts
function variantsFor(input) {
  const variants = [];
  const text = input.toString("latin1");
  const style = detectLineEnding(text);
  if (style === "lf") variants.push({ label: "as CRLF", convert: (bytes) => toLatin1(fromLatin1(bytes).replace(/\n/g, "\r\n")) });
  if (style === "crlf") variants.push({ label: "as LF", convert: (bytes) => toLatin1(fromLatin1(bytes).replace(/\r\n/g, "\n")) });
  const hasBom = input.subarray(0, 3).equals(BOM);
  if (hasBom) variants.push({ label: "without BOM", convert: (bytes) => bytes.subarray(0, 3).equals(BOM) ? bytes.subarray(3) : bytes });
  else if (isUtf82(input)) variants.push({ label: "with BOM", convert: (bytes) => Buffer.concat([BOM, bytes]) });
  return variants;
}
function fromLatin1(bytes) {
  return bytes.toString("latin1");
}
function toLatin1(text) {
  return Buffer.from(text, "latin1");
}
function isUtf82(bytes) {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
var BOM;
var init_byte_variants = __esm({
  "src/testing/byte-variants.ts"() {
    "use strict";
    init_built_module_url();
    init_source_text();
    BOM = Buffer.from([239, 187, 191]);
  }
});

// src/testing/run-on-bytes.ts
function runTransformOnBytes(transform, bytes, path = "Fixture.cs", options2 = {}, surroundings = {}) {
  const source = decodeSource(bytes);
  const outcome = transformSource(path, source, [transform], options2, surroundings);
  const output = outcome.status === "changed" ? encodeSource(source, outcome.newText) : bytes;
  return { output, outcome };
}
var init_run_on_bytes = __esm({
  "src/testing/run-on-bytes.ts"() {
    "use strict";
    init_built_module_url();
    init_source_text();
    init_transform_source();
  }
});

// src/testing/fixture-checks.ts
function checkFixtureCase(transform, fixture, options2 = {}) {
  const path = `${fixture.name}.${fixture.extension}`;
  const surroundings = fixture.projectBeside ? { projectFiles: [{ path: `${fixture.name}.csproj`, text: decodeSource(fixture.projectBeside).text }] } : {};
  const run2 = (bytes) => runTransformOnBytes(transform, bytes, path, options2, surroundings);
  const syntaxErrorCount = (bytes) => findSyntaxErrors(languageForPathOrThrow(path).parse(decodeSource(bytes).text).rootNode).length;
  const check = (name, body) => {
    try {
      return { name, failure: body() };
    } catch (thrown) {
      return { name, failure: `the transform threw: ${thrown instanceof Error ? thrown.stack ?? thrown.message : String(thrown)}` };
    }
  };
  const results = [
    check(fixture.expectsChange ? "produces the expected output, byte for byte" : "leaves the file unchanged", () => {
      const { output, outcome } = run2(fixture.input);
      const bytes = compareBytes(output, fixture.expected, "expected", "actual");
      if (bytes) return bytes;
      if (fixture.expectsChange && outcome.status !== "changed") return `expected a change, but the file is ${outcome.status}`;
      return void 0;
    }),
    check(
      "reports the expected diagnostics",
      () => compareDiagnostics(run2(fixture.input).outcome, decodeSource(fixture.input).text, fixture.diagnostics)
    ),
    check("is idempotent: running on its own output changes nothing", () => {
      const { output } = run2(fixture.input);
      const second = run2(output);
      if (second.outcome.edits.length > 0)
        return `a second run made ${second.outcome.edits.length} more edit(s):
${compareBytes(second.output, output, "after one run", "after two runs") ?? ""}`;
      return void 0;
    }),
    check("adds no syntax error", () => {
      const { output } = run2(fixture.input);
      const before = syntaxErrorCount(fixture.input);
      const after = syntaxErrorCount(output);
      return after > before ? `the output has ${after} syntax error(s), the input ${before}` : void 0;
    })
  ];
  for (const variant of variantsFor(fixture.input)) {
    results.push(
      check(
        `gives the same result ${variant.label}`,
        () => compareBytes(run2(variant.convert(fixture.input)).output, variant.convert(fixture.expected), "expected", "actual")
      )
    );
  }
  return results;
}
function compareBytes(actual, expected, expectedLabel, actualLabel) {
  if (actual.equals(expected)) return void 0;
  const visible = (bytes) => bytes.toString("latin1").replace(/^\u00ef\u00bb\u00bf/, "[BOM]").replace(/\r\n/g, "\u240D\n").replace(/\r(?!\n)/g, "\u240D");
  const patch = (0, import_diff.createTwoFilesPatch)(expectedLabel, actualLabel, visible(expected), visible(actual), void 0, void 0, { context: 2 });
  return patch.split("\n").filter((line2) => !line2.startsWith("===") && !line2.startsWith("Index:")).join("\n").trimEnd();
}
function compareDiagnostics(outcome, text, expected) {
  const lines = new LineIndex(text);
  const actual = outcome.diagnostics.map((d) => ({ severity: d.severity, ...lines.positionAt(d.range.start), message: d.message }));
  const shown = actual.map((d) => `  ${d.severity} ${d.line}:${d.column} ${d.message}`).join("\n") || "  (none)";
  if (expected === void 0) {
    const unexpected = actual.filter((d) => d.severity !== "info");
    return unexpected.length === 0 ? void 0 : `expected no errors or warnings (no .diagnostics.txt), got:
${shown}`;
  }
  const wanted = expected.map(
    (d) => `  ${d.severity} ${d.line}${d.column === void 0 ? "" : `:${d.column}`}${d.messageIncludes === void 0 ? "" : ` ${d.messageIncludes}`}`
  ).join("\n") || "  (none)";
  const matches = actual.length === expected.length && expected.every((want, index) => {
    const got = actual[index];
    return got.severity === want.severity && got.line === want.line && (want.column === void 0 || got.column === want.column) && (want.messageIncludes === void 0 || got.message.includes(want.messageIncludes));
  });
  return matches ? void 0 : `expected diagnostics:
${wanted}
got:
${shown}`;
}
var import_diff;
var init_fixture_checks = __esm({
  "src/testing/fixture-checks.ts"() {
    "use strict";
    init_built_module_url();
    import_diff = require("diff");
    init_tree_sitter_core();
    init_languages();
    init_line_index();
    init_source_text();
    init_byte_variants();
    init_run_on_bytes();
  }
});

// src/testing/fixture-cases.ts
function readFixtureCases(directory) {
  const found = (0, import_node_fs21.readdirSync)(directory).map((file) => INPUT_FILE.exec(file)).filter((match) => match !== null).map((match) => ({ name: match[1], extension: match[2] })).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  if (found.length === 0) throw new Error(`no *.input.<extension> fixtures in ${directory}`);
  return found.map(({ name, extension }) => {
    const inputPath = (0, import_node_path37.join)(directory, `${name}.input.${extension}`);
    const outputPath = (0, import_node_path37.join)(directory, `${name}.output.${extension}`);
    const diagnosticsPath = (0, import_node_path37.join)(directory, `${name}.diagnostics.txt`);
    const besidePath = (0, import_node_path37.join)(directory, `${name}.beside.csproj`);
    const input = (0, import_node_fs21.readFileSync)(inputPath);
    const expectsChange = (0, import_node_fs21.existsSync)(outputPath);
    return {
      name,
      extension,
      projectBeside: (0, import_node_fs21.existsSync)(besidePath) ? (0, import_node_fs21.readFileSync)(besidePath) : void 0,
      inputPath,
      input,
      expected: expectsChange ? (0, import_node_fs21.readFileSync)(outputPath) : input,
      expectsChange,
      diagnostics: (0, import_node_fs21.existsSync)(diagnosticsPath) ? parseExpectedDiagnostics((0, import_node_fs21.readFileSync)(diagnosticsPath, "utf8"), diagnosticsPath) : void 0
    };
  });
}
function parseExpectedDiagnostics(text, source = "diagnostics") {
  const result = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line2 = raw.trim();
    if (line2 === "" || line2.startsWith("#")) return;
    const match = /^(error|warning|info)\s+(\d+)(?::(\d+))?(?:\s+(.*))?$/.exec(line2);
    if (!match) throw new Error(`${source}:${index + 1}: expected "<severity> <line>[:<column>] [message fragment]", got "${line2}"`);
    result.push({
      severity: match[1],
      line: Number(match[2]),
      ...match[3] === void 0 ? {} : { column: Number(match[3]) },
      ...match[4] === void 0 ? {} : { messageIncludes: match[4] }
    });
  });
  return result;
}
var import_node_fs21, import_node_path37, INPUT_FILE;
var init_fixture_cases = __esm({
  "src/testing/fixture-cases.ts"() {
    "use strict";
    init_built_module_url();
    import_node_fs21 = require("node:fs");
    import_node_path37 = require("node:path");
    INPUT_FILE = /^(.+)\.input\.([A-Za-z0-9.]+)$/;
  }
});

// src/testing/fixture-runner.ts
function runFixtureTests(units, cwd, options2 = {}) {
  const lines = [];
  let cases = 0;
  let failedCases = 0;
  for (const { transform, fixturesDir } of units) {
    const where = (0, import_node_path38.relative)(cwd, fixturesDir).split(import_node_path38.sep).join("/") || ".";
    const problems = transformShapeProblems(transform);
    const fixtures = readFixtureCases(fixturesDir);
    const failures2 = problems.map((problem) => `  \u2717 metadata: ${problem}`);
    let failedHere = 0;
    let checks = 0;
    for (const fixture of fixtures) {
      const results = checkFixtureCase(transform, fixture, options2);
      checks += results.length;
      const failed = results.filter((result) => result.failure !== void 0);
      if (failed.length === 0) continue;
      failedHere++;
      for (const result of failed) {
        failures2.push(`  \u2717 ${fixture.name}: ${result.name}`, ...result.failure.split("\n").map((line2) => `      ${line2}`));
      }
    }
    cases += fixtures.length;
    failedCases += failedHere;
    const status = failures2.length === 0 ? "PASS" : "FAIL";
    const counts = failedHere > 0 ? `${failedHere} of ${fixtures.length} cases failed` : `${fixtures.length} ${fixtures.length === 1 ? "case" : "cases"}, ${checks} checks`;
    lines.push(`${status} ${transform.meta.id}  ${counts}  (${where})`, ...failures2);
    if (problems.length > 0 && failedHere === 0) failedCases++;
  }
  lines.push(
    `ucma-codemod test: ${units.length} ${units.length === 1 ? "transform" : "transforms"}, ${cases} ${cases === 1 ? "case" : "cases"}, ${failedCases} failed`
  );
  return { text: `${lines.join("\n")}
`, cases, failedCases };
}
var import_node_path38;
var init_fixture_runner = __esm({
  "src/testing/fixture-runner.ts"() {
    "use strict";
    init_built_module_url();
    import_node_path38 = require("node:path");
    init_transform_shape();
    init_fixture_checks();
    init_fixture_cases();
  }
});

// src/cli/fixture-targets.ts
function findFixturesDir(id, cwd, transformFile) {
  const candidates = [(0, import_node_path39.join)(cwd, "fixtures", id), (0, import_node_path39.join)(cwd, "fixtures", "transforms", id)];
  if (transformFile) candidates.push((0, import_node_path39.join)((0, import_node_path39.dirname)((0, import_node_path39.dirname)(transformFile)), "fixtures", id), (0, import_node_path39.join)((0, import_node_path39.dirname)(transformFile), "fixtures", id));
  return candidates.find((dir) => (0, import_node_fs22.existsSync)(dir) && (0, import_node_fs22.readdirSync)(dir).some((name) => /\.input\.[A-Za-z0-9.]+$/.test(name)));
}
function noFixtures(id, cwd) {
  return new UserError({
    reason: `transform ${id} has no fixtures: expected <case>.input.<${fixtureExtensions().join("|")}> files in fixtures/${id}/ (or fixtures/transforms/${id}/) under ${cwd}`
  });
}
async function transformsToTest(specs, cwd) {
  if (specs.length === 0) return defaultTransforms(cwd);
  const chosen = [];
  for (const spec of specs) {
    const file = looksLikeTransformPath(spec) ? (0, import_node_path39.resolve)(cwd, spec) : void 0;
    const transform = file ? await loadUserTransform(spec, cwd) : findBuiltInTransform(spec);
    if (!transform)
      throw new UserError({
        reason: `unknown transform "${spec}"; give a built-in id (ucma-codemod list) or a path such as ./transforms/my-fix.ts`
      });
    const fixturesDir = findFixturesDir(transform.meta.id, cwd, file);
    if (!fixturesDir) throw noFixtures(transform.meta.id, cwd);
    chosen.push({ transform, fixturesDir });
  }
  return chosen;
}
async function defaultTransforms(cwd) {
  if (isToolRepository(cwd)) {
    return builtInTransforms.flatMap((transform) => {
      const fixturesDir = findFixturesDir(transform.meta.id, cwd, void 0);
      return fixturesDir ? [{ transform, fixturesDir }] : [];
    });
  }
  const folder = (0, import_node_path39.join)(cwd, "transforms");
  const files = (0, import_node_fs22.existsSync)(folder) ? (0, import_node_fs22.readdirSync)(folder).filter((name) => TRANSFORM_FILE_EXTENSIONS.has((0, import_node_path39.extname)(name)) && !name.endsWith(".d.ts")).sort() : [];
  const chosen = [];
  for (const name of files) {
    const id = (0, import_node_path39.basename)(name, (0, import_node_path39.extname)(name));
    if (!findFixturesDir(id, cwd, (0, import_node_path39.join)(folder, name))) continue;
    const transform = await loadUserTransform((0, import_node_path39.join)("transforms", name), cwd);
    const fixturesDir = findFixturesDir(transform.meta.id, cwd, (0, import_node_path39.join)(folder, name)) ?? findFixturesDir(id, cwd, (0, import_node_path39.join)(folder, name));
    chosen.push({ transform, fixturesDir });
  }
  if (chosen.length === 0) {
    throw new UserError({
      reason: `found no transform with fixtures here: expected transforms/<id>.ts with fixtures/<id>/<case>.input.<${fixtureExtensions().join("|")}>`,
      hint: "Name one: ucma-codemod test ./transforms/my-fix.ts, or create one: ucma-codemod new my-fix"
    });
  }
  return chosen;
}
var import_node_fs22, import_node_path39, TRANSFORM_FILE_EXTENSIONS;
var init_fixture_targets = __esm({
  "src/cli/fixture-targets.ts"() {
    "use strict";
    init_built_module_url();
    init_file_patterns();
    import_node_fs22 = require("node:fs");
    import_node_path39 = require("node:path");
    init_user_error();
    init_built_in_transforms();
    init_load_user_transform();
    init_scaffold_transform();
    TRANSFORM_FILE_EXTENSIONS = /* @__PURE__ */ new Set([".ts", ".mts", ".js", ".mjs"]);
  }
});

// src/cli/commands/test-command.ts
var test_command_exports = {};
__export(test_command_exports, {
  testCommand: () => testCommand
});
async function testCommand(specs, options2, io) {
  const units = await transformsToTest(specs, io.cwd);
  const report2 = runFixtureTests(units, io.cwd, options2.transformOptions);
  return writeAndReturn(io.stdout, report2.text, report2.failedCases > 0 ? ExitCode.ChangeNeeded : ExitCode.Ok);
}
var init_test_command = __esm({
  "src/cli/commands/test-command.ts"() {
    "use strict";
    init_built_module_url();
    init_exit_code();
    init_fixture_runner();
    init_fixture_targets();
    init_cli_io();
  }
});

// src/lsp/check-document.ts
async function checkDocument(text, absolutePath, root, settings) {
  const bytes = Buffer.from(text, "utf8");
  const withProject = settings.transforms.some((transform) => transform.meta.needsProject);
  const input = await stdinInput({ bytes, filePath: absolutePath, cwd: root, withProject, ignore: settings.ignore });
  const result = await runCodemod({
    inputs: [input],
    transforms: settings.transforms,
    transformOptions: settings.transformOptions,
    maxFileSize: settings.maxFileSize,
    knownTransformIds: settings.knownTransformIds,
    // As the CLI: a rule set to `error` is an Error in the editor, one set to `off` is not run.
    ...settings.severities === void 0 ? {} : { severities: settings.severities },
    write: false,
    // The editor's product is edits, not a patch: a file outside the workspace folder is still checked.
    patches: false
  });
  const [file] = result.files;
  if (file === void 0) throw new Error(`the run returned no record for ${absolutePath}`);
  return file;
}
var init_check_document = __esm({
  "src/lsp/check-document.ts"() {
    "use strict";
    init_built_module_url();
    init_stdin_input();
    init_run_codemod();
  }
});

// src/lsp/document-findings.ts
function findingsOf(file, text, transformsById) {
  const findings = [];
  const describe2 = (owner, rule) => {
    const transform = transformsById.get(owner);
    const code = findingCode(owner, rule, transform);
    const url = transform?.meta.source.url;
    return { code, ...url === void 0 ? {} : { codeDescription: { href: url } } };
  };
  for (const group of groupChanges(text, file.path, file.edits)) {
    const first = group.edits[0];
    const last = group.edits[group.edits.length - 1];
    const transform = transformsById.get(first.transform);
    const title = transform?.meta.rules?.find((r) => r.id === first.rule)?.title ?? transform?.meta.title ?? first.transform;
    const severity = severityOfEdit(first);
    const message = `${severity === "info" ? "can change" : "needs change"}: ${first.message ?? title}`;
    const { code, ...link2 } = describe2(first.transform, first.rule);
    findings.push({
      kind: "change",
      owner: first.transform,
      rule: first.rule,
      severity,
      message,
      start: first.start.offset,
      end: last.end.offset,
      code,
      evidence: group.edits.find((edit) => edit.evidence !== void 0)?.evidence,
      edits: group.edits,
      fixable: group.fixable,
      diagnostic: diagnostic2(rangeOf2(first.start, last.end), severity, message, code, link2)
    });
  }
  for (const d of file.diagnostics) {
    const { code, ...link2 } = describe2(d.origin, d.rule);
    findings.push({
      kind: "diagnostic",
      owner: d.origin,
      rule: d.rule,
      severity: d.severity,
      message: d.message,
      start: d.start.offset,
      end: d.end.offset,
      code,
      evidence: d.evidence,
      edits: [],
      fixable: () => false,
      diagnostic: diagnostic2(rangeOf2(d.start, d.end), d.severity, d.message, code, link2)
    });
  }
  if (file.reason !== void 0) {
    const severity = file.status === "failed" ? "error" : "info";
    const message = `${file.status}: ${file.reason}`;
    const origin = { offset: 0, line: 1, column: 1 };
    findings.push({
      kind: "file",
      owner: "engine",
      rule: void 0,
      severity,
      message,
      start: 0,
      end: 0,
      code: ENGINE_CODE,
      evidence: void 0,
      edits: [],
      fixable: () => false,
      diagnostic: diagnostic2(rangeOf2(origin, origin), severity, message, ENGINE_CODE, {})
    });
  }
  return findings;
}
function positionOf(position2) {
  return { line: position2.line - 1, character: position2.column - 1 };
}
function rangeOf2(start, end) {
  return { start: positionOf(start), end: positionOf(end) };
}
function diagnostic2(range, severity, message, code, link2) {
  return { range, severity: SEVERITIES[severity], code, source: SOURCE_NAME, message, ...link2 };
}
function groupChanges(text, path, edits) {
  if (edits.length === 0) return [];
  const language = languageForPathOrThrow(path);
  let tree;
  const parsed = () => tree ??= language.parse(text);
  const anchorOf = (edit) => {
    let node = parsed().rootNode.descendantForIndex(edit.start.offset, Math.max(edit.start.offset, edit.end.offset - 1));
    while (node && node.parent && !ANCHOR.test(node.type)) node = node.parent;
    return node ? `${node.startIndex}:${node.endIndex}` : "";
  };
  const groups = [];
  for (const edit of edits) {
    const key = `${edit.transform}/${edit.rule ?? ""}@${anchorOf(edit)}`;
    const last = groups[groups.length - 1];
    if (last && last.key === key) last.edits.push(edit);
    else groups.push({ key, edits: [edit] });
  }
  return groups.map(({ edits: grouped }) => {
    let answer;
    return {
      edits: grouped,
      // All the file's edits passed the guards together; a part of them must be asked again.
      fixable: () => answer ??= grouped.length === edits.length || applyWithGuards(text, parsed(), ownedEdits(grouped), language).newText !== void 0
    };
  });
}
var import_vscode_languageserver, SOURCE_NAME, SEVERITIES, ANCHOR;
var init_document_findings = __esm({
  "src/lsp/document-findings.ts"() {
    "use strict";
    init_built_module_url();
    import_vscode_languageserver = require("vscode-languageserver");
    init_finding_codes();
    init_languages();
    init_transform_source();
    init_run_result();
    SOURCE_NAME = "ucma-codemod";
    SEVERITIES = {
      error: import_vscode_languageserver.DiagnosticSeverity.Error,
      warning: import_vscode_languageserver.DiagnosticSeverity.Warning,
      info: import_vscode_languageserver.DiagnosticSeverity.Information
    };
    ANCHOR = /(_statement|_declaration|^element)$/;
  }
});

// src/lsp/code-actions.ts
function codeActionsFor(buffer, request, transformsById) {
  const wanted = (kind) => request.only === void 0 || request.only.some((only) => kind === only || kind.startsWith(`${only}.`));
  const inRange = buffer.findings.filter((finding) => overlaps2(finding.diagnostic.range, request.range));
  const actions = [];
  if (wanted(import_vscode_languageserver2.CodeActionKind.QuickFix)) {
    for (const finding of inRange) {
      if (finding.kind !== "change" || !finding.fixable()) continue;
      actions.push({
        title: `Fix: ${finding.message.replace(/^(needs|can) change: /, "")}`,
        kind: import_vscode_languageserver2.CodeActionKind.QuickFix,
        diagnostics: [finding.diagnostic],
        isPreferred: true,
        edit: workspaceEdit(buffer, finding.edits.map(textEdit), request.documentChanges)
      });
    }
    const changesHere = inRange.filter((finding) => finding.kind === "change");
    if (changesHere.length > 0)
      actions.push({
        title: `Fix all ucma-codemod changes in this file (${count3(buffer.edits.length, "edit")})`,
        kind: import_vscode_languageserver2.CodeActionKind.QuickFix,
        diagnostics: changesHere.map((finding) => finding.diagnostic),
        edit: workspaceEdit(buffer, buffer.edits.map(textEdit), request.documentChanges)
      });
    const syntax = languageForPath(buffer.path)?.suppressionComments;
    if (syntax !== void 0) {
      const seen = /* @__PURE__ */ new Set();
      for (const finding of inRange) {
        const suppression = suppressionFor(buffer, finding, transformsById, syntax);
        if (suppression === void 0 || seen.has(suppression.title)) continue;
        seen.add(suppression.title);
        actions.push({
          title: suppression.title,
          kind: import_vscode_languageserver2.CodeActionKind.QuickFix,
          diagnostics: [finding.diagnostic],
          edit: workspaceEdit(buffer, [suppression.edit], request.documentChanges)
        });
      }
    }
  }
  if (buffer.edits.length > 0 && wanted(FIX_ALL_KIND))
    actions.push({
      title: `Fix all ucma-codemod changes in this file (${count3(buffer.edits.length, "edit")})`,
      kind: FIX_ALL_KIND,
      edit: workspaceEdit(buffer, buffer.edits.map(textEdit), request.documentChanges)
    });
  if (wanted(APPLY_WORKSPACE_KIND))
    actions.push({
      title: "Apply every ucma-codemod change in the workspace (preview)",
      kind: APPLY_WORKSPACE_KIND,
      command: { title: "Apply every ucma-codemod change in the workspace", command: APPLY_WORKSPACE_COMMAND }
    });
  return actions;
}
function overlaps2(a, b) {
  const before = (p, q) => p.line < q.line || p.line === q.line && p.character < q.character;
  return !before(a.end, b.start) && !before(b.end, a.start);
}
function count3(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function textEdit(edit) {
  return { range: { start: positionOf(edit.start), end: positionOf(edit.end) }, newText: edit.newText };
}
function workspaceEdit(buffer, edits, documentChanges) {
  return documentChanges ? { documentChanges: [{ textDocument: { uri: buffer.uri, version: buffer.version }, edits }] } : { changes: { [buffer.uri]: edits } };
}
function suppressionFor(buffer, finding, transformsById, syntax) {
  if (finding.owner === "engine" || finding.severity === "error" || finding.kind === "file") return void 0;
  if (!transformsById.has(finding.owner)) return void 0;
  const id = finding.rule === void 0 ? finding.owner : `${finding.owner}/${finding.rule}`;
  const lines = new LineIndex(buffer.text);
  const line2 = lines.positionAt(finding.start).line - 1;
  const lineStart = finding.start - (lines.positionAt(finding.start).column - 1);
  const indent = /^[ \t]*/.exec(buffer.text.slice(lineStart))[0];
  const above = line2 > 0 ? lineText(buffer.text, lines, line2 - 1) : void 0;
  const existing = above === void 0 ? void 0 : suppressionNames(above, syntax);
  if (existing) {
    if (existing.ids.includes(id)) return void 0;
    const at = { line: line2 - 1, character: existing.end };
    return {
      title: `Suppress ${id} on this line: add it to the comment above`,
      edit: { range: { start: at, end: at }, newText: `, ${id}` }
    };
  }
  const eol = /\r\n|\n|\r/.exec(buffer.text)?.[0] ?? "\n";
  const start = { line: line2, character: 0 };
  return {
    title: `Suppress ${id} on this line (then write the reason after ${syntax.separator})`,
    edit: { range: { start, end: start }, newText: `${indent}${syntax.example(id, "")}${eol}` }
  };
}
function suppressionNames(line2, syntax) {
  const body = syntax.body(line2.trim());
  const at = line2.indexOf(SUPPRESSION_DIRECTIVE);
  if (body === void 0 || at === -1 || !body.trimStart().startsWith(SUPPRESSION_DIRECTIVE)) return void 0;
  const rest = body.slice(body.indexOf(SUPPRESSION_DIRECTIVE) + SUPPRESSION_DIRECTIVE.length);
  const separator = rest.indexOf(syntax.separator);
  const names = (separator === -1 ? rest : rest.slice(0, separator)).trimEnd();
  if (!/^\s/.test(names)) return void 0;
  return { ids: names.split(",").map((name) => name.trim()), end: at + SUPPRESSION_DIRECTIVE.length + names.length };
}
function lineText(text, lines, line2) {
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = low + high >> 1;
    if (lines.positionAt(mid).line - 1 < line2) low = mid + 1;
    else high = mid;
  }
  const rest = text.slice(low);
  return /^[^\r\n]*/.exec(rest)[0];
}
var import_vscode_languageserver2, FIX_ALL_KIND, APPLY_WORKSPACE_KIND, APPLY_WORKSPACE_COMMAND;
var init_code_actions = __esm({
  "src/lsp/code-actions.ts"() {
    "use strict";
    init_built_module_url();
    import_vscode_languageserver2 = require("vscode-languageserver");
    init_line_index();
    init_languages();
    init_suppression_syntax();
    init_document_findings();
    FIX_ALL_KIND = `${import_vscode_languageserver2.CodeActionKind.SourceFixAll}.ucma-codemod`;
    APPLY_WORKSPACE_KIND = `${import_vscode_languageserver2.CodeActionKind.Source}.applyWorkspace.ucma-codemod`;
    APPLY_WORKSPACE_COMMAND = "ucma-codemod.applyWorkspace";
  }
});

// src/lsp/hover.ts
function hoverAt(findings, position2, transformsById) {
  const here = findings.filter((finding) => contains2(finding, position2));
  if (here.length === 0) return void 0;
  const contents2 = { kind: "markdown", value: here.map((finding) => describe(finding, transformsById)).join("\n\n---\n\n") };
  return { contents: contents2, range: here[0].diagnostic.range };
}
function contains2(finding, position2) {
  const { start, end } = finding.diagnostic.range;
  const after = (a, b) => a.line > b.line || a.line === b.line && a.character >= b.character;
  return after(position2, start) && after(end, position2);
}
function describe(finding, transformsById) {
  const transform = transformsById.get(finding.owner);
  const rule = finding.rule === void 0 ? void 0 : transform?.meta.rules?.find((r) => r.id === finding.rule);
  const id = finding.rule === void 0 ? finding.owner : `${finding.owner}/${finding.rule}`;
  const title = rule?.title ?? transform?.meta.title ?? (finding.owner === "engine" ? "ucma-codemod engine" : finding.owner);
  const lines = [`**${escape(title)}** \xB7 \`${finding.code}\` \xB7 \`${id}\``, "", escape(finding.message)];
  if (rule?.replacement !== void 0) lines.push("", `**Use instead:** ${escape(rule.replacement)}`);
  if (finding.evidence !== void 0) lines.push("", `**Why:** ${escape(finding.evidence)}`);
  if (finding.kind === "change") {
    lines.push(
      "",
      `**The change** (${finding.fixable() ? "a quick fix makes it" : `only "fix all" makes it, with the file's other changes`}):`
    );
    for (const edit of finding.edits.slice(0, MAX_EDITS_SHOWN))
      lines.push(`- line ${edit.start.line}: \`${inline(edit.oldText)}\` \u2192 \`${inline(edit.newText)}\``);
    if (finding.edits.length > MAX_EDITS_SHOWN) lines.push(`- and ${finding.edits.length - MAX_EDITS_SHOWN} more`);
  }
  if (transform) {
    const source = transform.meta.source;
    const where = rule?.reference === void 0 ? "" : `, ${rule.reference}`;
    lines.push(
      "",
      `**Source:** ${source.url === void 0 ? escape(source.title) : `[${escape(source.title)}](${source.url})`}${escape(where)}`
    );
    if (transform.meta.followUp !== void 0) lines.push("", `**Then:** ${escape(transform.meta.followUp)}`);
  }
  return lines.join("\n");
}
function inline(text) {
  if (text === "") return "(nothing)";
  const one = text.replace(/\r\n|\r|\n/g, "\u23CE").replace(/`/g, "'");
  return one.length > 80 ? `${one.slice(0, 79)}\u2026` : one;
}
function escape(text) {
  return text.replace(/([\\`*_[\]<>#|])/g, "\\$1");
}
var MAX_EDITS_SHOWN;
var init_hover = __esm({
  "src/lsp/hover.ts"() {
    "use strict";
    init_built_module_url();
    MAX_EDITS_SHOWN = 4;
  }
});

// src/lsp/workspace-edit.ts
async function workspaceChanges(root, settings, open3, support) {
  const annotations = support.annotations && support.documentChanges;
  const discovery = await selectFiles([root], root, settings.ignore);
  const buffers = new Map(open3.map((buffer) => [buffer.absolutePath, buffer]));
  const uriOf = (absolutePath) => buffers.get(absolutePath)?.uri ?? (0, import_node_url6.pathToFileURL)(absolutePath).href;
  const inputs = discovery.files.map((file) => {
    const buffer = buffers.get(file.absolutePath);
    return buffer ? bufferInput(diskInput(file.absolutePath, file.displayPath, root), Buffer.from(buffer.text, "utf8")) : diskInput(file.absolutePath, file.displayPath, root);
  });
  const result = await runCodemod({
    inputs,
    passedOver: discovery,
    transforms: settings.transforms,
    transformOptions: settings.transformOptions,
    maxFileSize: settings.maxFileSize,
    knownTransformIds: settings.knownTransformIds,
    write: false,
    patches: false
  });
  const titles = new Map(settings.transforms.map((t) => [t.meta.id, t.meta.title]));
  const changeAnnotations = {};
  const documentChanges = [];
  let edits = 0;
  for (const file of result.files) {
    if (file.status !== "changed" || file.absolutePath === void 0) continue;
    const buffer = buffers.get(file.absolutePath);
    documentChanges.push({
      textDocument: { uri: uriOf(file.absolutePath), version: buffer?.version ?? null },
      edits: file.edits.map((edit) => {
        const annotationId = `ucma-codemod/${edit.transform}`;
        changeAnnotations[annotationId] ??= {
          label: titles.get(edit.transform) ?? edit.transform,
          description: edit.transform,
          needsConfirmation: true
        };
        return annotations ? { ...textEdit(edit), annotationId } : textEdit(edit);
      })
    });
    edits += file.edits.length;
  }
  const failed = result.files.filter((file) => file.status === "failed").map((file) => `${file.path}: ${file.reason ?? file.diagnostics.find((d) => d.severity === "error")?.message ?? "failed"}`);
  const plain = Object.fromEntries(
    result.files.filter((file) => file.status === "changed" && file.absolutePath !== void 0).map((file) => [uriOf(file.absolutePath), file.edits.map(textEdit)])
  );
  return {
    edit: !support.documentChanges ? { changes: plain } : annotations ? { documentChanges, changeAnnotations } : { documentChanges },
    files: documentChanges.length,
    edits,
    failed
  };
}
function bufferInput(input, bytes) {
  return {
    ...input,
    probe: async (needles) => needles.some((needle) => bytes.includes(Buffer.from(needle, "utf8"))),
    read: async (maxBytes) => bytes.length > maxBytes ? { oversize: bytes.length } : { bytes, mode: "100644" }
  };
}
var import_node_url6;
var init_workspace_edit = __esm({
  "src/lsp/workspace-edit.ts"() {
    "use strict";
    init_built_module_url();
    import_node_url6 = require("node:url");
    init_select_files();
    init_source_input();
    init_run_codemod();
    init_code_actions();
  }
});

// src/lsp/language-server.ts
function runLanguageServer(options2) {
  const connection = (0, import_node.createConnection)(options2.input, options2.output);
  const documents = new import_node.TextDocuments(import_vscode_languageserver_textdocument.TextDocument);
  const checked = /* @__PURE__ */ new Map();
  let root = options2.cwd;
  let capabilities = {};
  let settings = Promise.resolve("the server is not initialized yet");
  let transformsById = /* @__PURE__ */ new Map();
  const loadSettings = () => {
    settings = options2.loadSettings(root).then(
      (loaded) => {
        transformsById = new Map(loaded.transforms.map((t) => [t.meta.id, t]));
        return loaded;
      },
      (thrown) => {
        const text = thrown instanceof UserError ? formatUserError(thrown).trim().replace(/\s*\n\s*/g, " ") : String(thrown);
        void connection.window.showErrorMessage(`ucma-codemod: ${text}`);
        transformsById = /* @__PURE__ */ new Map();
        return `cannot check: ${text}`;
      }
    );
  };
  const ensureChecked = async (uri) => {
    const document = documents.get(uri);
    const absolutePath = document && pathOfUri(uri);
    if (!document || absolutePath === void 0) return void 0;
    const last = checked.get(uri);
    if (last && last.version === document.version) return last;
    const current = await settings;
    const version = document.version;
    const text = document.getText();
    const file = typeof current === "string" ? fileResult({ path: toDisplayPath(absolutePath, root), absolutePath, status: "failed", reason: current }) : await checkDocument(text, absolutePath, root, current);
    const state = {
      uri,
      version,
      absolutePath,
      path: toDisplayPath(absolutePath, root),
      text,
      findings: findingsOf(file, text, transformsById),
      edits: file.edits
    };
    const stored = checked.get(uri);
    if (!stored || stored.version <= version) checked.set(uri, state);
    return state;
  };
  const queued = /* @__PURE__ */ new Set();
  const published = /* @__PURE__ */ new Map();
  let draining;
  const schedule = (uri, force = false) => {
    if (force) checked.delete(uri);
    queued.add(uri);
    draining ??= drain().finally(() => draining = void 0);
  };
  const drain = async () => {
    for (; ; ) {
      const [uri] = queued;
      if (uri === void 0) return;
      queued.delete(uri);
      try {
        const state = await ensureChecked(uri);
        const document = documents.get(uri);
        if (state && document && document.version === state.version && published.get(uri) !== state) {
          published.set(uri, state);
          await connection.sendDiagnostics({ uri, version: state.version, diagnostics: state.findings.map((f) => f.diagnostic) });
        }
      } catch (thrown) {
        connection.console.error(
          `ucma-codemod: checking ${uri} failed: ${thrown instanceof Error ? thrown.stack ?? thrown.message : String(thrown)}`
        );
      }
    }
  };
  connection.onInitialize((params) => {
    capabilities = params.capabilities;
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? void 0;
    root = (folder && pathOfUri(folder)) ?? params.rootPath ?? options2.cwd;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: import_node.TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: [import_node.CodeActionKind.QuickFix, FIX_ALL_KIND, APPLY_WORKSPACE_KIND] },
        hoverProvider: true,
        executeCommandProvider: { commands: [APPLY_WORKSPACE_COMMAND] }
      },
      serverInfo: { name: "ucma-codemod", version: packageVersion() }
    };
  });
  connection.onInitialized(() => {
    loadSettings();
    if (capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      void connection.client.register(import_node.DidChangeWatchedFilesNotification.type, {
        watchers: ["**/*.cs", "**/*.csproj", "**/*.config", `**/${CONFIG_FILE_NAME}`, `**/${IGNORE_FILE_NAME}`].map((globPattern) => ({
          globPattern
        }))
      });
    }
  });
  documents.onDidOpen((event2) => schedule(event2.document.uri));
  documents.onDidChangeContent((event2) => schedule(event2.document.uri));
  documents.onDidClose((event2) => {
    checked.delete(event2.document.uri);
    published.delete(event2.document.uri);
    queued.delete(event2.document.uri);
    void connection.sendDiagnostics({ uri: event2.document.uri, diagnostics: [] });
  });
  connection.onDidChangeWatchedFiles((params) => {
    const changed = params.changes.map((change) => pathOfUri(change.uri)).filter((path) => path !== void 0);
    const settingsChanged = changed.some((path) => [CONFIG_FILE_NAME, IGNORE_FILE_NAME].some((name) => path.endsWith(`${import_node_path40.sep}${name}`)));
    if (settingsChanged) loadSettings();
    void (async () => {
      const finder = new ProjectFinder(root);
      for (const document of documents.all()) {
        const path = pathOfUri(document.uri);
        if (path === void 0) continue;
        const project = settingsChanged ? void 0 : await projectOfBuffer(finder, path);
        if (settingsChanged || changed.some((other2) => other2 !== path && dependsOn(path, project, other2))) schedule(document.uri, true);
      }
    })();
  });
  connection.onCodeAction(async (params) => {
    const state = await ensureChecked(params.textDocument.uri);
    if (!state) return [];
    return codeActionsFor(
      state,
      {
        range: params.range,
        only: params.context.only,
        documentChanges: capabilities.workspace?.workspaceEdit?.documentChanges === true
      },
      transformsById
    );
  });
  connection.onHover(async (params) => {
    const state = await ensureChecked(params.textDocument.uri);
    return state ? hoverAt(state.findings, params.position, transformsById) ?? null : null;
  });
  connection.onExecuteCommand(async (params) => {
    if (params.command !== APPLY_WORKSPACE_COMMAND) return null;
    const current = await settings;
    if (typeof current === "string") {
      void connection.window.showErrorMessage(`ucma-codemod: ${current}`);
      return null;
    }
    const open3 = documents.all().flatMap((document) => {
      const absolutePath = pathOfUri(document.uri);
      return absolutePath === void 0 ? [] : [{ absolutePath, uri: document.uri, version: document.version, text: document.getText() }];
    });
    const workspace = capabilities.workspace?.workspaceEdit;
    const changes = await workspaceChanges(root, current, open3, {
      documentChanges: workspace?.documentChanges === true,
      annotations: workspace?.changeAnnotationSupport !== void 0
    });
    for (const failure of changes.failed) void connection.window.showWarningMessage(`ucma-codemod: left alone: ${failure}`);
    if (changes.files === 0) {
      void connection.window.showInformationMessage("ucma-codemod: nothing to change in the workspace");
      return { files: 0, edits: 0, applied: false };
    }
    const response = await connection.workspace.applyEdit({
      label: `ucma-codemod: ${changes.edits} changes in ${changes.files} files`,
      edit: changes.edit
    });
    return { files: changes.files, edits: changes.edits, applied: response.applied };
  });
  documents.listen(connection);
  connection.listen();
  return connection;
}
function pathOfUri(uri) {
  if (!uri.startsWith("file:")) return void 0;
  try {
    return (0, import_node_path40.resolve)((0, import_node_url7.fileURLToPath)(uri));
  } catch {
    return void 0;
  }
}
async function projectOfBuffer(finder, buffer) {
  const folder = await finder.projectFolderOf(buffer);
  return folder === void 0 ? { folder: (0, import_node_path40.dirname)(buffer), files: "folder" } : finder.filesOf(folder);
}
function dependsOn(buffer, project, changed) {
  const inside = (path, parent) => {
    const rel = (0, import_node_path40.relative)(parent, path);
    return rel !== "" && !rel.startsWith("..") && !rel.startsWith(import_node_path40.sep);
  };
  const projectFileAbove = changed.toLowerCase().endsWith(".csproj") && inside(buffer, (0, import_node_path40.dirname)(changed));
  const ofProject = project.files === "folder" ? inside(changed, project.folder) : project.files.includes(changed);
  return ofProject || changed.toLowerCase().endsWith(".csproj") && inside(changed, project.folder) || projectFileAbove;
}
var import_node_path40, import_node_url7, import_node, import_vscode_languageserver_textdocument;
var init_language_server = __esm({
  "src/lsp/language-server.ts"() {
    "use strict";
    init_built_module_url();
    import_node_path40 = require("node:path");
    import_node_url7 = require("node:url");
    import_node = require("vscode-languageserver/node");
    import_vscode_languageserver_textdocument = require("vscode-languageserver-textdocument");
    init_project_files();
    init_user_error();
    init_project_peers();
    init_discover_files();
    init_package_info();
    init_run_result();
    init_check_document();
    init_code_actions();
    init_document_findings();
    init_hover();
    init_workspace_edit();
  }
});

// src/cli/commands/lsp-command.ts
var lsp_command_exports = {};
__export(lsp_command_exports, {
  lspCommand: () => lspCommand
});
async function lspCommand(options2, io) {
  const flags = {
    ...options2,
    transforms: options2.transforms.map((spec) => looksLikeTransformPath(spec) ? (0, import_node_path41.resolve)(io.cwd, spec) : spec)
  };
  const loadSettings = async (root) => {
    const configured = applyProjectConfig(flags, root, io.env);
    if (!configured.quiet) for (const notice of configured.notices ?? []) io.stderr.write(`${notice}
`);
    const { transforms, severities } = settleSeverities(
      configured,
      await resolveTransforms(configured.transforms, root, configured.transformsFromConfig, {
        ...configured.fileTimeoutSeconds === void 0 ? {} : { timeBudgetMs: configured.fileTimeoutSeconds * 1e3 },
        ...configured.workerMemory === void 0 ? {} : { memoryMb: Math.floor(configured.workerMemory / 1024 / 1024) }
      })
    );
    return {
      transforms,
      transformOptions: configured.transformOptions,
      maxFileSize: configured.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
      ignore: configured.ignore,
      knownTransformIds: builtInTransformIds(),
      severities
    };
  };
  runLanguageServer({ input: io.stdin, output: io.stdout, cwd: io.cwd, loadSettings });
  return await new Promise(() => void 0);
}
var import_node_path41;
var init_lsp_command = __esm({
  "src/cli/commands/lsp-command.ts"() {
    "use strict";
    init_built_module_url();
    import_node_path41 = require("node:path");
    init_language_server();
    init_run_codemod();
    init_load_user_transform();
    init_apply_config();
    init_resolve_transforms();
    init_built_in_transforms();
  }
});

// src/cli/commands/list-command.ts
var list_command_exports = {};
__export(list_command_exports, {
  listCommand: () => listCommand
});
function rulesInUse(transform) {
  const rules = transform.meta.rules ?? [];
  return transform.selectedRules ? rules.filter((rule) => transform.selectedRules.has(rule.id)) : rules;
}
async function listCommand(transforms, options2, io) {
  if (options2.format === "json") {
    const entries = transforms.map((t) => ({ ...t.meta, ...t.meta.rules ? { rules: rulesInUse(t) } : {} }));
    return writeAndReturn(io.stdout, `${JSON.stringify(entries, null, 2)}
`, ExitCode.Ok);
  }
  const palette = choosePalette(io.stdout, io.env, options2.color);
  const setting = (id, rule) => {
    const own3 = options2.severities?.[rule === void 0 ? id : `${id}/${rule}`];
    return own3 === void 0 ? "" : ` [severity: ${own3}]`;
  };
  const blocks = transforms.map((t) => {
    const lines = [
      `${palette.bold(t.meta.id)} (${t.meta.kind})${setting(t.meta.id)}`,
      `  ${t.meta.title}`,
      `  Code: ${findingCode(t.meta.id, void 0, t)}${t.meta.code === void 0 ? " (derived from the id)" : ""}`,
      `  Source: ${t.meta.source.title}${t.meta.source.url ? ` <${t.meta.source.url}>` : ""}`,
      "",
      ...wrapText(t.meta.description, 96).map((line2) => `  ${line2}`)
    ];
    if (t.meta.followUp) lines.push("", ...wrapText(`Follow-up: ${t.meta.followUp}`, 96).map((line2) => `  ${line2}`));
    const rules = rulesInUse(t);
    const ruleLines = (rule) => {
      const pages = (rule.sources ?? []).map((source) => source.path ?? source.title);
      return [
        `    ${rule.id} (${findingCode(t.meta.id, rule.id, t)}): ${rule.title}${setting(t.meta.id, rule.id)}`,
        ...pages.length > 0 ? [`      Page: ${pages.join(", ")}`] : []
      ];
    };
    if (t.selectedRules) lines.push("", `  Rules chosen (${rules.length} of ${t.meta.rules?.length ?? 0}):`, ...rules.flatMap(ruleLines));
    else if (rules.length > 0) lines.push("", `  Rules (select one with -t ${t.meta.id}/<rule>):`, ...rules.flatMap(ruleLines));
    return lines.join("\n");
  });
  const migration = `Migration target: ${describeMigrationTarget(migrationTargetOf(options2.transformOptions))}`;
  const sink = stdoutSink(io.stdout, io.env, { colorPatch: false, pager: choosePager(io.stdout, io.env, options2.noPager) });
  try {
    await sink.write(Buffer.from(`${blocks.join("\n\n")}

${migration}
`, "utf8"));
  } finally {
    await sink.close();
  }
  return ExitCode.Ok;
}
var init_list_command = __esm({
  "src/cli/commands/list-command.ts"() {
    "use strict";
    init_built_module_url();
    init_exit_code();
    init_colors();
    init_text_wrap();
    init_finding_codes();
    init_migration_target();
    init_cli_io();
    init_output_sink();
    init_pager();
  }
});

// src/terminal/change-preview.ts
function previewHunks(text, edits, context = 3) {
  const after = applyEdits(text, [...edits]);
  const patch = (0, import_create.structuredPatch)("a", "b", text, after, "", "", { context });
  return patch.hunks.map((hunk) => ({
    oldStart: hunk.oldStart,
    oldLines: hunk.oldLines,
    newStart: hunk.newStart,
    newLines: hunk.newLines,
    lines: hunk.lines.filter((line2) => !line2.startsWith("\\")).map((line2) => line2.replace(/\r$/, ""))
  }));
}
function formatChangePreview(text, edits, palette, context = 3) {
  const lines = [];
  for (const hunk of previewHunks(text, Array.isArray(edits) ? edits : [edits], context)) {
    lines.push(palette.cyan(`@@ -${hunk.oldStart},${hunk.oldLines} +${hunk.newStart},${hunk.newLines} @@`));
    for (const shown of hunk.lines) {
      if (shown.startsWith("+")) lines.push(palette.green(shown));
      else if (shown.startsWith("-")) lines.push(palette.red(shown));
      else lines.push(shown);
    }
  }
  return `${lines.join("\n")}
`;
}
var import_create;
var init_change_preview = __esm({
  "src/terminal/change-preview.ts"() {
    "use strict";
    init_built_module_url();
    import_create = require("diff/lib/patch/create.js");
    init_edits();
  }
});

// src/terminal/key-reader.ts
function splitKeys(chunk) {
  const keys = [];
  for (let index = 0; index < chunk.length; ) {
    const escape2 = /^\u001b(\[[0-9;]*[A-Za-z~]|O[A-Za-z]|.)?/.exec(chunk.slice(index));
    const key = escape2 ? escape2[0] : String.fromCodePoint(chunk.codePointAt(index));
    keys.push(key);
    index += key.length;
  }
  return keys;
}
var KeyReader;
var init_key_reader = __esm({
  "src/terminal/key-reader.ts"() {
    "use strict";
    init_built_module_url();
    KeyReader = class {
      constructor(input) {
        this.input = input;
      }
      input;
      /** Keys that arrived together (typed ahead or pasted), handed out one per answer. */
      pending = [];
      ended = false;
      /**
       * The next key (one character, or a whole escape sequence); undefined after Ctrl-D. `onReady`
       * runs once the terminal is in raw mode (it shows the question), so a key typed as soon as the
       * question is on screen is never echoed by the terminal or held back until Enter.
       */
      async next(onReady) {
        if (this.pending.length === 0 && !this.ended) this.pending = splitKeys(await this.readChunk(onReady));
        else onReady?.();
        const key = this.pending.shift();
        if (key === void 0 || key === "") {
          this.ended = true;
          return void 0;
        }
        if (key === "") {
          process.kill(process.pid, "SIGINT");
          return new Promise(() => void 0);
        }
        return key;
      }
      readChunk(onReady) {
        return new Promise((resolvePromise) => {
          const done = (text) => {
            this.input.off("data", onData);
            this.input.off("end", onEnd);
            this.input.setRawMode(false);
            this.input.pause();
            resolvePromise(text);
          };
          const onData = (chunk) => done(typeof chunk === "string" ? chunk : chunk.toString("utf8"));
          const onEnd = () => done("");
          this.input.setRawMode(true);
          onReady?.();
          this.input.on("data", onData);
          this.input.once("end", onEnd);
          this.input.resume();
        });
      }
      close() {
        this.ended = true;
        this.input.pause();
      }
    };
  }
});

// src/terminal/line-reader.ts
var import_node_readline, LineReader;
var init_line_reader = __esm({
  "src/terminal/line-reader.ts"() {
    "use strict";
    init_built_module_url();
    import_node_readline = require("node:readline");
    LineReader = class {
      constructor(input) {
        this.input = input;
      }
      input;
      readline;
      lines;
      ended = false;
      async next() {
        if (this.ended) return void 0;
        if (!this.lines) {
          this.readline = (0, import_node_readline.createInterface)({ input: this.input, crlfDelay: Infinity, terminal: false });
          this.lines = this.readline[Symbol.asyncIterator]();
        }
        const { value: value2, done } = await this.lines.next();
        if (done) {
          this.ended = true;
          return void 0;
        }
        return value2;
      }
      close() {
        this.ended = true;
        this.readline?.close();
        this.readline = void 0;
        this.lines = void 0;
      }
    };
  }
});

// src/cli/review-hunks.ts
function hunksOf3(file) {
  const hunks = [];
  const sorted = [...file.edits].sort((a, b) => a.start.offset - b.start.offset || a.end.offset - b.end.offset);
  for (const edit of sorted) {
    const current = hunks.at(-1);
    const last = current?.at(-1);
    if (current && last && edit.start.line - last.end.line - 1 <= 2 * CONTEXT_LINES) current.push(edit);
    else hunks.push([edit]);
  }
  return hunks.map((edits) => ({ file, edits }));
}
function splitHunk(hunk) {
  return hunk.edits.length > 1 ? hunk.edits.map((edit) => ({ file: hunk.file, edits: [edit] })) : void 0;
}
function textEditsOf(edits) {
  return edits.map((edit) => ({ start: edit.start.offset, end: edit.end.offset, text: edit.newText }));
}
function hunkForEditing(hunk) {
  const [preview] = previewHunks(hunk.file.change.source.text, textEditsOf(hunk.edits), CONTEXT_LINES);
  return [
    `@@ -${preview.oldStart},${preview.oldLines} +${preview.newStart},${preview.newLines} @@`,
    ...preview.lines,
    "# ---",
    '# To leave out a line marked "+", delete it. To keep a line marked "-", change its "-" to a space.',
    '# Lines marked " " and "-" must stay as they are; add lines marked "+" where you want them.',
    '# Lines starting with # are removed. An empty hunk (every "+" deleted, every "-" a space) skips the change.',
    ""
  ].join("\n");
}
function readEditedHunk(hunk, edited, others) {
  const text = hunk.file.change.source.text;
  const [preview] = previewHunks(text, textEditsOf(hunk.edits), CONTEXT_LINES);
  const body = edited.split(/\r?\n/).filter((line2) => !line2.startsWith("#") && !line2.startsWith("@@"));
  while (body.length > 0 && body.at(-1) === "") body.pop();
  const oldSide = (lines) => lines.filter((line2) => line2.startsWith(" ") || line2.startsWith("-") || line2 === "").map((line2) => line2.slice(1));
  const newSide = (lines) => lines.filter((line2) => line2.startsWith(" ") || line2.startsWith("+") || line2 === "").map((line2) => line2.slice(1));
  const bad = body.find((line2) => line2 !== "" && !/^[ +-]/.test(line2));
  if (bad !== void 0) return { kind: "refused", reason: `a line starts with neither " ", "+" nor "-": ${JSON.stringify(bad)}` };
  if (oldSide(body).join("\n") !== oldSide(preview.lines).join("\n"))
    return {
      kind: "refused",
      reason: 'the lines marked " " or "-" are not those of the file (only "+" lines may be added, changed or deleted)'
    };
  const newLines = newSide(body);
  if (newLines.join("\n") === newSide(preview.lines).join("\n")) return { kind: "unchanged" };
  const lineIndex = new LineIndex(text);
  const oldLines = oldSide(preview.lines);
  const starts = [0];
  for (let offset = text.indexOf("\n"); offset !== -1; offset = text.indexOf("\n", offset + 1)) starts.push(offset + 1);
  const lineStart = (line2) => starts[line2 - 1] ?? text.length;
  const regionStart = lineStart(preview.oldStart);
  const withEnds = [];
  for (let index = 0, offset = regionStart; index < oldLines.length; index++) {
    const next = index + 1 < oldLines.length ? lineStart(preview.oldStart + index + 1) : endOfLine(text, offset);
    withEnds.push(text.slice(offset, next));
    offset = next;
  }
  let head = 0;
  while (head < oldLines.length && head < newLines.length && oldLines[head] === newLines[head]) head++;
  let tail = 0;
  while (tail < oldLines.length - head && tail < newLines.length - head && oldLines.at(-1 - tail) === newLines.at(-1 - tail)) tail++;
  const start = regionStart + withEnds.slice(0, head).join("").length;
  const end = regionStart + withEnds.slice(0, oldLines.length - tail).join("").length;
  const eol = /\r\n$/.test(withEnds[0] ?? "") ? "\r\n" : "\n";
  const replaced = newLines.slice(head, newLines.length - tail);
  let newText = replaced.map((line2) => `${line2}${eol}`).join("");
  if (end === text.length && !/\n$/.test(text) && newText.endsWith(eol)) newText = newText.slice(0, -eol.length);
  if (start === end && newText === "") return { kind: "nothing" };
  if (text.slice(start, end) === newText) return { kind: "nothing" };
  const clash = others.find((other2) => other2.start.offset < Math.max(end, start + 1) && other2.end.offset > start - (start === end ? 1 : 0));
  if (clash !== void 0)
    return {
      kind: "refused",
      reason: `the edited lines reach line ${clash.start.line}, which another change of this file touches; answer that one first`
    };
  const position2 = (offset) => ({ offset, ...lineIndex.positionAt(offset) });
  return {
    kind: "edit",
    edit: { transform: "review-edit", start: position2(start), end: position2(end), oldText: text.slice(start, end), newText }
  };
}
function endOfLine(text, offset) {
  const newline = text.indexOf("\n", offset);
  return newline === -1 ? text.length : newline + 1;
}
var CONTEXT_LINES;
var init_review_hunks = __esm({
  "src/cli/review-hunks.ts"() {
    "use strict";
    init_built_module_url();
    init_line_index();
    init_change_preview();
    CONTEXT_LINES = 3;
  }
});

// src/cli/commands/review-command.ts
var review_command_exports = {};
__export(review_command_exports, {
  reviewCommand: () => reviewCommand
});
function answerSource(stdin) {
  if (stdin.isTTY) return "terminal";
  try {
    const stats = (0, import_node_fs23.fstatSync)(stdin.fd ?? 0);
    return stats.isFIFO() || stats.isFile() || stats.isSocket() ? "piped" : "none";
  } catch {
    return "none";
  }
}
function answerReader(io, lineMode) {
  const input = io.stdin;
  if (io.stdin.isTTY && !lineMode && typeof input.setRawMode === "function")
    return { reader: new KeyReader(input), singleKey: true };
  return { reader: new LineAnswers(io.stdin), singleKey: false };
}
async function reviewCommand(options2, transforms, io) {
  const source = answerSource(io.stdin);
  if (source === "none") {
    throw new UsageError(
      'review asks a question for each change: run it in a terminal, or pipe the answers in (one per line: y, n, a, q, d, A, D, e or s), e.g. printf "y\\nn\\n" | ucma-codemod review'
    );
  }
  const palette = choosePalette(io.stdout, io.env, options2.color);
  const stderrPalette = choosePalette(io.stderr, io.env, options2.color);
  const discovery = await selectFiles(options2.paths, io.cwd, options2.ignore);
  let inputs = discovery.files.map((file) => diskInput(file.absolutePath, file.displayPath, io.cwd));
  if (transforms.some((t) => t.meta.needsProject))
    inputs = await withProjectPeers(inputs, { cwd: io.cwd, ignore: options2.ignore, walkedFolders: walkedFolders(options2, io.cwd) });
  assertBaselineReadable(options2, io.cwd);
  const fingerprintRoot = await fingerprintRootFor(options2, io.cwd);
  const fileCount = discovery.files.length + discovery.errors.length + discovery.skipped.length;
  const progress = shouldShowProgress({ stderrIsTTY: io.stderr.isTTY, machineReadable: false, flag: options2.progress, fileCount }) ? new ProgressBar(io.stderr, fileCount) : void 0;
  const proposed = await runCodemod({
    inputs,
    passedOver: discovery,
    transforms,
    knownTransformIds: builtInTransformIds(),
    transformOptions: options2.transformOptions,
    maxFileSize: options2.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    ...options2.jobs !== void 0 ? { jobs: options2.jobs } : {},
    ...options2.fileTimeoutSeconds !== void 0 ? { fileTimeBudgetMs: options2.fileTimeoutSeconds * 1e3 } : {},
    ...options2.workerMemory !== void 0 ? { workMemoryBytes: options2.workerMemory } : {},
    ...options2.severities !== void 0 ? { severities: options2.severities } : {},
    fingerprintRoot,
    write: false,
    patches: false,
    onFile: (_file, done) => progress?.update(done)
  });
  progress?.finish();
  const transformsById = new Map(transforms.map((t) => [t.meta.id, t]));
  const queue = proposed.files.filter((file) => file.status === "changed").flatMap(hunksOf3);
  const total = queue.reduce((sum, hunk) => sum + hunk.edits.length, 0);
  const decided = /* @__PURE__ */ new Map();
  const personEdits = /* @__PURE__ */ new Map();
  const replaced = /* @__PURE__ */ new Set();
  const transformRule = /* @__PURE__ */ new Map();
  const fileRule = /* @__PURE__ */ new Map();
  let everything;
  let inputEnded = false;
  const introduced = /* @__PURE__ */ new Set();
  const explained = /* @__PURE__ */ new Set();
  const { reader, singleKey } = answerReader(io, options2.lineMode);
  const ruleFor = (hunk, edit) => everything ?? fileRule.get(hunk.file) ?? transformRule.get(edit.transform);
  try {
    for (let index = 0; index < queue.length; index++) {
      let hunk = queue[index];
      for (const edit of hunk.edits) {
        const rule = ruleFor(hunk, edit);
        if (rule !== void 0 && !decided.has(edit)) decided.set(edit, rule);
      }
      const open3 = hunk.edits.filter((edit) => !decided.has(edit));
      if (open3.length === 0) continue;
      if (open3.length < hunk.edits.length) hunk = { file: hunk.file, edits: open3 };
      const header2 = describeHunk(hunk, index, queue.length, transformsById, explained, introduced, palette);
      io.stdout.write(header2);
      for (; ; ) {
        const answer = await ask(reader, io, palette, hunk, singleKey);
        if (answer === void 0) {
          inputEnded = true;
          everything = "skip";
          for (const edit of hunk.edits) decided.set(edit, "skip");
          break;
        }
        if (answer === "?") {
          io.stdout.write(helpFor(hunk));
          continue;
        }
        if (answer === "s") {
          const parts = splitHunk(hunk);
          if (parts === void 0) {
            io.stdout.write("Sorry, this change cannot be split: it is one edit.\n");
            continue;
          }
          io.stdout.write(`Split into ${parts.length} changes.
`);
          queue.splice(index, 1, ...parts);
          index--;
          break;
        }
        if (answer === "e") {
          const others = hunk.file.edits.filter((edit) => !hunk.edits.includes(edit) && decided.get(edit) !== "skip");
          const outcome = editHunk(hunk, others, io);
          if (outcome.kind === "refused") {
            io.stdout.write(`The edited change was not used: ${outcome.reason}
`);
            continue;
          }
          if (outcome.kind === "edit") {
            personEdits.set(hunk.file, [...personEdits.get(hunk.file) ?? [], outcome.edit]);
            for (const edit of hunk.edits) replaced.add(edit);
          }
          for (const edit of hunk.edits) decided.set(edit, outcome.kind === "nothing" ? "skip" : "accept");
          break;
        }
        const decision = "yaA".includes(answer) ? "accept" : "skip";
        for (const edit of hunk.edits) decided.set(edit, decision);
        if (answer === "a" || answer === "q") everything = decision;
        if (answer === "d") fileRule.set(hunk.file, "skip");
        if (answer === "A" || answer === "D") for (const edit of hunk.edits) transformRule.set(edit.transform, decision);
        break;
      }
    }
  } finally {
    reader.close();
  }
  if (inputEnded && !options2.quiet) io.stderr.write("ucma-codemod review: the answers ran out; the remaining changes were skipped\n");
  const cleaner = new StaleTempCleaner();
  const files = [];
  let notWritten = 0;
  const stopHandlingSignals = stopWritesOnSignals(io.cwd);
  try {
    for (const file of proposed.files) {
      if (file.status !== "changed") {
        files.push(file);
        continue;
      }
      const accepted = [
        ...file.edits.filter((edit) => decided.get(edit) === "accept" && !replaced.has(edit)),
        ...personEdits.get(file) ?? []
      ];
      accepted.sort((a, b) => a.start.offset - b.start.offset || a.end.offset - b.end.offset);
      const written = await writeChange(file, accepted, cleaner);
      if (written.status === "failed") notWritten += file.edits.filter((edit) => decided.get(edit) === "accept").length;
      files.push({ ...written, declined: written.declined.filter((edit) => !replaced.has(edit)) });
    }
  } finally {
    stopHandlingSignals();
  }
  const result = await settleBaseline(
    { files, removedTempFiles: [...proposed.removedTempFiles, ...cleaner.removed] },
    {
      baseline: options2.baseline,
      writeBaseline: void 0,
      prune: false,
      root: fingerprintRoot,
      walked: walkedFolders(options2, io.cwd),
      transforms,
      severities: options2.severities
    },
    () => void 0
  );
  const acceptedCount = [...decided.values()].filter((decision) => decision === "accept").length;
  const verdict = verdictOf(result, "review", { maxWarnings: options2.maxWarnings });
  if (options2.quiet) {
    io.stderr.write(formatQuietReport("review", result, verdict, stderrPalette));
  } else {
    io.stderr.write(`${reviewSummary(acceptedCount, total, replaced.size, notWritten)}
`);
    io.stderr.write(formatTextReport("review", result, stderrPalette, { level: options2.diagnosticLevel }));
  }
  return verdict.code;
}
function reviewSummary(accepted, total, edited, notWritten) {
  const parts = [`${accepted} of ${total} ${total === 1 ? "change" : "changes"} accepted`];
  if (edited > 0) parts[0] += ` (${edited} edited)`;
  parts.push(`${total - accepted} skipped`);
  if (notWritten > 0) parts.push(`${notWritten} accepted but not written (see the errors below)`);
  return `ucma-codemod review: ${parts.join(", ")}`;
}
function describeHunk(hunk, index, total, transformsById, explained, introduced, palette) {
  const { file, edits } = hunk;
  const first = edits[0];
  const lines = [""];
  if (!introduced.has(file)) {
    introduced.add(file);
    for (const diagnostic3 of file.diagnostics) lines.push(formatDiagnostic(file.path, diagnostic3, palette));
  }
  lines.push(palette.bold(`[${index + 1}/${total}] ${file.path}:${first.start.line}:${first.start.column}`));
  for (const id of new Set(edits.map((edit) => edit.transform))) {
    const transform = transformsById.get(id);
    lines.push(`${id}: ${transform?.meta.title ?? ""}`);
    if (transform && !explained.has(id)) {
      explained.add(id);
      lines.push(...wrapText(transform.meta.description, 96).map((line2) => palette.dim(`  ${line2}`)));
      if (transform.meta.followUp)
        lines.push(...wrapText(`Follow-up: ${transform.meta.followUp}`, 96).map((line2) => palette.dim(`  ${line2}`)));
      lines.push(palette.dim(`  Source: ${transform.meta.source.title}`));
    }
  }
  return `${lines.join("\n")}
${formatChangePreview(file.change.source.text, textEditsOf(edits), palette)}`;
}
function keysFor(hunk) {
  return KEYS2.map(([key]) => key).filter((key) => key !== "s" || hunk.edits.length > 1);
}
function helpFor(hunk) {
  const keys = keysFor(hunk);
  return `${KEYS2.filter(([key]) => keys.includes(key)).map(([key, text]) => `${key} - ${text}`).join("\n")}
`;
}
async function ask(reader, io, palette, hunk, singleKey) {
  const keys = keysFor(hunk);
  for (; ; ) {
    const typed = await reader.next(() => io.stdout.write(palette.bold(`Apply this change? [${keys.join(",")}] `)));
    if (typed === void 0) {
      io.stdout.write("\n");
      return void 0;
    }
    if (singleKey) io.stdout.write(`${/^[\x20-\x7e]$/.test(typed) ? typed : ""}
`);
    const trimmed = typed.trim();
    const answer = keys.includes(trimmed) ? trimmed : WORDS[trimmed.toLowerCase()];
    if (answer !== void 0 && keys.includes(answer)) return answer;
    if (trimmed === "s") return "s";
    if (trimmed === "" && singleKey) continue;
    io.stdout.write(`Please answer ${keys.join(", ")} (got "${trimmed}").
`);
  }
}
function editHunk(hunk, others, io) {
  const folder = (0, import_node_fs23.mkdtempSync)((0, import_node_path42.join)((0, import_node_os5.tmpdir)(), "ucma-codemod-review-"));
  const path = (0, import_node_path42.join)(folder, "change.diff");
  const encoding = hunk.file.change.source.encoding === "latin1" ? "latin1" : "utf8";
  try {
    (0, import_node_fs23.writeFileSync)(path, hunkForEditing(hunk), encoding);
    const editor = io.env.UCMA_CODEMOD_EDITOR || io.env.VISUAL || io.env.EDITOR || "vi";
    const ran = (0, import_node_child_process3.spawnSync)("sh", ["-c", `${editor} "$1"`, editor, path], { stdio: "inherit", env: io.env, cwd: io.cwd });
    if (ran.error || ran.status !== 0)
      return { kind: "refused", reason: `the editor (${editor}) failed${ran.status !== null ? ` with exit ${ran.status}` : ""}` };
    return readEditedHunk(hunk, (0, import_node_fs23.readFileSync)(path, encoding), others);
  } finally {
    (0, import_node_fs23.rmSync)(folder, { recursive: true, force: true });
  }
}
var import_node_child_process3, import_node_fs23, import_node_os5, import_node_path42, KEYS2, LineAnswers, WORDS;
var init_review_command = __esm({
  "src/cli/commands/review-command.ts"() {
    "use strict";
    init_built_module_url();
    import_node_child_process3 = __toESM(require_node_child_process(), 1);
    import_node_fs23 = require("node:fs");
    import_node_os5 = require("node:os");
    import_node_path42 = require("node:path");
    init_built_in_transforms();
    init_project_peers();
    init_select_files();
    init_source_input();
    init_atomic_write();
    init_interrupts();
    init_run_codemod();
    init_write_change();
    init_text_report();
    init_colors();
    init_change_preview();
    init_key_reader();
    init_line_reader();
    init_progress_bar();
    init_text_wrap();
    init_exit_code();
    init_parse_args();
    init_review_hunks();
    init_baseline_file();
    init_run_scope();
    KEYS2 = [
      ["y", "accept this change"],
      ["n", "skip this change"],
      ["a", "accept this change and all remaining ones"],
      ["q", "skip this change and all remaining ones, then write what was accepted"],
      ["d", "skip this change and the rest of this file"],
      ["A", "accept this change and the rest of its transform, in every file"],
      ["D", "skip this change and the rest of its transform, in every file"],
      ["e", "edit this change in your editor ($VISUAL, else $EDITOR, else vi)"],
      ["s", "split this change into smaller ones"],
      ["?", "show this help"]
    ];
    LineAnswers = class {
      lines;
      constructor(input) {
        this.lines = new LineReader(input);
      }
      next(onReady) {
        onReady?.();
        return this.lines.next();
      }
      close() {
        this.lines.close();
      }
    };
    WORDS = { yes: "y", no: "n", all: "a", quit: "q", help: "?", h: "?" };
  }
});

// src/cli/bin.ts
init_built_module_url();
init_fs_error();
init_closed_pipe();

// src/cli/main.ts
init_built_module_url();
init_exit_code();
init_package_info();
init_user_error();
init_cli_io();

// src/cli/commands/file-command.ts
init_built_module_url();
var import_node_fs19 = require("node:fs");
var import_node_path31 = require("node:path");
init_built_in_transforms();
init_project_peers();
init_select_files();
init_user_error();
init_select_files();
init_source_input();

// src/inputs/staged-files.ts
init_built_module_url();
init_user_error();
var import_node_path9 = require("node:path");
init_languages();
init_discover_files();
init_run_git();
var StagedFilesError = class extends UserError {
  constructor(reason, details) {
    super({ reason, ...details ? { details } : {} });
  }
};
async function stagedInputs(paths, cwd) {
  if (!await isInsideWorkTree(cwd)) throw new StagedFilesError("check --staged needs a git work tree; run it inside the repository");
  const names = (await gitOrFail(cwd, ["diff", "--cached", "--name-only", "-z", "--diff-filter=ACMR", "--relative", "--", ...paths])).split("\0").filter((name) => name !== "" && isReadFile(name)).filter(
    (name) => !name.split("/").slice(0, -1).some((part) => SKIPPED_DIRECTORIES.has(part.toLowerCase()))
  ).sort();
  if (names.length === 0) return { inputs: [], skipped: [] };
  const entries = (await gitOrFail(cwd, ["ls-files", "-s", "-z", "--", ...names.map((name) => `:(literal)${name}`)])).split("\0").filter((line2) => line2 !== "");
  const byPath = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    const match = /^(\d{6}) ([0-9a-f]+) \d\t(.*)$/s.exec(entry);
    if (match) byPath.set(match[3], { mode: match[1], blob: match[2] });
  }
  const inputs = [];
  const skipped = [];
  for (const name of names) {
    const entry = byPath.get(name);
    if (!entry) continue;
    if (entry.mode !== "100644" && entry.mode !== "100755") {
      skipped.push({
        displayPath: name,
        reason: entry.mode === "120000" ? "staged symbolic link, not followed" : `staged entry of mode ${entry.mode}`
      });
      continue;
    }
    inputs.push({
      displayPath: name,
      absolutePath: (0, import_node_path9.resolve)(cwd, name),
      probe: async (needles) => {
        const bytes = await gitBytes(cwd, ["cat-file", "blob", entry.blob]);
        return needles.some((needle) => bytes.includes(Buffer.from(needle, "utf8")));
      },
      read: async (maxBytes) => {
        const size = Number((await git(cwd, ["cat-file", "-s", entry.blob])).trim());
        if (size > maxBytes) return { oversize: size };
        return { bytes: await gitBytes(cwd, ["cat-file", "blob", entry.blob]), mode: entry.mode };
      }
    });
  }
  return { inputs, skipped };
}
function gitOrFail(cwd, args) {
  return git(cwd, args).catch((thrown) => {
    throw new StagedFilesError(thrown instanceof GitError ? thrown.message : String(thrown));
  });
}

// src/cli/commands/file-command.ts
init_package_info();
init_migration_target();
init_formats();
init_output_format();
init_mbox_report();

// src/platform/git-identity.ts
init_built_module_url();
init_run_git();
async function configValue(cwd, key) {
  const value2 = (await git(cwd, ["config", "--get", key], { okStatuses: [0, 1] }).catch(() => "")).trim();
  return value2 === "" ? void 0 : value2;
}
async function gitAuthorIdentity(cwd, env) {
  const name = env.GIT_AUTHOR_NAME?.trim() || await configValue(cwd, "user.name");
  const email = env.GIT_AUTHOR_EMAIL?.trim() || await configValue(cwd, "user.email");
  return name && email ? { name, email } : void 0;
}

// src/cli/commands/file-command.ts
init_text_report();
init_run_codemod();
init_colors();
init_progress_bar();
init_cli_io();
init_output_sink();
init_interrupts();
init_atomic_write();
init_pager();
init_exit_code();

// src/cli/report-files.ts
init_built_module_url();
var import_node_fs15 = require("node:fs");
var import_node_path22 = require("node:path");
init_no_follow();
init_output_sink();
init_fs_error();
init_user_error();
function statOrUndefined(path) {
  try {
    return (0, import_node_fs15.statSync)(path);
  } catch {
    return void 0;
  }
}
function realOrSelf(path) {
  try {
    return (0, import_node_fs15.realpathSync)(path);
  } catch {
    return path;
  }
}
function refuseLink(path, shown, what) {
  let stats;
  try {
    stats = (0, import_node_fs15.lstatSync)(path);
  } catch {
    return;
  }
  if (stats.isSymbolicLink())
    throw new UserError({ path: shown, reason: `is a symbolic link; ${what} never writes through a link. Name the real place` });
}
function assertReportFileTarget(output, cwd, inputPaths) {
  const target = (0, import_node_path22.resolve)(cwd, output);
  refuseLink(target, output, "-o");
  if (statOrUndefined(target)?.isDirectory())
    throw new UserError({ path: output, reason: "is a folder; -o needs a file name (for one file per transform use --output-dir)" });
  const parent = statOrUndefined((0, import_node_path22.dirname)(target));
  if (!parent) throw new UserError({ path: output, reason: `cannot be written: the folder ${(0, import_node_path22.dirname)(output)} does not exist` });
  if (!parent.isDirectory()) throw new UserError({ path: output, reason: `cannot be written: ${(0, import_node_path22.dirname)(output)} is not a folder` });
  const real = realOrSelf(target);
  if (inputPaths.some((input) => input === target || realOrSelf(input) === real)) {
    throw new UserError({
      path: output,
      reason: "is one of the files being processed; writing the report there would overwrite it. Choose another -o file"
    });
  }
}
function assertReportDirectoryTarget(outputDir, cwd) {
  refuseLink((0, import_node_path22.resolve)(cwd, outputDir), outputDir, "--output-dir");
  const stats = statOrUndefined((0, import_node_path22.resolve)(cwd, outputDir));
  if (stats && !stats.isDirectory())
    throw new UserError({ path: outputDir, reason: "exists and is not a folder; --output-dir needs a folder" });
}
async function writeReportPart(cwd, outputDir, fileName, bytes) {
  const directory = (0, import_node_path22.resolve)(cwd, outputDir);
  let folder;
  try {
    folder = openFolderBelow(outputBase(cwd, directory), directory, { create: true });
  } catch (thrown) {
    const reason = thrown instanceof LinkOnPathError ? thrown.message : describeFsError(thrown);
    throw new UserError({ path: outputDir, reason: `cannot create the folder: ${reason}` });
  }
  closeFolder(folder);
  const shown = (0, import_node_path22.join)(outputDir, fileName);
  const failed = (thrown) => new UserError({ path: shown, reason: `cannot write the report: ${describeFsError(thrown)}` });
  const file = await openReportFile(cwd, (0, import_node_path22.join)(outputDir, fileName), failed);
  try {
    await file.write(bytes);
    await file.commit();
  } catch (thrown) {
    await file.abort();
    throw thrown instanceof UserError ? thrown : failed(thrown);
  }
}

// src/cli/stdin-file.ts
init_built_module_url();
var import_node_path25 = require("node:path");
init_languages();
init_file_patterns();
init_source_text();
init_discover_files();
init_stdin_input();
init_parse_args();
async function readStdinFile(filePath, options2, transforms, io) {
  if (io.stdin.isTTY) {
    throw new UsageError(
      `--stdin-filepath reads the file's text from stdin, but stdin is a terminal; pipe it in, e.g. ucma-codemod diff --stdin-filepath ${filePath} < ${filePath}`
    );
  }
  const bytes = await readAll(io.stdin);
  if (!isReadFile(filePath))
    return {
      bytes,
      input: void 0,
      skipped: { displayPath: toDisplayPath((0, import_node_path25.resolve)(io.cwd, filePath), io.cwd), reason: `not a ${describeReadFiles("or")} file` }
    };
  const withProject = transforms.some((transform) => transform.meta.needsProject);
  return { bytes, skipped: void 0, input: await stdinInput({ bytes, filePath, cwd: io.cwd, withProject, ignore: options2.ignore }) };
}
function stdinApplyOutput(result, bytes) {
  const [file] = result.files;
  if (file === void 0 || file.status === "failed") return Buffer.alloc(0);
  if (file.status === "changed" && file.change !== void 0) return encodeSource(file.change.source, file.change.newText);
  return bytes;
}

// src/cli/migration-facts.ts
init_built_module_url();
var import_node_path27 = require("node:path");

// src/migration/migration-plan.ts
init_built_module_url();
init_migration_target();

// src/migration/code-steps.ts
init_built_module_url();
var SCENARIOS_PAGE = "ucma-applications-coexistence-migration-and-upgrade-scenarios.md";
var UPGRADE_3 = "Upgrading a UCMA 3.0 application to UCMA 4.0";
var UPGRADES = ["ucma2-to-ucma4", "ucma3-to-ucma4", "ucma4"];
var PROJECT_TRANSFORMS = ["ucma4-project-references", "ucma4-project-target-framework", "ucma4-project-64-bit", "ucma4-config-runtime"];
var CODE_STEPS = [
  {
    id: "provisioner-sample",
    scenarios: ["ucma2-to-ucma4", "ucma2-legacy-pool"],
    title: "Make the documented change to the ApplicationProvisioner sample (Application.cs, GetApplication)",
    detail: "An entry whose TlsTarget is its own FQDN starts a pool; without it the tool fails on the merged trusted service entries.",
    transforms: ["provisioner-tls-target"],
    part: "all",
    onlyWith: "provisioner-sample",
    page: "modifying-applicationprovisioner-exe-sample-code.md",
    section: "Modifying ApplicationProvisioner.exe sample code"
  },
  {
    id: "retarget-projects",
    scenarios: UPGRADES,
    title: "Retarget the projects to UCMA 4.0: .NET Framework 4.5, 64-bit, Microsoft.Rtc.Collaboration 5.0.0.0",
    detail: "Project references, target framework, platform and Prefer32Bit, and the supportedRuntime of App.config.",
    transforms: PROJECT_TRANSFORMS,
    part: "all",
    page: SCENARIOS_PAGE,
    section: UPGRADE_3
  },
  {
    id: "api-fixes",
    scenarios: UPGRADES,
    title: "Replace the removed and obsolete UCMA members that have a mechanical replacement",
    detail: "The provable rows of the obsolete and removed members of UCMA 4.0 (renames, ConnectionContext, settings UCMA 4.0 no longer has).",
    transforms: ["ucma4-api-members"],
    part: "edits",
    page: SCENARIOS_PAGE,
    section: UPGRADE_3
  },
  {
    id: "api-manual",
    scenarios: UPGRADES,
    title: "Change the uses of removed and obsolete members that need a decision",
    detail: "Each warning names the member and what to use instead; the compiler reports the same members once the project builds against UCMA 4.0.",
    transforms: ["ucma4-api-members"],
    part: "findings",
    page: SCENARIOS_PAGE,
    section: UPGRADE_3
  }
];
var WMI_STEP = {
  id: "replace-wmi-provisioning",
  scenarios: ["ucma2-to-ucma4"],
  title: "Replace the WMI provisioning code with the UCMA 4.0 provisioning model",
  detail: "UCMA 2.0 provisioning through the Office Communications Server 2007 R2 WMI classes needs OCSCore.msi at run time and has no place on a UCMA 4.0 pool: provision with the Lync Server cmdlets and auto-provisioning instead.",
  page: "migration-and-coexistence-details-ucma-2-0-and-ucma-3-0.md",
  section: "Get OCSCore.MSI from the Office Communications Server 2007 R2 installer"
};
var WHERE_LIMIT = 5;
function note(where, place) {
  if (where.length < WHERE_LIMIT && !where.includes(place)) where.push(place);
}
function codeStepStatus(result, transforms, part, rule) {
  let edits = 0;
  let findings = 0;
  const where = [];
  for (const file of result.files) {
    if (part !== "findings" && !file.written) {
      for (const edit of file.edits)
        if (transforms.includes(edit.transform) && (rule === void 0 || edit.rule === rule)) {
          edits++;
          note(where, `${file.path}:${edit.start.line}`);
        }
    }
    if (part !== "edits") {
      for (const diagnostic3 of file.diagnostics)
        if (transforms.includes(diagnostic3.origin) && diagnostic3.severity !== "info" && (rule === void 0 || diagnostic3.rule === rule)) {
          findings++;
          note(where, `${file.path}:${diagnostic3.start.line}`);
        }
    }
  }
  return { state: findings > 0 ? "by-hand" : edits > 0 ? "apply" : "done", edits, findings, where };
}
function wmiStepStatus(projects) {
  const evidence = projects.filter((p) => p.role !== "provisioner-sample").flatMap((p) => p.wmiProvisioning);
  return {
    state: evidence.length > 0 ? "by-hand" : "done",
    edits: 0,
    findings: evidence.length,
    where: evidence.slice(0, WHERE_LIMIT).map((e) => `${e.path}:${e.line}`)
  };
}

// src/migration/migration-plan.ts
init_migration_pages();

// src/migration/person-steps.ts
init_built_module_url();
var SCENARIOS_PAGE2 = "ucma-applications-coexistence-migration-and-upgrade-scenarios.md";
var DETAILS_PAGE = "migration-and-coexistence-details-ucma-2-0-and-ucma-3-0.md";
var PROVISIONER_PAGE = "modifying-applicationprovisioner-exe-sample-code.md";
var UPGRADE_2 = "Upgrading a UCMA 2.0 application to UCMA 4.0 after coexistence";
var AS_IS_2 = 'Migrating a UCMA 2.0 application "as is" to Lync Server 2013';
var UPGRADE_32 = "Upgrading a UCMA 3.0 application to UCMA 4.0";
var AS_IS_3 = 'Migrating a UCMA 3.0 application "as is" to Lync Server 2013';
var PERSON_STEPS = [
  {
    id: "install-ucma4-sdk",
    role: "developer",
    scenarios: ["ucma2-to-ucma4", "ucma3-to-ucma4"],
    title: "Install the UCMA 4.0 SDK and the .NET Framework 4.5 targeting pack on the build machine",
    detail: "The UCMA 4.0 SDK replaces UCMA 3.0 (the two cannot be installed side by side); the retargeted projects build against .NET Framework 4.5, 64-bit.",
    page: SCENARIOS_PAGE2,
    section: UPGRADE_32
  },
  {
    id: "rebuild-with-ucma4",
    role: "developer",
    scenarios: ["ucma2-to-ucma4", "ucma3-to-ucma4"],
    title: "Rebuild the application with the UCMA 4.0 SDK and clear the compiler warnings about obsolete members",
    detail: "The page on the upgrade asks for a rebuild and for every obsolete-member warning to be dealt with; the removed members are errors.",
    page: SCENARIOS_PAGE2,
    section: UPGRADE_32
  },
  {
    id: "rebuild-provisioner",
    role: "developer",
    scenarios: ["ucma2-to-ucma4", "ucma2-legacy-pool"],
    title: "Rebuild ApplicationProvisioner.exe from the modified sample source",
    detail: "Only the rebuilt tool can manage contact objects and servers of a legacy pool once its trusted service entries are in a Lync Server topology.",
    page: PROVISIONER_PAGE,
    section: "Modifying ApplicationProvisioner.exe sample code"
  },
  {
    id: "merge-legacy-topology",
    role: "administrator",
    scenarios: ["ucma2-to-ucma4", "ucma2-legacy-pool"],
    title: "Merge the UCMA 2.0 application's trusted service entries into the Lync Server topology",
    detail: 'With Topology Builder ("Merge 2007 or 2007 R2 Topology", then publish) or with the two cmdlets below; the legacy pool then appears under the BackCompatSite.',
    command: "Merge-CsLegacyTopology -TopologyXmlFileName <file>; Publish-CsTopology -FileName <file>",
    page: DETAILS_PAGE,
    section: "Migrating trusted service entries using Microsoft Lync Server 2010 Topology Builder or PowerShell cmdlets"
  },
  {
    id: "verify-legacy-pool",
    role: "administrator",
    scenarios: ["ucma2-to-ucma4", "ucma2-legacy-pool"],
    title: "Check the merged legacy pool",
    detail: "Its Registrar is still the Office Communications Server 2007 R2 pool, its Applications list the UCMA 2.0 application, its SiteId is the BackCompatSite.",
    command: "Get-CsTrustedApplicationPool -Identity <legacy pool FQDN>",
    page: DETAILS_PAGE,
    section: "Verify that trusted service entries migrated successfully"
  },
  {
    id: "stop-legacy-application",
    role: "administrator",
    scenarios: ["ucma2-to-ucma4"],
    title: "Stop the UCMA 2.0 application while the configuration changes",
    detail: "It stays stopped until its contact objects have moved to the new pool.",
    page: SCENARIOS_PAGE2,
    section: UPGRADE_2
  },
  {
    id: "new-pool",
    role: "administrator",
    scenarios: ["ucma2-to-ucma4"],
    title: "Create the new trusted application pool and its computers",
    detail: "With Topology Builder, or New-CsTrustedApplicationPool followed by New-CsTrustedApplicationComputer for each application server.",
    command: "New-CsTrustedApplicationPool -Identity <new pool FQDN> -Registrar <Lync Server 2013 pool FQDN>; New-CsTrustedApplicationComputer -Identity <computer FQDN> -Pool <new pool FQDN>",
    page: SCENARIOS_PAGE2,
    section: UPGRADE_2
  },
  {
    id: "new-trusted-application",
    role: "administrator",
    scenarios: ["ucma2-to-ucma4"],
    title: "Create the application on the new pool, with the id the UCMA 2.0 application was known by",
    detail: "The ApplicationId must equal the UCMA 2.0 application's name, or the contact objects cannot be moved to it later.",
    command: "New-CsTrustedApplication -ApplicationId {applicationId} -TrustedApplicationPoolFqdn <new pool FQDN> -Port <port>",
    page: SCENARIOS_PAGE2,
    section: UPGRADE_2
  },
  {
    id: "enable-topology",
    role: "administrator",
    scenarios: ["ucma2-to-ucma4"],
    title: "Enable the topology",
    detail: "This writes the trusted service entries that Office Communications Server 2007 R2 needs to reach the new application.",
    command: "Enable-CsTopology",
    page: SCENARIOS_PAGE2,
    section: UPGRADE_2
  },
  {
    id: "restart-front-end",
    role: "administrator",
    scenarios: ["ucma2-to-ucma4"],
    title: "Stop and restart the Lync Server 2013 Front End service",
    detail: "So that the Front End servers pick up the new application and its trusted service entries.",
    page: SCENARIOS_PAGE2,
    section: UPGRADE_2
  },
  {
    id: "install-application",
    role: "administrator",
    scenarios: ["ucma2-to-ucma4"],
    title: "Install the rebuilt application on the computers of the new pool",
    detail: "Stop where the installation asks for a contact object: the existing ones are moved instead (next step).",
    page: SCENARIOS_PAGE2,
    section: UPGRADE_2
  },
  {
    id: "move-endpoints-to-new-pool",
    role: "administrator",
    scenarios: ["ucma2-to-ucma4"],
    title: "Move each of the application's contact objects to the new pool",
    detail: "Once per contact object the application uses; the application with the same id must already exist on the target pool.",
    command: "Move-CsApplicationEndpoint -Identity sip:<contact> -TargetApplicationPool <new pool FQDN> -Force",
    page: SCENARIOS_PAGE2,
    section: UPGRADE_2
  },
  {
    id: "restart-front-end-again",
    role: "administrator",
    scenarios: ["ucma2-to-ucma4"],
    title: "Restart the Lync Server 2013 Front End service again, then start the UCMA 4.0 application",
    detail: "The moved contact objects are routed only after this restart.",
    page: SCENARIOS_PAGE2,
    section: UPGRADE_2
  },
  {
    id: "remove-legacy-servers",
    role: "administrator",
    scenarios: ["ucma2-to-ucma4"],
    title: "Remove the UCMA 2.0 application servers with the modified ApplicationProvisioner.exe",
    detail: "The legacy pool is WMI-managed: the Lync Server cmdlets cannot remove it, the unmodified sample fails on its merged entries.",
    page: PROVISIONER_PAGE,
    section: "Modifying ApplicationProvisioner.exe sample code"
  },
  {
    id: "merge-legacy-topology-again",
    role: "administrator",
    scenarios: ["ucma2-to-ucma4"],
    title: "Migrate the trusted service entries into the topology again",
    detail: "After the old servers are gone, so that the topology matches what is left.",
    command: "Merge-CsLegacyTopology -TopologyXmlFileName <file>; Publish-CsTopology -FileName <file>",
    page: DETAILS_PAGE,
    section: "Migrating trusted service entries using Microsoft Lync Server 2010 Topology Builder or PowerShell cmdlets"
  },
  {
    id: "associate-registrar",
    role: "administrator",
    scenarios: ["ucma2-legacy-pool"],
    title: "Point the legacy pool at the Lync Server 2013 Registrar",
    detail: "The application stops for a moment: its contact objects have no Registrar until the next step.",
    command: "Set-CsTrustedApplicationPool -Identity <legacy pool FQDN> -Registrar <Lync Server 2013 pool FQDN>",
    page: DETAILS_PAGE,
    section: "Associate the existing backward-compatible legacy pool with the Lync Server 2010 registrar"
  },
  {
    id: "move-endpoints-in-place",
    role: "administrator",
    scenarios: ["ucma2-legacy-pool"],
    title: "Fill in each contact object for the Lync Server 2013 Registrar",
    detail: "Once per contact object; nothing moves, the target pool is the legacy pool itself. Repeat for every contact object the modified ApplicationProvisioner.exe creates later.",
    command: "Move-CsApplicationEndpoint -Identity sip:<contact> -TargetApplicationPool <legacy pool FQDN> -Force",
    page: SCENARIOS_PAGE2,
    section: AS_IS_2
  },
  {
    id: "verify-endpoints",
    role: "administrator",
    scenarios: ["ucma2-legacy-pool"],
    title: "Check that each contact object's Registrar is the Lync Server 2013 pool",
    detail: "Get-CsTrustedApplicationEndpoint also lists them; the other *-CsTrustedApplicationEndpoint cmdlets cannot manage a legacy pool.",
    command: "Get-CsApplicationEndpoint sip:<contact> | Select-Object *",
    page: SCENARIOS_PAGE2,
    section: AS_IS_2
  },
  {
    id: "verify-without-legacy-front-end",
    role: "administrator",
    scenarios: ["ucma2-legacy-pool"],
    title: "Check that the application works on every Front End with the Office Communications Server 2007 R2 Front End service stopped",
    detail: "Only then is the old pool no longer needed for routing.",
    page: SCENARIOS_PAGE2,
    section: AS_IS_2
  },
  {
    id: "next-hop-pool",
    role: "administrator",
    scenarios: ["ucma3-to-ucma4"],
    title: "Give a trusted application pool defined in the merged topology a Lync Server 2013 Front End pool as its next hop",
    detail: "In Topology Builder: New Trusted Application Pool, choose the Lync Server 2013 Front End pool as the next hop, then publish the topology.",
    page: SCENARIOS_PAGE2,
    section: AS_IS_3
  },
  {
    id: "verify-upgrade",
    role: "administrator",
    scenarios: ["ucma2-to-ucma4"],
    title: "Check that users reach the upgraded application and that its contact objects are managed with the Lync Server cmdlets",
    detail: "After an upgrade from UCMA 2.0, the old contact objects and new ones are all managed with the trusted application cmdlets.",
    page: SCENARIOS_PAGE2,
    section: UPGRADE_2
  }
];
function personStepsOf(scenario) {
  return PERSON_STEPS.filter((step) => step.scenarios.includes(scenario));
}
function commandOf(step, facts) {
  return step.command?.replace("{applicationId}", facts.applicationId ?? "<the UCMA 2.0 application's name>");
}

// src/migration/scenarios.ts
init_built_module_url();
var SCENARIOS = [
  {
    id: "ucma2-to-ucma4",
    title: "Upgrade a UCMA 2.0 application to UCMA 4.0 on a new trusted application pool",
    page: "ucma-applications-coexistence-migration-and-upgrade-scenarios.md",
    section: "Upgrading a UCMA 2.0 application to UCMA 4.0 after coexistence"
  },
  {
    id: "ucma2-legacy-pool",
    title: "Keep a UCMA 2.0 application on its legacy pool, routed through Lync Server 2013, managed with the modified ApplicationProvisioner",
    page: "ucma-applications-coexistence-migration-and-upgrade-scenarios.md",
    section: 'Migrating a UCMA 2.0 application "as is" to Lync Server 2013'
  },
  {
    id: "ucma3-to-ucma4",
    title: "Upgrade a UCMA 3.0 application to UCMA 4.0",
    page: "ucma-applications-coexistence-migration-and-upgrade-scenarios.md",
    section: "Upgrading a UCMA 3.0 application to UCMA 4.0"
  },
  {
    id: "ucma4",
    title: "The application is already built against UCMA 4.0 or later: keep its code clear of removed and obsolete members",
    page: "migration-coexistence-and-upgrade-of-ucma-applications.md",
    section: "Migration, coexistence, and upgrade of UCMA applications"
  },
  {
    id: "none",
    title: "No UCMA project was found: nothing to migrate",
    page: "migration-coexistence-and-upgrade-of-ucma-applications.md",
    section: "Migration, coexistence, and upgrade of UCMA applications"
  }
];
var SCENARIO_IDS = SCENARIOS.map((scenario) => scenario.id);
function scenarioById(id) {
  return SCENARIOS.find((scenario) => scenario.id === id);
}
function upgradeScenarioFor(version) {
  if (version === "2.0") return "ucma2-to-ucma4";
  if (version === "3.0") return "ucma3-to-ucma4";
  return version === void 0 ? "none" : "ucma4";
}

// src/migration/migration-plan.ts
var SECTION_INDEX = "migration-coexistence-and-upgrade-of-ucma-applications.md";
function buildMigrationPlan(input) {
  const target = input.declared ?? migrationTargetOf({});
  const choice = chooseScenario(input);
  const scenario = scenarioById(choice.id);
  const applicationId = applicationIdOf(input);
  const steps = [];
  if (choice.id !== "none") {
    const covered = /* @__PURE__ */ new Set();
    for (const row of CODE_STEPS) {
      row.transforms.forEach((id) => covered.add(id));
      if (!row.scenarios.includes(choice.id)) continue;
      const ran = row.transforms.filter((id) => input.transforms.some((t) => t.id === id));
      if (ran.length === 0) continue;
      const status = codeStepStatus(input.result, ran, row.part);
      const idle = status.edits === 0 && status.findings === 0;
      if (row.onlyWith && idle && !input.projects.some((p) => p.role === row.onlyWith)) continue;
      steps.push({
        id: row.id,
        kind: "code",
        title: row.title,
        detail: row.detail,
        page: migrationPage(row.page),
        section: row.section,
        ...status
      });
    }
    if (WMI_STEP.scenarios.includes(choice.id)) {
      const status = wmiStepStatus(input.projects);
      steps.push({
        id: WMI_STEP.id,
        kind: "code",
        title: WMI_STEP.title,
        detail: WMI_STEP.detail,
        page: migrationPage(WMI_STEP.page),
        section: WMI_STEP.section,
        ...status
      });
    }
    for (const transform of input.transforms.filter((t) => !covered.has(t.id))) {
      const ruleSteps = (transform.rules ?? []).flatMap((rule) => {
        const status2 = codeStepStatus(input.result, [transform.id], "all", rule.id);
        if (status2.state === "done") return [];
        return [
          {
            id: `${transform.id}/${rule.id}`,
            kind: "code",
            title: rule.title,
            detail: rule.followUp ?? `Everything rule ${rule.id} of ${transform.id} reports.`,
            page: rulePage(rule),
            section: `rule ${transform.id}/${rule.id}`,
            ...status2
          }
        ];
      });
      if (ruleSteps.length > 0) {
        steps.push(...ruleSteps);
        continue;
      }
      const status = codeStepStatus(input.result, [transform.id], "all");
      const named = transform.page !== void 0 && isMigrationPage(transform.page) ? migrationPage(transform.page) : void 0;
      const source = named === void 0 && transform.source?.url !== void 0 ? rulePage({ page: transform.source }) : void 0;
      const page2 = named ?? source ?? migrationPage(SECTION_INDEX);
      steps.push({
        id: `findings-${transform.id}`,
        kind: "code",
        title: `Deal with the findings of "${transform.title}"`,
        detail: `Everything the ${transform.id} transform reports or changes.`,
        page: page2,
        section: source ? `the ${transform.id} transform` : page2.title,
        ...status
      });
    }
    for (const step of personStepsOf(choice.id)) {
      const command2 = commandOf(step, { applicationId: applicationId?.value });
      steps.push({
        id: step.id,
        kind: step.role,
        title: step.title,
        detail: step.detail,
        ...command2 === void 0 ? {} : { command: command2 },
        page: migrationPage(step.page),
        section: step.section,
        state: input.planFile?.marks[step.id] === "done" ? "done" : "open"
      });
    }
  }
  const done = steps.filter((step) => step.state === "done").length;
  return {
    scenario: { id: scenario.id, title: scenario.title, page: migrationPage(scenario.page), section: scenario.section },
    target: { ...migrationReportData(target), summary: describeMigrationTarget(target) },
    chosenBy: choice.by,
    why: choice.why,
    ...applicationId === void 0 ? {} : { applicationId },
    ...input.planFile === void 0 ? {} : { planFile: input.planFile.displayPath },
    steps,
    totals: { done, open: steps.length - done }
  };
}
function rulePage(rule) {
  const file = (rule.page.path ?? rule.page.url ?? rule.page.title).split("/").pop();
  if (isMigrationPage(file)) return migrationPage(file);
  return { file, title: rule.page.title, url: rule.page.url ?? "" };
}
function isMigrationPage(file) {
  try {
    migrationPage(file.split("/").pop());
    return true;
  } catch {
    return false;
  }
}
function chooseScenario(input) {
  const declared = input.declared && sourceVersionOf(input.declared);
  if (declared !== void 0)
    return {
      id: upgradeScenarioFor(declared),
      by: "config",
      why: `The declared migration target (migration.from) says the application comes from UCMA ${declared}.`
    };
  if (input.planFile?.scenario !== void 0)
    return { id: input.planFile.scenario, by: "plan file", why: `The plan file ${input.planFile.displayPath} pins the scenario.` };
  const applications = input.projects.filter((p) => p.role === "ucma" || p.role === "wmi-provisioning");
  const sample = input.projects.find((p) => p.role === "provisioner-sample");
  if (applications.length === 0)
    return sample ? {
      id: "ucma2-legacy-pool",
      by: "tree",
      why: `The tree holds the UCMA 2.0 SDK's ApplicationProvisioner library (${sample.path}) and no UCMA application: it is the tool that keeps a legacy pool managed.`
    } : { id: "none", by: "tree", why: "No project of the run references UCMA or provisions through WMI." };
  const order = ["2.0", void 0, "3.0", "4.0", "5.0"];
  const oldest = [...applications].sort(
    (a, b) => order.indexOf(a.startingPoint.version) - order.indexOf(b.startingPoint.version) || (a.path < b.path ? -1 : 1)
  )[0];
  const version = oldest.startingPoint.version;
  const id = upgradeScenarioFor(version ?? "3.0");
  const mixed = new Set(applications.map((p) => p.startingPoint.version ?? "?")).size > 1;
  const start = version === void 0 ? "UCMA 2.0 or 3.0 (taken as 3.0 until the config declares it)" : `UCMA ${version}`;
  return {
    id,
    by: "tree",
    why: `${mixed ? "The projects start from different versions; the oldest decides: " : ""}${oldest.path} starts from ${start}. ${oldest.startingPoint.summary}`
  };
}
function applicationIdOf(input) {
  const declared = input.declared?.legacyApplicationName;
  if (declared) return { value: bareApplicationName(declared), from: "the declared migration target (migration.legacyApplicationName)" };
  if (input.planFile?.applicationId) return { value: input.planFile.applicationId, from: `the plan file ${input.planFile.displayPath}` };
  for (const project of input.projects) {
    const [seen] = project.applicationIds;
    if (seen) return { value: seen.value, from: `${seen.path}:${seen.line} (${seen.text})` };
  }
  return void 0;
}

// src/cli/migration-facts.ts
init_migration_target();

// src/migration/plan-file.ts
init_built_module_url();
var import_node_path26 = require("node:path");
init_settings_file();
init_user_error();
var PLAN_FILE_NAME = "ucma-migration-plan.json";
var KEYS = ["scenario", "applicationId", "steps"];
var PlanFileError = class extends UserError {
  constructor(path, reason) {
    super({ path: `${path}:`, reason, hint: 'See docs/report.md ("The plan file") for its keys.' });
  }
};
function findPlanFile(cwd) {
  for (let directory = (0, import_node_path26.resolve)(cwd); ; directory = (0, import_node_path26.dirname)(directory)) {
    const candidate = (0, import_node_path26.join)(directory, PLAN_FILE_NAME);
    if (entryExists(candidate)) return candidate;
    if ((0, import_node_path26.dirname)(directory) === directory) return void 0;
  }
}
function readPlanFile(path) {
  const bytes = readSettingsFile(path);
  if (bytes === void 0) throw new PlanFileError(path, "is gone (removed since it was found)");
  return parsePlanFile(path, bytes.toString("utf8"));
}
function parsePlanFile(path, text) {
  let parsed;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (thrown) {
    throw new PlanFileError(path, `is not valid JSON: ${thrown instanceof Error ? thrown.message : String(thrown)}`);
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
    throw new PlanFileError(path, 'must hold one JSON object, e.g. { "steps": { "enable-topology": "done" } }');
  const plan = parsed;
  const unknown = Object.keys(plan).filter((key) => !KEYS.includes(key));
  if (unknown.length > 0) throw new PlanFileError(path, `unknown key "${unknown[0]}"; the keys are: ${KEYS.join(", ")}`);
  const scenario = plan.scenario;
  if (scenario !== void 0 && !SCENARIO_IDS.includes(scenario))
    throw new PlanFileError(path, `"scenario" must be one of ${SCENARIO_IDS.join(", ")}, got ${JSON.stringify(scenario)}`);
  const applicationId = plan.applicationId;
  if (applicationId !== void 0 && (typeof applicationId !== "string" || applicationId.trim() === ""))
    throw new PlanFileError(path, '"applicationId" must be a non-empty string');
  const marks = {};
  if (plan.steps !== void 0) {
    if (typeof plan.steps !== "object" || plan.steps === null || Array.isArray(plan.steps))
      throw new PlanFileError(path, '"steps" must be an object of step ids to "done" or "open"');
    for (const [id, mark] of Object.entries(plan.steps)) {
      if (CODE_STEPS.some((step) => step.id === id) || id === WMI_STEP.id)
        throw new PlanFileError(path, `"steps.${id}" is a code step: its state comes from the run, not from the plan file`);
      if (!PERSON_STEPS.some((step) => step.id === id))
        throw new PlanFileError(path, `"steps.${id}" is not a step; the steps are: ${PERSON_STEPS.map((step) => step.id).join(", ")}`);
      if (mark !== "done" && mark !== "open")
        throw new PlanFileError(path, `"steps.${id}" must be "done" or "open", got ${JSON.stringify(mark)}`);
      marks[id] = mark;
    }
  }
  return { path, scenario, applicationId, marks };
}
function formatPlanFile(fields) {
  const steps = Object.fromEntries(fields.steps.map((step) => [step.id, step.mark]));
  return `${JSON.stringify(
    { scenario: fields.scenario, ...fields.applicationId === void 0 ? {} : { applicationId: fields.applicationId }, steps },
    null,
    2
  )}
`;
}

// src/migration/project-survey.ts
init_built_module_url();
init_parse();
init_parse2();
init_msbuild_project();
init_ucma_project();
init_xml_syntax();

// src/migration/ucma-version.ts
init_built_module_url();
init_msbuild_project();
init_ucma_project();
var ORDER = ["2.0", "3.0", "4.0", "5.0"];
function ucmaOfAssemblyVersion(version) {
  const major = Number(/^\s*(\d+)\./.exec(version)?.[1]);
  if (!Number.isFinite(major)) return void 0;
  if (major >= 6) return "5.0";
  if (major === 5) return "4.0";
  if (major === 4) return "3.0";
  return "2.0";
}
function ucmaOfHintPath(hintPath) {
  const folder = /microsoft ucma (\d)\.0/i.exec(hintPath);
  if (folder) return ORDER.find((version) => version === `${folder[1]}.0`);
  if (/ucma sdk 2\.0|office communications server 2007/i.test(hintPath)) return "2.0";
  return void 0;
}
function startingPointOf(path, text, project, code) {
  const lineOf3 = (offset) => text.slice(0, offset).split("\n").length;
  const proven = [];
  for (const reference of project.references) {
    if (!isUcmaAssemblyName(reference.assemblyName) || /voicexml/i.test(reference.assemblyName)) continue;
    const at = lineOf3(reference.element.startIndex);
    const byVersion = reference.version && ucmaOfAssemblyVersion(reference.version.value);
    if (byVersion)
      proven.push({
        version: byVersion,
        evidence: { path, line: at, text: `Reference ${reference.assemblyName}, Version=${reference.version.value}` }
      });
    const hint = reference.hintPath?.text?.value;
    const byHint = hint === void 0 ? void 0 : ucmaOfHintPath(hint);
    if (byHint)
      proven.push({
        version: byHint,
        evidence: { path, line: lineOf3(reference.hintPath.element.startIndex), text: `HintPath ${hint.trim()}` }
      });
  }
  const framework = globalProperty(project, "TargetFrameworkVersion");
  const frameworkValue = propertyValue(framework);
  const parsed = frameworkValue === void 0 ? void 0 : parseFrameworkVersion(frameworkValue);
  const frameworkEvidence = framework ? [{ path, line: lineOf3(framework.element.startIndex), text: `TargetFrameworkVersion ${frameworkValue ?? ""}`.trim() }] : [];
  if (proven.length > 0) {
    const oldest = ORDER.find((version) => proven.some((p) => p.version === version));
    const versions = [...new Set(proven.map((p) => p.version))];
    return {
      version: oldest,
      candidates: [oldest],
      certain: true,
      summary: versions.length === 1 ? `UCMA ${oldest}: the project's UCMA reference says so.` : `UCMA ${oldest}: the project's UCMA references disagree (${versions.map((v) => `UCMA ${v}`).join(", ")}); the oldest counts.`,
      evidence: [...proven.map((p) => p.evidence), ...code.wmiProvisioning]
    };
  }
  if (code.wmiProvisioning.length > 0)
    return {
      version: "2.0",
      candidates: ["2.0"],
      certain: false,
      summary: "UCMA 2.0: the code provisions through the Office Communications Server 2007 R2 WMI classes, as UCMA 2.0 applications do.",
      evidence: [...code.wmiProvisioning, ...frameworkEvidence]
    };
  const below45 = parsed === void 0 ? frameworkValue === void 0 : isBelowFramework45(parsed);
  if (below45) {
    if (code.autoProvisioning.length > 0)
      return {
        version: "3.0",
        candidates: ["3.0"],
        certain: false,
        summary: "UCMA 3.0: the code uses auto-provisioning, which came with UCMA 3.0, and the project targets a .NET Framework below 4.5, which UCMA 4.0 cannot use.",
        evidence: [...code.autoProvisioning, ...frameworkEvidence]
      };
    return {
      version: void 0,
      candidates: ["2.0", "3.0"],
      certain: false,
      summary: "UCMA 2.0 or 3.0: the project targets a .NET Framework below 4.5 and its UCMA reference names no version or SDK folder; declare the source version in the config to decide.",
      evidence: frameworkEvidence
    };
  }
  return {
    version: "4.0",
    candidates: ["4.0", "5.0"],
    certain: false,
    summary: "UCMA 4.0 (or 5.0): the project targets .NET Framework 4.5 or later and its UCMA reference names no version or SDK folder.",
    evidence: frameworkEvidence
  };
}

// src/migration/project-survey.ts
var NOT_SET = "(not set)";
function surveyProjects(input) {
  const projects = [...input.projectFiles].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  const folders2 = projects.map((project) => folderOf(project.path));
  const owner = (path) => {
    let best = -1;
    for (let i = 0; i < folders2.length; i++) {
      const folder = folders2[i];
      if ((folder === "" || path.startsWith(`${folder}/`)) && (best === -1 || folder.length > folders2[best].length)) best = i;
    }
    return best;
  };
  return projects.flatMap((file, index) => {
    const before = readMsbuildProject(parseXml(file.before).rootNode);
    if (!before) return [];
    const after = readMsbuildProject(parseXml(file.after).rootNode) ?? before;
    const mine = (items) => items.filter((item) => owner(item.path) === index);
    const code = codeSignals(mine(input.csharpFiles));
    const declares = (name) => mine(input.csharpFiles).some((f) => new RegExp(`\\bclass\\s+${name}\\b`).test(f.before));
    const declaresSample = declares("TrustedApplicationPool") && declares("TrustedService");
    const role = referencesUcma(before) ? "ucma" : declaresSample ? "provisioner-sample" : code.wmiProvisioning.length > 0 ? "wmi-provisioning" : "other";
    const configs = mine(input.configFiles);
    const files = mine(input.files);
    return [
      {
        path: file.path,
        folder: folders2[index],
        name: file.path.split("/").pop().replace(/\.csproj$/i, ""),
        role,
        outputType: propertyValue(globalProperty(before, "OutputType")) ?? "Library",
        startingPoint: startingPointOf(file.path, file.before, before, code),
        retarget: [...retargetRows(before, after), ...configs.flatMap(runtimeRows)],
        wmiProvisioning: code.wmiProvisioning,
        applicationIds: [...configs.flatMap(configApplicationIds), ...code.applicationIds],
        files: files.length,
        filesDone: files.filter((f) => !f.open).length
      }
    ];
  });
}
function folderOf(path) {
  const slash = path.lastIndexOf("/");
  return slash === -1 ? "" : path.slice(0, slash);
}
function lineAt(text, offset) {
  let line2 = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line2++;
  return line2;
}
function codeSignals(files) {
  const wmiProvisioning = [];
  const autoProvisioning = [];
  const applicationIds = [];
  for (const file of files) {
    const text = file.before;
    if (!text.includes("MSFT_SIP") && !text.includes("ProvisionedApplicationPlatformSettings")) continue;
    const root = parseCSharp(text).rootNode;
    const seen = /* @__PURE__ */ new Set();
    for (const literal of root.descendantsOfType(["string_literal", "verbatim_string_literal", "interpolated_string_expression"])) {
      const name = /MSFT_SIP\w+/.exec(literal.text)?.[0];
      if (!name || seen.has(name)) continue;
      seen.add(name);
      wmiProvisioning.push({ path: file.path, line: literal.startPosition.row + 1, text: `WMI class ${name}` });
    }
    for (const creation of root.descendantsOfType("object_creation_expression")) {
      const type = creation.childForFieldName("type");
      if (!type || !/(^|\.)ProvisionedApplicationPlatformSettings$/.test(type.text)) continue;
      const line2 = creation.startPosition.row + 1;
      autoProvisioning.push({ path: file.path, line: line2, text: "new ProvisionedApplicationPlatformSettings(...)" });
      const id = literalArgument(creation, 1);
      if (id !== void 0)
        applicationIds.push({ path: file.path, line: line2, text: "second argument of new ProvisionedApplicationPlatformSettings", value: id });
    }
  }
  return { wmiProvisioning, autoProvisioning, applicationIds };
}
function literalArgument(creation, index) {
  const list = creation.childForFieldName("arguments");
  const argument = list?.namedChildren.filter((child) => child.type === "argument")[index];
  const expression = argument?.namedChildren.at(-1);
  if (expression?.type !== "string_literal") return void 0;
  const value2 = expression.text.slice(1, -1);
  return value2.includes("\\") || value2.trim() === "" ? void 0 : value2;
}
function configApplicationIds(file) {
  const root = rootElement(parseXml(file.before).rootNode);
  if (!root || elementName(root) !== "configuration") return [];
  const found = [];
  for (const settings of childElements(root).filter((e) => elementName(e) === "appSettings")) {
    for (const add of childElements(settings).filter((e) => elementName(e) === "add")) {
      const key = attributeOf(add, "key")?.value ?? "";
      const value2 = attributeOf(add, "value")?.value?.trim() ?? "";
      if (/^(app(lication)?[ _.-]?(id|name))$/i.test(key) && value2 !== "")
        found.push({ path: file.path, line: lineAt(file.before, add.startIndex), text: `appSettings "${key}"`, value: value2 });
    }
  }
  return found;
}
function retargetRows(before, after) {
  const rows2 = [];
  const global = (project, name) => {
    const property4 = globalProperty(project, name);
    return property4 === void 0 ? NOT_SET : (propertyValue(property4) ?? "(not plain text)") || "(empty)";
  };
  rows2.push({
    setting: "TargetFrameworkVersion",
    scope: "all builds",
    before: global(before, "TargetFrameworkVersion"),
    after: global(after, "TargetFrameworkVersion")
  });
  const profileBefore = global(before, "TargetFrameworkProfile");
  const profileAfter = global(after, "TargetFrameworkProfile");
  if (profileBefore !== NOT_SET || profileAfter !== NOT_SET)
    rows2.push({ setting: "TargetFrameworkProfile", scope: "all builds", before: profileBefore, after: profileAfter });
  const configurations = (project) => project.propertyGroups.flatMap(
    (group) => group.scope.kind === "configuration" ? [{ key: `${group.scope.configuration ?? "*"}|${group.scope.platform ?? "*"}`, group }] : []
  );
  const afterGroups = configurations(after);
  for (const { key, group } of configurations(before)) {
    const other2 = afterGroups.find((candidate) => candidate.key === key)?.group;
    for (const setting of ["PlatformTarget", "Prefer32Bit"]) {
      const value2 = (g) => {
        const property4 = g?.properties.filter((p) => p.name === setting).at(-1);
        return property4 === void 0 ? NOT_SET : propertyValue(property4) ?? "(not plain text)";
      };
      const pair = { before: value2(group), after: value2(other2) };
      if (setting === "Prefer32Bit" && pair.before === NOT_SET && pair.after === NOT_SET) continue;
      rows2.push({ setting, scope: key, ...pair });
    }
  }
  const afterReferences = after.references;
  before.references.forEach((reference, index) => {
    if (!isUcmaAssemblyName(reference.assemblyName)) return;
    const match = afterReferences[index];
    const describe2 = (r) => r === void 0 ? "(removed)" : `Version=${r.version?.value ?? "(none)"}`;
    rows2.push({ setting: `Reference ${reference.assemblyName}`, scope: "all builds", before: describe2(reference), after: describe2(match) });
    const hint = (r) => r?.hintPath?.text?.value.trim() ?? NOT_SET;
    if (reference.hintPath)
      rows2.push({ setting: `HintPath of ${reference.assemblyName}`, scope: "all builds", before: hint(reference), after: hint(match) });
  });
  return rows2;
}
function runtimeRows(file) {
  const entries = (text) => descendantElements(parseXml(text).rootNode).filter((element) => elementName(element) === "supportedRuntime").map((element) => `${attributeOf(element, "version")?.value ?? "?"} ${attributeOf(element, "sku")?.value ?? ""}`.trim());
  const before = entries(file.before);
  const after = entries(file.after);
  const name = file.path.split("/").pop();
  return before.map((value2, index) => ({
    setting: `supportedRuntime (${name})`,
    scope: "run time",
    before: value2,
    after: after[index] ?? "(removed)"
  }));
}

// src/migration/survey-input.ts
init_built_module_url();
init_source_text();
init_no_follow();
init_dialects();
var CODE_NEEDLES = ["MSFT_SIP", "ProvisionedApplicationPlatformSettings", "TrustedApplicationPool", "TrustedService"];
async function gatherSurveyInput(result, cwd, maxBytes) {
  const projectFiles2 = [];
  const configFiles = [];
  const csharpFiles = [];
  for (const file of result.files) {
    if (file.status === "skipped" || file.status === "failed") continue;
    const kind = xmlFileKind(file.path);
    const isCSharp2 = file.path.toLowerCase().endsWith(".cs");
    if (!kind && !isCSharp2) continue;
    const text = textOf(file, cwd, maxBytes);
    if (text === void 0) continue;
    if (kind === "msbuild-project") projectFiles2.push(text);
    else if (kind === "app-config") configFiles.push(text);
    else if (CODE_NEEDLES.some((needle) => text.before.includes(needle))) csharpFiles.push(text);
  }
  const files = result.files.map((file) => ({
    path: file.path,
    open: file.status === "failed" || file.edits.length > 0 && !file.written || file.declined.length > 0 || file.diagnostics.some((d) => d.severity !== "info")
  }));
  return { projectFiles: projectFiles2, configFiles, csharpFiles, files };
}
function textOf(file, cwd, maxBytes) {
  if (file.change) return { path: file.path, before: file.change.source.text, after: file.change.newText };
  if (file.absolutePath === void 0) return void 0;
  try {
    const read = readFileBelow(cwd, file.absolutePath, maxBytes);
    if ("oversize" in read) return void 0;
    const text = decodeSource(read.bytes).text;
    return { path: file.path, before: text, after: text };
  } catch {
    return void 0;
  }
}

// src/cli/migration-facts.ts
init_settings_file();
init_user_error();
init_atomic_write();
init_run_codemod();
init_parse_args();
init_output_sink();
function display(cwd, path) {
  return (0, import_node_path27.relative)(cwd, path).split("\\").join("/") || ".";
}
function invocationOf(options2, cwd) {
  const configPath = options2.configPath;
  return {
    paths: options2.paths,
    flags: options2.rerunFlags ?? [],
    ...configPath ? { config: { path: display(cwd, configPath), settings: rawConfig(configPath) } } : {}
  };
}
function rawConfig(path) {
  const bytes = readSettingsFile(path);
  return bytes === void 0 ? {} : JSON.parse(bytes.toString("utf8").replace(/^\uFEFF/, ""));
}
function loadPlanFile(cwd) {
  const path = findPlanFile(cwd);
  return path ? readPlanFile(path) : void 0;
}
async function migrationFacts(result, transforms, options2, planFile, io) {
  const projects = surveyProjects(await gatherSurveyInput(result, io.cwd, options2.maxFileSize ?? DEFAULT_MAX_FILE_SIZE));
  const planTransforms = transforms.map((t) => {
    const page2 = t.meta.page;
    const rules = (t.meta.rules ?? []).flatMap((rule) => {
      const [first] = rule.sources ?? [];
      return first ? [{ id: rule.id, title: rule.title, followUp: rule.followUp, page: first }] : [];
    });
    return {
      id: t.meta.id,
      title: t.meta.title,
      ...typeof page2 === "string" ? { page: page2 } : {},
      source: t.meta.source,
      ...rules.length > 0 ? { rules } : {}
    };
  });
  const declared = migrationTargetOf(options2.transformOptions);
  const build = (file) => buildMigrationPlan({
    result,
    projects,
    transforms: planTransforms,
    declared,
    planFile: file && { ...file, displayPath: display(io.cwd, file.path) }
  });
  let plan = build(planFile);
  if (options2.done.length > 0 || options2.save) {
    const written = await writePlanFile(plan, planFile, options2.done, options2, io);
    plan = build(written);
  }
  return { projects, plan };
}
async function writePlanFile(plan, existing, done, options2, io) {
  const steps = personStepsOf(plan.scenario.id);
  for (const id of done)
    if (!steps.some((step) => step.id === id))
      throw new UsageError(
        `--done ${id}: not a step a person takes in this plan (${plan.scenario.id}); the steps are: ${steps.map((s) => s.id).join(", ") || "none"}`
      );
  const config = options2.configPath;
  const path = existing?.path ?? (0, import_node_path27.join)(config ? (0, import_node_path27.dirname)(config) : io.cwd, PLAN_FILE_NAME);
  const marks = { ...existing?.marks ?? {} };
  for (const id of done) marks[id] = "done";
  const listed = [...steps.map((s) => s.id), ...Object.keys(marks).filter((id) => !steps.some((s) => s.id === id))];
  const text = formatPlanFile({
    scenario: plan.scenario.id,
    applicationId: existing?.applicationId ?? plan.applicationId?.value,
    steps: listed.map((id) => ({ id, mark: marks[id] ?? "open" }))
  });
  const failed = (thrown) => new UserError({
    path: `${display(io.cwd, path)}:`,
    reason: `could not be written: ${thrown instanceof Error ? thrown.message : String(thrown)}`
  });
  const bytes = Buffer.from(text, "utf8");
  try {
    const before = existing ? readSettingsFile(existing.path) : void 0;
    if (before !== void 0) await writeFileAtomic(path, bytes, before);
    else {
      const file = await openReportFile(io.cwd, path, failed);
      try {
        await file.write(bytes);
        await file.commit();
      } catch (thrown) {
        await file.abort();
        throw thrown;
      }
    }
  } catch (thrown) {
    if (thrown instanceof UserError) throw thrown;
    throw failed(thrown);
  }
  io.stderr.write(`${display(io.cwd, path)}: written
`);
  return readPlanFile(path);
}

// src/cli/commands/file-command.ts
init_baseline_file();
init_run_scope();
async function fileCommand(command2, options2, transforms, io) {
  const started = process.hrtime.bigint();
  const format = options2.format === void 0 ? defaultFormatFor(command2) : findFormat(options2.format);
  const fingerprintRooting = fingerprintRootFor(options2, io.cwd);
  let inputs;
  let passedOver;
  let stdin;
  if (options2.stdinFilepath !== void 0) {
    stdin = await readStdinFile(options2.stdinFilepath, options2, transforms, io);
    inputs = stdin.input ? [stdin.input] : [];
    if (stdin.skipped) passedOver = { skipped: [stdin.skipped], errors: [] };
  } else if (options2.staged) {
    const staged = await stagedInputs(options2.paths, io.cwd);
    inputs = staged.inputs.filter((input) => !options2.ignore?.ignores(input.absolutePath));
    passedOver = { skipped: staged.skipped, errors: [] };
  } else {
    if (format?.namesPathsInPatch) refuseOutsidePaths(command2, options2.paths, io.cwd);
    const discovery = await selectFiles(options2.paths, io.cwd, options2.ignore);
    inputs = discovery.files.map((file) => diskInput(file.absolutePath, file.displayPath, io.cwd));
    passedOver = discovery;
  }
  if (stdin === void 0 && transforms.some((t) => t.meta.needsProject)) {
    inputs = await withProjectPeers(inputs, { cwd: io.cwd, ignore: options2.ignore, walkedFolders: walkedFolders(options2, io.cwd) });
  }
  if (options2.output !== void 0)
    assertReportFileTarget(
      options2.output,
      io.cwd,
      inputs.map((input) => input.absolutePath)
    );
  if (options2.outputDir !== void 0) assertReportDirectoryTarget(options2.outputDir, io.cwd);
  assertBaselineReadable(options2, io.cwd);
  for (const target of [options2.writeBaseline, options2.pruneBaseline ? options2.baseline : void 0])
    if (target !== void 0)
      assertReportFileTarget(
        target,
        io.cwd,
        inputs.map((input) => input.absolutePath)
      );
  const fingerprintRoot = await fingerprintRooting;
  const migrationRun = command2 === "report" || command2 === "plan";
  const planFile = migrationRun ? loadPlanFile(io.cwd) : void 0;
  const writes = command2 === "apply" && stdin === void 0;
  const writesReportFile = options2.output !== void 0 || options2.outputDir !== void 0 || migrationRun;
  const stopHandlingSignals = writes ? stopWritesOnSignals(io.cwd) : writesReportFile ? removeReportTempsOnSignals() : () => void 0;
  try {
    return await runFileCommand(command2, options2, transforms, io, {
      format,
      inputs,
      passedOver,
      stdin,
      started,
      writes,
      planFile,
      fingerprintRoot
    });
  } catch (thrown) {
    if (!(thrown instanceof OutputFailedError || thrown instanceof RunStoppedError) || !writes) throw thrown;
    const written = await stopWrites();
    throw new UserError({ reason: `${thrown.reason}; the run was stopped`, details: writtenFilesReport(written, io.cwd) });
  } finally {
    stopHandlingSignals();
  }
}
async function runFileCommand(command2, options2, transforms, io, { format, inputs, passedOver, stdin, started, writes, planFile, fingerprintRoot }) {
  const migrationRun = command2 === "report" || command2 === "plan";
  const context = {
    command: command2,
    toolVersion: packageVersion(),
    transforms,
    cwd: io.cwd,
    date: reportDate(io.env),
    author: format ? await commitAuthor(format, io) : void 0,
    invocation: migrationRun ? invocationOf(options2, io.cwd) : void 0,
    severities: options2.severities,
    diagnosticLevel: options2.diagnosticLevel,
    migrationTarget: migrationTargetOf(options2.transformOptions)
  };
  const stream = options2.outputDir === void 0 ? format?.stream : void 0;
  const sink = format && options2.outputDir === void 0 ? await openSink(format, command2, options2, io) : void 0;
  let result;
  let verdict;
  const notes = [];
  try {
    const streamsOntoTerminal = stream !== void 0 && options2.output === void 0 && io.stdout.isTTY === true;
    let progress = shouldShowProgress({
      stderrIsTTY: io.stderr.isTTY,
      machineReadable: format?.machineReadable ?? false,
      flag: options2.progress,
      fileCount: inputs.length
    }) ? new ProgressBar(io.stderr, inputs.length + (passedOver?.errors.length ?? 0) + (passedOver?.skipped.length ?? 0)) : void 0;
    const partContext = streamContext(context);
    result = await runCodemod({
      inputs,
      passedOver,
      transforms,
      knownTransformIds: builtInTransformIds(),
      transformOptions: options2.transformOptions,
      maxFileSize: options2.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
      ...options2.jobs !== void 0 ? { jobs: options2.jobs } : {},
      ...options2.fileTimeoutSeconds !== void 0 ? { fileTimeBudgetMs: options2.fileTimeoutSeconds * 1e3 } : {},
      ...options2.workerMemory !== void 0 ? { workMemoryBytes: options2.workerMemory } : {},
      ...options2.severities !== void 0 ? { severities: options2.severities } : {},
      fingerprintRoot,
      // apply --stdin-filepath prints the changed text instead of writing P.
      write: writes,
      // Only a product that names files as a patch does needs paths below the current directory.
      patches: command2 !== "apply" && (format?.namesPathsInPatch ?? false),
      // Only a format built from the whole result at the end (or stdin's changed text) needs the changed texts kept.
      keepChanges: format !== void 0 && stream === void 0 || format === void 0 && stdin !== void 0,
      onFile: async (file, done) => {
        progress?.update(done);
        if (!stream || !sink) return;
        const part = stream.file(file, partContext);
        if (part.length > 0 && streamsOntoTerminal) {
          progress?.finish();
          progress = void 0;
        }
        try {
          await sink.write(part);
        } catch (thrown) {
          if (writes && thrown instanceof OutputFailedError) void stopWrites();
          throw thrown;
        }
      }
    });
    progress?.finish();
    result = await settleBaseline(
      result,
      {
        baseline: options2.baseline,
        writeBaseline: options2.writeBaseline,
        prune: options2.pruneBaseline,
        root: fingerprintRoot,
        walked: walkedFolders(options2, io.cwd),
        transforms,
        severities: options2.severities
      },
      (line2) => notes.push(line2)
    );
    verdict = verdictOf(result, command2, { maxWarnings: options2.maxWarnings });
    const migration = migrationRun ? await migrationFacts(result, transforms, options2, planFile, io) : void 0;
    const fullContext = reportContext({ ...context, exitCode: verdict.code, migration });
    if (stream && sink) {
      if (stream.end) await sink.write(stream.end(result, fullContext));
    } else if (format) {
      await writeWhole(format.build(result, fullContext), options2, sink, io);
    } else if (stdin !== void 0) {
      await writeBytes(io.stdout, stdinApplyOutput(result, stdin.bytes)).catch((thrown) => {
        throw new OutputFailedError("stdout", thrown);
      });
    }
  } catch (thrown) {
    await sink?.abort();
    throw thrown;
  }
  await sink?.close();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const hint = {
    staged: options2.staged,
    flags: options2.rerunFlags ?? [],
    paths: options2.paths.map(quoteForShell),
    ...stdin ? { stdinFilepath: quoteForShell(options2.stdinFilepath) } : {}
  };
  const palette = choosePalette(io.stderr, io.env, options2.color);
  if (!options2.quiet) for (const note2 of notes) io.stderr.write(`${note2}
`);
  io.stderr.write(
    options2.quiet ? formatQuietReport(command2, result, verdict, palette) : formatTextReport(command2, result, palette, {
      seconds,
      hint,
      level: options2.diagnosticLevel,
      migrationTarget: context.migrationTarget
    })
  );
  return verdict.code;
}
function refuseOutsidePaths(command2, paths, cwd) {
  for (const given of paths) {
    const base = isGlobArgument(given, cwd) ? given.replace(/\\/g, "/").split("/").filter((part) => !/[*?[]/.test(part)).join("/") || "." : given;
    const absolute = (0, import_node_path31.resolve)(cwd, base);
    const relativePath = (0, import_node_path31.relative)(cwd, absolute);
    if (relativePath !== ".." && !relativePath.startsWith(`..${import_node_path31.sep}`) && !(0, import_node_path31.isAbsolute)(relativePath)) continue;
    const isFolder = (0, import_node_fs19.existsSync)(absolute) && (0, import_node_fs19.statSync)(absolute).isDirectory();
    const folder = isFolder ? given : (0, import_node_path31.dirname)(given);
    const rest = isFolder ? "" : ` ${quoteForShell((0, import_node_path31.basename)(given))}`;
    throw new UserError({
      path: given,
      reason: `is outside the current directory, and the ${command2} patch names files by their path below the folder it is made in.`,
      hint: `Run it there: cd ${quoteForShell(folder)} && ucma-codemod ${command2}${rest}   (apply, review, -l, --json and --format sarif|github take any path)`
    });
  }
}
async function openSink(format, command2, options2, io) {
  if (options2.output !== void 0) return await fileSink(io.cwd, options2.output, { streamed: format.stream !== void 0 });
  const isPatch = format.name === "diff";
  return stdoutSink(io.stdout, io.env, {
    closedPipeFails: command2 === "apply",
    colorPatch: isPatch && wantsColor(io.stdout, io.env, options2.color),
    // apply's product is the write; its patch is not held up in a pager before the summary. git
    // gives a pre-commit hook (check --staged) the terminal: a pager there would stop the commit.
    pager: isPatch && command2 !== "apply" && !options2.staged ? choosePager(io.stdout, io.env, options2.noPager) : void 0
  });
}
async function writeWhole(parts, options2, sink, io) {
  if (options2.outputDir !== void 0) {
    for (const part of parts) {
      await writeReportPart(io.cwd, options2.outputDir, part.fileName, part.bytes);
      io.stderr.write(`${(0, import_node_path31.join)(options2.outputDir, part.fileName)}
`);
    }
    return;
  }
  await sink?.write(Buffer.concat(parts.map((part) => part.bytes)));
}
async function commitAuthor(format, io) {
  if (format.name !== "mbox") return void 0;
  const identity = await gitAuthorIdentity(io.cwd, io.env);
  return identity && formatAuthor(identity.name, identity.email);
}
function reportDate(env) {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  return env.SOURCE_DATE_EPOCH !== void 0 && Number.isFinite(epoch) ? new Date(epoch * 1e3) : /* @__PURE__ */ new Date();
}

// src/cli/help-text.ts
init_built_module_url();
init_file_patterns();
init_formats();
init_file_runner();
init_file_work();
init_run_codemod();
init_worker_pool();
init_progress_bar();
init_text_wrap();
init_parse_args();
var FILE_OPTIONS = [
  "transform",
  "ignore-pattern",
  "max-file-size",
  "jobs",
  "file-timeout",
  "worker-memory",
  "option",
  "quiet",
  "max-warnings",
  "diagnostic-level",
  "baseline",
  "color",
  "progress"
];
var commandHelp = () => ({
  list: {
    usage: ["list"],
    summary: "list the transforms and what they change",
    description: `Lists the transforms that a run would use (the built-ins, or -t and the config file's "transforms"), with what they change and why; -t <transform>/<rule> shows only that rule. On a terminal the list goes through the pager.`,
    options: ["transform", "json", "pager"]
  },
  diff: {
    usage: ["diff [paths...]", "diff --stdin-filepath P < text"],
    summary: "print one unified diff of every change (stdout)",
    description: "Prints the changes as git-style patches on stdout; nothing is written. Paths are files, folders or quoted globs (default: the current folder).",
    options: ["stdin-filepath", "format", "json", "list-different", "stat", "output", "output-dir", "pager", ...FILE_OPTIONS]
  },
  apply: {
    usage: ["apply [paths...]", "apply --stdin-filepath P < text"],
    summary: "write the changes in place",
    description: "Writes the changes into the files, atomically, keeping encodings, BOMs and line endings. With --stdin-filepath P it writes nothing and prints the whole text of P as apply would write it (the input unchanged when nothing changes).",
    options: ["stdin-filepath", "format", "json", "list-different", ...FILE_OPTIONS]
  },
  check: {
    usage: ["check [paths...]", "check --staged", "check --stdin-filepath P < text"],
    summary: "exit 1 if any file would change or needs a manual change",
    description: `Like diff, but exits 1 when a change is needed. With --staged it judges the staged content of the staged files it reads (${describeReadFiles()}): what a pre-commit hook needs.`,
    options: [
      "staged",
      "stdin-filepath",
      "format",
      "json",
      "list-different",
      "stat",
      "output",
      "pager",
      ...FILE_OPTIONS,
      "write-baseline",
      "prune-baseline"
    ]
  },
  review: {
    usage: ["review [paths...]"],
    summary: "step through the changes; write the accepted ones",
    description: "Shows each change (a hunk, as git add -p does) with its explanation and the file's warnings, and asks: y accept, n skip, a accept this and all remaining, q skip this and all remaining, d skip the rest of this file, A/D accept/skip the rest of this transform, e edit the change in $EDITOR, s split it, ? help. On a terminal one key answers (no Enter); answers can be piped, one per line.",
    options: ["line-mode", ...FILE_OPTIONS]
  },
  report: {
    usage: ["report [paths...] -o migration.html", "report [paths...] --format markdown"],
    summary: "the migration at a glance: one self-contained HTML page",
    description: "Runs like diff (nothing is written) and prints one HTML page that opens from disk with no network: the plan, totals, each project's starting point and retarget, every finding with its page, what remains by hand, and side-by-side diffs. --format markdown gives the totals and what remains by hand; --format json the result model with the projects and the plan.",
    options: ["format", "output", ...FILE_OPTIONS]
  },
  plan: {
    usage: ["plan [paths...]", "plan --done ID [--done ID...]", "plan --save"],
    summary: "the migration as ordered steps, with what is done",
    description: "The steps of the migration the tree shows (or the config declares): code steps take their state from a dry run; a developer's or an administrator's step stays open until you mark it done in ucma-migration-plan.json (--done ID writes it; --save writes it with every step and pins the scenario). Output: text, --format markdown, --json.",
    options: ["done", "save", "format", "json", "output", ...FILE_OPTIONS]
  },
  new: {
    usage: ["new <id>"],
    summary: "scaffold a transform, a fixture pair and a test",
    description: "Writes transforms/<id>.ts, a fixture pair and a test (in this repository: registers the transform too). In a project it also adds /fixtures/ to .ucma-codemodignore.",
    options: []
  },
  "install-hook": {
    usage: ["install-hook"],
    summary: "install a git pre-commit hook running check --staged",
    description: "Writes a pre-commit hook (honouring core.hooksPath) that runs the ucma-codemod on PATH or the one installed in the repository; never overwrites a hook it did not write.",
    options: []
  },
  lsp: {
    usage: ["lsp"],
    summary: "language server over stdio, for editors",
    description: "Speaks the Language Server Protocol on stdin and stdout: findings of open files as diagnostics (as check --stdin-filepath finds them), quick fixes, fix all, suppressions, hovers, and a command that applies every change of the workspace. The editor starts it; see docs/editors.md.",
    options: ["transform", "option", "ignore-pattern", "max-file-size"]
  },
  test: {
    usage: ["test [transform...]"],
    summary: "run transforms' fixture pairs (no jest needed)",
    description: `Runs each transform's fixture pairs (<case>.input.<ext>, <case>.output.<ext>, <case>.diagnostics.txt; <ext>: ${fixtureExtensions().join(", ")}) with the automatic idempotency, syntax, CRLF/LF and BOM checks, and shows a diff of what differed. Transforms are built-in ids or files; default: every transforms/<id>.ts with fixtures/<id>/ (in this repository: the built-ins).`,
    options: ["option"]
  }
});
var optionHelp = () => ({
  transform: [
    "-t, --transform ID|FILE",
    "run only this transform (repeatable; default: all built-in); a path (./my-transform.ts, .js, .mjs) loads a transform of your own"
  ],
  format: ["-f, --format FORMAT", `what stdout carries: ${formatList()}`],
  json: ["--json", "same as --format json"],
  "list-different": ["-l, --list-different", "print only the paths of the files that change, one per line (--format names)"],
  stat: ["--stat", "diff, check: print git's diffstat (lines changed per file, and a total) instead of the patch (--format stat)"],
  output: ["-o, --output FILE", "diff, check, report, plan: write the report to FILE instead of stdout"],
  done: ["--done ID", "plan: mark a developer's or an administrator's step done in the plan file (repeatable)"],
  save: ["--save", "plan: write the plan file with the scenario and every step, keeping the marks it has"],
  "output-dir": ["--output-dir DIR", "diff --format mbox: one .patch file per transform in DIR"],
  pager: [
    "--no-pager",
    "diff, check, list: on a terminal the output goes through UCMA_CODEMOD_PAGER, else PAGER, else less (LESS=FRX unless set); this writes it straight to stdout"
  ],
  staged: ["--staged", "check: judge the index content of staged files"],
  "line-mode": ["--line-mode", "review: on a terminal too, each answer is a line ended by Enter (default there: one key)"],
  "stdin-filepath": [
    "--stdin-filepath P",
    "diff, apply, check: read the text of one file from stdin and take it as the file at P (its language, patch path and project on disk; P itself is not read); apply prints the changed text instead of writing"
  ],
  "max-file-size": ["--max-file-size SIZE", `skip larger files (default ${byteSize(DEFAULT_MAX_FILE_SIZE)}; e.g. 500k, 16M)`],
  jobs: [
    "-j, --jobs N",
    `worker threads that parse and transform (default: ${DEFAULT_JOBS_DESCRIPTION}, at most twice as many; 1 keeps everything in this thread; runs of ${HANDFUL_OF_FILES} files or fewer stay in this thread, except a transform of your own, which gets one worker)`
  ],
  "file-timeout": [
    "--file-timeout SECONDS",
    `with worker threads, a file whose transforms run longer fails, and so does loading a transform file; ${TIMEOUTS_IN_A_ROW} such files in a row stop the run (at most ${MAX_FILE_TIMEOUT_SECONDS}, a day; default ${DEFAULT_FILE_TIME_BUDGET_MS / 1e3})`
  ],
  "worker-memory": [
    "--worker-memory SIZE",
    `memory one file may take (default ${byteSize(DEFAULT_WORK_MEMORY_BYTES)}): each worker thread's heap limit, and a file needing more to parse (about ${MEMORY_PER_SOURCE_BYTE} bytes per byte) is refused before it is read`
  ],
  option: ["--option KEY=VALUE", "pass an option to the transforms (repeatable)"],
  "ignore-pattern": ["--ignore-pattern PAT", "leave out files matching PAT (.gitignore syntax; repeatable)"],
  quiet: ["-q, --quiet", "stderr shows errors only, and one line saying why the run does not exit 0: no warnings, infos, summary or hint"],
  "max-warnings": [
    "--max-warnings N",
    "up to N warnings (changes to make by hand) do not make the run exit 1 (default: any warning does; -1: no limit); a rule set to error in the config always does"
  ],
  "diagnostic-level": [
    "--diagnostic-level LEVEL",
    "info (default), warning or error: the mildest findings the text report and GitHub annotations show (JSON and SARIF keep all)"
  ],
  baseline: ["--baseline FILE", "findings listed in FILE are known: only new ones count; its stale entries are listed"],
  "write-baseline": ["--write-baseline FILE", "check: record the findings that need a person in FILE (never a change the tool can make)"],
  "prune-baseline": ["--prune-baseline", "check: drop the stale entries of the --baseline file"],
  color: [
    "--color, --no-color",
    "force or suppress colour (default: only on a terminal; the flag wins over NO_COLOR; FORCE_COLOR and TERM=dumb are honoured)"
  ],
  progress: [
    "--progress, --no-progress",
    `progress bar on stderr, only on a terminal (default: runs of ${PROGRESS_MIN_FILES}+ files; --progress: any run; never with ${machineReadableFormats()})`
  ],
  help: ["-h, --help", "show this help (ucma-codemod <command> --help: that command only)"],
  version: ["-v, --version", "show the version"]
});
var overview = () => [
  `Paths are files, folders or quoted globs (default: the current folder). Folders are searched for ${describeReadFiles()} files, skipping .git/, node_modules/, bin/, obj/ and, inside a git work tree, what .gitignore ignores. Symbolic links are not followed.`,
  "Settings shared by the CLI, the hook and CI: ucma-codemod.config.json (the nearest one upwards: transforms, options, ignore, maxFileSize, severity per transform or transform/rule, maxWarnings, diagnosticLevel, baseline) and .ucma-codemodignore; flags win over the file.",
  `A finding a person keeps: ${describeSuppressionComments()} on the line before it, a severity in the config, or a baseline (check --write-baseline FILE).`
];
var EXIT_STATUS = "Exit status: 0 nothing left to do (or changes printed/written); 1 a change is still needed (check: any change that is not an info; every command: a change that must be made by hand, or a finding of a rule set to error; review: a skipped change); findings suppressed in the code or known from the baseline do not count; 2 usage error or a file could not be processed (after processing the other files).";
var STREAMS = "stdout carries only the product (the output format); the patch and names are written file by file as the run goes, in file order; diagnostics and the summary go to stderr as path:line:col: severity: message, after the product.";
function formatList() {
  return OUTPUT_FORMATS.map((format) => {
    const notes = [format.summary, ...format.defaultFor?.length ? [`default of ${format.defaultFor.join(" and ")}`] : []];
    return `${format.name} (${format.commands.join(", ")}: ${notes.join("; ")})`;
  }).join(", ");
}
function machineReadableFormats() {
  const names = OUTPUT_FORMATS.filter((format) => format.machineReadable).map((format) => format.name);
  return names.length <= 1 ? names[0] ?? "" : `${names.slice(0, -1).join(", ")} or ${names.at(-1)}`;
}
function byteSize(bytes) {
  if (bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)}M`;
  if (bytes % 1024 === 0) return `${bytes / 1024}k`;
  return String(bytes);
}
function helpWidth(stream) {
  const columns = stream.isTTY && stream.columns ? stream.columns : 80;
  return Math.max(40, Math.min(columns, 120)) - 1;
}
function paragraph(text, width, indent = "") {
  return wrapText(text, width - indent.length).map((line2) => `${indent}${line2}`);
}
function rows(entries, width, maxLabel = 28) {
  const labelWidth = Math.min(Math.max(...entries.map(([label]) => label.length)), maxLabel);
  const column = 2 + labelWidth + 2;
  const narrow = width - column < 30;
  return entries.flatMap(([label, text]) => {
    if (narrow) return [`  ${label}`, ...paragraph(text, width, "      ")];
    const wrapped = wrapText(text, width - column);
    const first = label.length <= labelWidth ? `  ${label.padEnd(labelWidth)}  ${wrapped[0] ?? ""}` : `  ${label}`;
    const rest = label.length <= labelWidth ? wrapped.slice(1) : wrapped;
    return [first, ...rest.map((line2) => `${" ".repeat(column)}${line2}`)];
  });
}
function helpText(command2, width) {
  const lines = [];
  if (command2 === void 0) {
    lines.push(...paragraph("ucma-codemod: codemods for Microsoft UCMA sample code, as reviewable patches.", width), "", "Usage:");
    lines.push(
      ...rows(
        Object.values(commandHelp()).flatMap(
          (help) => help.usage.map((usage, index) => [`ucma-codemod ${usage}`, index === 0 ? help.summary : ""])
        ),
        width,
        32
      )
    );
    for (const text of overview()) lines.push("", ...paragraph(text, width));
    lines.push("", "Options:", ...rows(Object.values(optionHelp()), width));
    lines.push("", ...paragraph(EXIT_STATUS, width), "", ...paragraph(STREAMS, width));
  } else {
    const help = commandHelp()[command2];
    lines.push(
      ...help.usage.map((usage, index) => `${index === 0 ? "Usage: " : "       "}ucma-codemod ${usage}`),
      "",
      ...paragraph(help.description, width)
    );
    const options2 = [...help.options, "help"].map((key) => optionHelp()[key]);
    lines.push("", "Options:", ...rows(options2, width));
    if (help.options.length > 0) lines.push("", ...paragraph(EXIT_STATUS, width));
  }
  return `${lines.map((line2) => line2.trimEnd()).join("\n")}
`;
}

// src/cli/main.ts
init_parse_args();
init_resolve_transforms();
init_apply_config();
async function main(argv, io) {
  try {
    const parsed = parseCliArgs(argv);
    const options2 = parsed.command === "new" || parsed.command === "install-hook" || parsed.command === "lsp" || parsed.help || parsed.version ? parsed : applyProjectConfig(parsed, io.cwd, io.env);
    if (!options2.quiet) for (const notice of options2.notices ?? []) io.stderr.write(`${notice}
`);
    if (options2.help) return writeAndReturn(io.stdout, helpText(options2.command, helpWidth(io.stdout)), ExitCode.Ok);
    if (options2.version) return writeAndReturn(io.stdout, `${packageVersion()}
`, ExitCode.Ok);
    switch (options2.command) {
      case void 0:
        return writeAndReturn(io.stderr, `${helpText(void 0, helpWidth(io.stderr))}
ucma-codemod: no command given
`, ExitCode.Error);
      case "new":
        return await (await Promise.resolve().then(() => (init_new_command(), new_command_exports))).newCommand(options2.paths[0], io);
      case "install-hook":
        return await (await Promise.resolve().then(() => (init_install_hook_command(), install_hook_command_exports))).installHookCommand(io);
      case "test":
        return await (await Promise.resolve().then(() => (init_test_command(), test_command_exports))).testCommand(options2.paths, options2, io);
      case "lsp":
        return await (await Promise.resolve().then(() => (init_lsp_command(), lsp_command_exports))).lspCommand(options2, io);
      default:
        break;
    }
    const { transforms, severities } = settleSeverities(
      options2,
      await resolveTransforms(options2.transforms, io.cwd, options2.transformsFromConfig, {
        ...options2.fileTimeoutSeconds === void 0 ? {} : { timeBudgetMs: options2.fileTimeoutSeconds * 1e3 },
        ...options2.workerMemory === void 0 ? {} : { memoryMb: Math.floor(options2.workerMemory / 1024 / 1024) }
      })
    );
    const settled = { ...options2, severities };
    switch (options2.command) {
      case "list":
        return await (await Promise.resolve().then(() => (init_list_command(), list_command_exports))).listCommand(transforms, settled, io);
      case "review":
        return await (await Promise.resolve().then(() => (init_review_command(), review_command_exports))).reviewCommand(settled, transforms, io);
      default:
        return await fileCommand(options2.command, settled, transforms, io);
    }
  } catch (thrown) {
    if (thrown instanceof UserError) return writeAndReturn(io.stderr, formatUserError(thrown), thrown.exitCode);
    const detail = thrown instanceof Error ? thrown.stack ?? thrown.message : String(thrown);
    return writeAndReturn(
      io.stderr,
      `ucma-codemod: internal error: ${detail}
Please report it with the command you ran.
`,
      ExitCode.Error
    );
  }
}

// src/cli/bin.ts
async function run() {
  watchOutput(process.stdout);
  watchOutput(process.stderr);
  const status = await main(process.argv.slice(2), {
    // process.stdin is made when first read (a stream over the terminal or pipe costs a few
    // milliseconds to set up): most commands never read it.
    get stdin() {
      return process.stdin;
    },
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    env: process.env
  });
  await new Promise((resolve22) => setImmediate(resolve22));
  const failure = outputFailure(process.stdout);
  if (failure !== void 0 && !isClosedPipeError(failure) && status < 2) {
    process.stderr.write(`ucma-codemod: cannot write the output to stdout: ${describeFsError(failure)}
`);
    process.exitCode = 2;
  } else process.exitCode = status;
}
void run();
