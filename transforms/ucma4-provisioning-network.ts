// IPv6 readiness: Dns use and IP addresses written into UCMA settings (review items), and the
// switches that turn UCMA 4.0's IPv6 support off (a last resort).
import type { SyntaxNode } from '../src/index.js';
import { calleeParts, descendantsInFunction, enclosingFunction, referenceKey, unwrap } from './ucma4-provisioning-flow.js';
import type { FileAnalysis } from './ucma4-provisioning-findings.js';

const DNS = 'System.Net.Dns';
const IP_ADDRESS = 'System.Net.IPAddress';
const CONNECTION_MANAGER = 'Microsoft.Rtc.Signaling.RealTimeConnectionManager';
const IPV6_SWITCHES = new Set(['IpV6SupportDisabled', 'IpV6StackSupportDisabled']);
/** Dns members that only read the local host's name. */
const NAME_ONLY = new Set(['GetHostName']);
/** Dns members whose result is a host entry (its HostName alone is harmless). */
const HOST_ENTRY = new Set(['GetHostEntry', 'GetHostByName', 'Resolve', 'EndGetHostEntry']);
// IPv4 addresses written into code; IPv6Any and IPv6Loopback are what dual stack adds, not an assumption to review.
const FIXED_ADDRESSES = new Set(['Any', 'Loopback', 'Broadcast', 'None']);

export function checkNetwork(file: FileAnalysis): void {
  const ucmaFile = /\bMicrosoft\.Rtc\b/.test(file.text);
  for (const call of file.nodes('invocation_expression')) {
    const parts = calleeParts(call);
    if (!parts?.receiver) continue;
    if (parts.name === 'DisableIpV6Support' && file.resolver.isSameOrDerived(file.resolver.typeOf(parts.receiver), CONNECTION_MANAGER)) {
      file.findings.warn(
        'ipv6-disabled',
        call,
        'DisableIpV6Support() turns IPv6 off for this connection manager: a last resort, after which the application does not work with an IPv6-only Lync Server 2013 pool.',
      );
      continue;
    }
    // Resolved only where the receiver is spelled like the class (`Dns`, `System.Net.Dns`, an alias is missed).
    if (ucmaFile && /(^|\.)Dns$/.test(parts.receiver.text) && isType(file, parts.receiver, DNS)) checkDns(file, call, parts.name);
  }
  for (const assignment of file.nodes('assignment_expression')) checkSwitch(file, assignment);
  if (!ucmaFile) return;
  for (const access of file.nodes('member_access_expression')) {
    const name = access.childForFieldName('name')?.text ?? '';
    const receiver = access.childForFieldName('expression');
    if (!FIXED_ADDRESSES.has(name) || !receiver || !isType(file, receiver, IP_ADDRESS)) continue;
    checkAddress(file, access, `IPAddress.${name}`);
  }
  for (const call of file.nodes('invocation_expression')) {
    const parts = calleeParts(call);
    if (parts?.name === 'Parse' && parts.receiver && isType(file, parts.receiver, IP_ADDRESS))
      checkAddress(file, call, 'a parsed IP address');
  }
}

function isType(file: FileAnalysis, node: SyntaxNode, fullName: string): boolean {
  const meaning = file.resolver.meaningOf(node);
  return meaning?.kind === 'type' && meaning.type.fullName === fullName;
}

function checkDns(file: FileAnalysis, call: SyntaxNode, member: string): void {
  if (NAME_ONLY.has(member)) return;
  if (HOST_ENTRY.has(member) && onlyHostNameRead(file, call)) return;
  file.findings.note(
    'ipv6-review',
    call,
    `Dns.${member}: check that this code does not assume one address per host, an IPv4 address first, or one machine per address; on an IPv6 or dual-stack pool a name resolves to several addresses of both families.`,
  );
}

/** `Dns.GetHostEntry(...).HostName`, or a local that holds the entry and is only read for its HostName. */
function onlyHostNameRead(file: FileAnalysis, call: SyntaxNode): boolean {
  const parent = call.parent;
  if (parent?.type === 'member_access_expression' && parent.childForFieldName('name')?.text === 'HostName') return true;
  const declarator = parent?.type === 'variable_declarator' ? parent : undefined;
  const name = declarator?.childForFieldName('name');
  const fn = declarator ? enclosingFunction(declarator) : undefined;
  if (!name || !fn) return false;
  const key = referenceKey(name, file.resolver);
  const uses = descendantsInFunction(fn, new Set(['identifier'])).filter(
    (id) => id.text === name.text && id.id !== name.id && referenceKey(id, file.resolver) === key,
  );
  return (
    uses.length > 0 &&
    uses.every((id) => id.parent?.type === 'member_access_expression' && id.parent.childForFieldName('name')?.text === 'HostName')
  );
}

