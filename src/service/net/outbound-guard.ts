import { lookup as dnsLookup, promises as dnsPromises, type LookupAddress } from 'node:dns';
import { isIP } from 'node:net';

/**
 * The one guard for calls the server makes on a user's behalf (KPI sources, webhooks):
 * without it anyone who may edit a KPI could make the server fetch its own admin ports,
 * the cloud metadata service (169.254.169.254) or a database on the private network
 * (server-side request forgery). Loopback, private, link-local and other non-public
 * addresses are refused unless the operator sets RATCHET_ALLOW_PRIVATE_WEBHOOKS=1 (one
 * switch for every outbound call: webhooks, http sources and SQL sources).
 *
 * The check runs on the addresses a name resolves to, at connection time (see
 * `guardedLookup`), so a name that resolves to a public address when saved and a
 * private one later (DNS rebinding) is still refused.
 */
export class OutboundRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OutboundRefusedError';
  }
}

export const ALLOW_PRIVATE_SETTING = 'RATCHET_ALLOW_PRIVATE_WEBHOOKS';

export function privateAddressesAllowed(env: NodeJS.ProcessEnv = process.env): boolean {
  return env[ALLOW_PRIVATE_SETTING] === '1';
}

/** True for any address that is not on the public internet. */
export function isPrivateAddress(address: string): boolean {
  const version = isIP(address);
  if (version === 4) return isPrivateV4(address);
  if (version === 6) return isPrivateV6(address);
  // Not an address at all: treat as unsafe rather than guess.
  return true;
}

function isPrivateV4(address: string): boolean {
  const [a = 0, b = 0, c = 0] = address.split('.').map(Number);
  return (
    a === 0 || // "this network"
    a === 10 ||
    a === 127 ||
    (a === 100 && b >= 64 && b <= 127) || // carrier-grade NAT
    (a === 169 && b === 254) || // link-local, cloud metadata
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 192 && b === 0 && c === 0) ||
    (a === 198 && (b === 18 || b === 19)) || // benchmarking
    a >= 224 // multicast, reserved, broadcast
  );
}

function isPrivateV6(address: string): boolean {
  const lower = address.toLowerCase();
  const mapped =
    /^(?:0*:)*:?(?:ffff:)?(\d+\.\d+\.\d+\.\d+)$/.exec(lower) ?? /^64:ff9b::(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (mapped?.[1] !== undefined) return isPrivateV4(mapped[1]);
  const words = expandV6(lower);
  if (words === undefined) return true;
  const [first = 0] = words;
  if (words.every((w) => w === 0)) return true; // ::
  if (words.slice(0, 7).every((w) => w === 0) && words[7] === 1) return true; // ::1
  if (words.slice(0, 5).every((w) => w === 0) && words[5] === 0xffff) {
    return isPrivateV4(
      `${(words[6] ?? 0) >> 8}.${(words[6] ?? 0) & 255}.${(words[7] ?? 0) >> 8}.${(words[7] ?? 0) & 255}`,
    );
  }
  return (
    (first & 0xfe00) === 0xfc00 || // unique local
    (first & 0xffc0) === 0xfe80 || // link-local
    (first & 0xff00) === 0xff00 || // multicast
    (first === 0x2001 && words[1] === 0x0db8) // documentation
  );
}

function expandV6(address: string): number[] | undefined {
  const [head = '', tail, ...rest] = address.split('::');
  if (rest.length > 0) return undefined;
  const parse = (part: string) => (part === '' ? [] : part.split(':').map((w) => Number.parseInt(w, 16)));
  const left = parse(head);
  const right = tail === undefined ? [] : parse(tail);
  const fill = tail === undefined ? 0 : 8 - left.length - right.length;
  const words = [...left, ...new Array<number>(Math.max(fill, 0)).fill(0), ...right];
  return words.length === 8 && words.every((w) => Number.isInteger(w) && w >= 0 && w <= 0xffff)
    ? words
    : undefined;
}

/**
 * What is wrong with calling this URL, in words for its owner, or undefined when it may
 * be called. Only the scheme and a literal host are judged here; names are judged when
 * they resolve (`guardedLookup`).
 */
export function outboundUrlProblem(url: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `${JSON.stringify(url)} is not a URL; write it in full, like https://api.example.com/metrics`;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    return `only http and https URLs can be called, not ${parsed.protocol.replace(/:$/, '')}`;
  }
  if (parsed.username !== '' || parsed.password !== '') {
    return 'put credentials in a header (they are stored encrypted), not in the URL';
  }
  return hostProblem(parsed.hostname.replace(/^\[|\]$/g, ''), env);
}

/** Refuses a literal private address or `localhost`; names are judged when they resolve. */
export function hostProblem(host: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (privateAddressesAllowed(env)) return undefined;
  const literal = isIP(host) !== 0;
  if ((literal && isPrivateAddress(host)) || /^localhost\.?$|\.localhost\.?$/i.test(host)) {
    return refusal(host);
  }
  return undefined;
}

function refusal(host: string, address?: string): string {
  const where = address === undefined || address === host ? host : `${host} (${address})`;
  return `${where} is a loopback or private address, which Ratchet does not call on a user's behalf; use a public address, or set ${ALLOW_PRIVATE_SETTING}=1 on a server that should reach its own network`;
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * A `lookup` for `http.request`/`net.connect` that refuses names resolving to a private
 * address, checked on every address the name has, at the moment of connecting.
 */
export function guardedLookup(env: NodeJS.ProcessEnv = process.env) {
  return (hostname: string, options: { all?: boolean } | number, callback: LookupCallback): void => {
    dnsLookup(hostname, { all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      const bad = privateAddressesAllowed(env)
        ? undefined
        : addresses.find((a) => isPrivateAddress(a.address));
      if (bad)
        return callback(
          Object.assign(new OutboundRefusedError(refusal(hostname, bad.address)), {
            code: 'EREFUSED_PRIVATE',
          }),
          [],
        );
      const all = typeof options === 'object' && options.all === true;
      if (all) return callback(null, addresses);
      const first = addresses[0];
      if (!first)
        return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), []);
      return callback(null, first.address, first.family);
    });
  };
}

/** Resolves a host once and judges every address (for clients that take no `lookup`). */
export async function resolvedHostProblem(
  host: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string | undefined> {
  const literal = hostProblem(host, env);
  if (literal !== undefined || privateAddressesAllowed(env) || isIP(host) !== 0) return literal;
  try {
    const addresses = await dnsPromises.lookup(host, { all: true });
    const bad = addresses.find((a) => isPrivateAddress(a.address));
    return bad ? refusal(host, bad.address) : undefined;
  } catch {
    return `the host ${host} cannot be found; check its spelling`;
  }
}
