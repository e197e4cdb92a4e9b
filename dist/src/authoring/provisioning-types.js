// The .NET Framework types the provisioning rules follow besides UCMA's and the base library's
// (DNS and IP addresses, configuration, processes, PowerShell hosting), written from the .NET
// reference, and the table the provisioning pack resolves with: these and the UCMA types with
// their start-up and provisioning members (see ucma-types.ts). The base library (System.Exception,
// collections, delegates) is system-types.ts, which the resolver always has.
import { KnownTypeTable } from './known-types.js';
import { UCMA_TYPES, withProvisioningMembers } from './ucma-types.js';
const SMA = 'System.Management.Automation';
const RUNSPACES = `${SMA}.Runspaces`;
const property = (type) => (type ? { kind: 'property', type } : { kind: 'property' });
const field = (type) => (type ? { kind: 'field', type } : { kind: 'field' });
const method = (type) => (type ? { kind: 'method', type } : { kind: 'method' });
function cls(fullName, base, members = {}) {
    return { fullName, kind: 'class', members, ...(base ? { base } : {}) };
}
const PROVISIONING_SYSTEM_TYPES = [
    cls('System.Net.Dns', undefined, {
        GetHostEntry: method('System.Net.IPHostEntry'),
        GetHostByName: method('System.Net.IPHostEntry'),
        Resolve: method('System.Net.IPHostEntry'),
        GetHostAddresses: method(),
        GetHostName: method('System.String'),
        BeginGetHostEntry: method(),
        EndGetHostEntry: method('System.Net.IPHostEntry'),
        BeginGetHostAddresses: method(),
        EndGetHostAddresses: method(),
        GetHostEntryAsync: method(),
        GetHostAddressesAsync: method(),
    }),
    cls('System.Net.IPHostEntry', undefined, { HostName: property('System.String'), AddressList: property(), Aliases: property() }),
    cls('System.Net.IPAddress', undefined, {
        Any: field('System.Net.IPAddress'),
        Loopback: field('System.Net.IPAddress'),
        Broadcast: field('System.Net.IPAddress'),
        None: field('System.Net.IPAddress'),
        IPv6Any: field('System.Net.IPAddress'),
        IPv6Loopback: field('System.Net.IPAddress'),
        IPv6None: field('System.Net.IPAddress'),
        Parse: method('System.Net.IPAddress'),
    }),
    cls('System.Configuration.ConfigurationManager', undefined, {
        AppSettings: property('System.Collections.Specialized.NameValueCollection'),
    }),
    cls('System.Collections.Specialized.NameValueCollection', undefined, { Get: method('System.String') }),
    cls('System.Diagnostics.Process', undefined, { Start: method('System.Diagnostics.Process') }),
    cls('System.Diagnostics.ProcessStartInfo', undefined, { FileName: property('System.String'), Arguments: property('System.String') }),
    // PowerShell hosting: a runspace is local unless it is made from connection information.
    cls(`${RUNSPACES}.InitialSessionState`, undefined, {
        CreateDefault: method(`${RUNSPACES}.InitialSessionState`),
        CreateDefault2: method(`${RUNSPACES}.InitialSessionState`),
        Create: method(`${RUNSPACES}.InitialSessionState`),
        ImportPSModule: method(),
    }),
    cls(`${RUNSPACES}.RunspaceFactory`, undefined, { CreateRunspace: method(`${RUNSPACES}.Runspace`) }),
    cls(`${RUNSPACES}.Runspace`, undefined, { CreatePipeline: method(`${RUNSPACES}.Pipeline`), Open: method() }),
    cls(`${RUNSPACES}.Pipeline`, undefined, { Commands: property(`${RUNSPACES}.CommandCollection`), Invoke: method() }),
    cls(`${RUNSPACES}.CommandCollection`, undefined, { Add: method(), AddScript: method() }),
    cls(`${RUNSPACES}.Command`, undefined, { Parameters: property(`${RUNSPACES}.CommandParameterCollection`) }),
    cls(`${RUNSPACES}.CommandParameterCollection`, undefined, { Add: method() }),
    cls(`${RUNSPACES}.RunspaceConnectionInfo`, undefined),
    cls(`${RUNSPACES}.WSManConnectionInfo`, `${RUNSPACES}.RunspaceConnectionInfo`),
    cls(`${SMA}.PowerShell`, undefined, {
        Create: method(`${SMA}.PowerShell`),
        AddScript: method(`${SMA}.PowerShell`),
        AddCommand: method(`${SMA}.PowerShell`),
        AddParameter: method(`${SMA}.PowerShell`),
        AddArgument: method(`${SMA}.PowerShell`),
        AddStatement: method(`${SMA}.PowerShell`),
        Runspace: property(`${RUNSPACES}.Runspace`),
        Invoke: method(),
    }),
];
/** The UCMA types with their provisioning members, and the .NET types above. */
export const provisioningTypes = new KnownTypeTable([...withProvisioningMembers(UCMA_TYPES), ...PROVISIONING_SYSTEM_TYPES]);