/** An address that goes into UCMA: an argument of a UCMA call or constructor, or assigned to a UCMA object's member. */
function checkAddress(file: FileAnalysis, expression: SyntaxNode, what: string): void {
  const target = ucmaTarget(file, expression);
  if (!target) return;
  const dual = what === 'IPAddress.Any' ? ' Dual stack needs two listening addresses, IPAddress.Any and IPAddress.IPv6Any.' : '';
  file.findings.note(
    'ipv6-review',
    expression,
    `${what} is written into ${target}: review it for IPv6 (hosts are best named by FQDN; a provisioned platform chooses its listening addresses itself).${dual}`,
  );
}

function ucmaTarget(file: FileAnalysis, expression: SyntaxNode): string | undefined {
  let node = expression;
  while (node.parent && (node.parent.type === 'parenthesized_expression' || node.parent.type === 'cast_expression')) node = node.parent;
  const parent = node.parent;
  if (parent?.type === 'argument') {
    const call = parent.parent?.parent;
    if (call?.type === 'invocation_expression') {
      const parts = calleeParts(call);
      const receiverType = parts?.receiver ? file.resolver.typeOf(parts.receiver)?.fullName : undefined;
      return receiverType?.startsWith('Microsoft.Rtc.') ? `${simple(receiverType)}.${parts!.name}` : undefined;
    }
    if (call?.type === 'object_creation_expression') {
      const typeNode = call.childForFieldName('type');
      const type = typeNode ? file.resolver.resolveTypeNode(typeNode)?.fullName : undefined;
      return type?.startsWith('Microsoft.Rtc.') ? `new ${simple(type)}(...)` : undefined;
    }
    return undefined;
  }
  if (parent?.type === 'assignment_expression' && parent.childForFieldName('right')?.id === node.id) {
    const left = parent.childForFieldName('left');
    if (left?.type === 'member_access_expression') {
      const owner = file.resolver.typeOf(left.childForFieldName('expression')!)?.fullName;
      return owner?.startsWith('Microsoft.Rtc.') ? `${simple(owner)}.${left.childForFieldName('name')?.text}` : undefined;
    }
    // `new ServerPlatformSettings(...) { Property = value }`
    const creation = parent.parent?.type === 'initializer_expression' ? parent.parent.parent : undefined;
    const typeNode = creation?.type === 'object_creation_expression' ? creation.childForFieldName('type') : null;
    const type = typeNode ? file.resolver.resolveTypeNode(typeNode)?.fullName : undefined;
    return type?.startsWith('Microsoft.Rtc.') && left ? `${simple(type)}.${left.text}` : undefined;
  }
  return undefined;
}

function simple(fullName: string): string {
  return fullName.slice(fullName.lastIndexOf('.') + 1);
}

/** `settings.IpV6SupportDisabled = true` (also in an object initialiser) on UCMA platform settings. */
function checkSwitch(file: FileAnalysis, assignment: SyntaxNode): void {
  const left = assignment.childForFieldName('left');
  const right = assignment.childForFieldName('right');
  if (!left || !right) return;
  let owner: string | undefined;
  let name: string | undefined;
  if (left.type === 'member_access_expression') {
    name = left.childForFieldName('name')?.text;
    const type = file.resolver.typeOf(left.childForFieldName('expression')!);
    owner = type && name ? file.resolver.findMember(type, name)?.owner.fullName : undefined;
  } else if (left.type === 'identifier' && assignment.parent?.type === 'initializer_expression') {
    name = left.text;
    const typeNode =
      assignment.parent.parent?.type === 'object_creation_expression' ? assignment.parent.parent.childForFieldName('type') : null;
    const type = typeNode ? file.resolver.resolveTypeNode(typeNode) : undefined;
    owner = type ? file.resolver.findMember(type, name)?.owner.fullName : undefined;
  }
  if (!name || !IPV6_SWITCHES.has(name) || !owner?.startsWith('Microsoft.Rtc.')) return;
  const value = unwrap(right);
  if (value.type === 'boolean_literal' && value.text === 'false') return;
  const set = value.type === 'boolean_literal' ? 'sets it to true' : `sets it from ${value.text}`;
  const message = `${name} ${set}: turning IPv6 support off is a last resort, after which the application does not work with an IPv6-only Lync Server 2013 pool.`;
  if (value.type === 'boolean_literal') file.findings.warn('ipv6-disabled', assignment, message);
  else file.findings.note('ipv6-disabled', assignment, `${message} Check the value it runs with.`);
}
