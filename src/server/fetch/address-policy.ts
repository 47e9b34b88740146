// Which IP addresses the guarded fetchers may connect to: never private, loopback, link-local, reserved or IPv4-embedding (runtime-neutral: the edge handler uses it too).
import ipaddr from 'ipaddr.js';

const IPV4_BLOCKED: readonly (readonly [string, number])[] = [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.88.99.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24],
  ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
];

const IPV6_BLOCKED: readonly (readonly [string, number])[] = [
  ['::', 128], ['::1', 128],
  // Forms that embed an IPv4 address: IPv4-compatible, IPv4-mapped, IPv4-translated (RFC 2765), NAT64, 6to4, Teredo.
  ['::', 96], ['::ffff:0:0', 96], ['::ffff:0:0:0', 96], ['64:ff9b::', 96], ['64:ff9b:1::', 48], ['2002::', 16], ['2001::', 32],
  ['100::', 64], ['2001:db8::', 32], ['fc00::', 7], ['fe80::', 10], ['fec0::', 10], ['ff00::', 8],
];

const BLOCKED_V4 = IPV4_BLOCKED.map(([net, prefix]) => [ipaddr.IPv4.parse(net), prefix] as [ipaddr.IPv4, number]);
const BLOCKED_V6 = IPV6_BLOCKED.map(([net, prefix]) => [ipaddr.IPv6.parse(net), prefix] as [ipaddr.IPv6, number]);

const unbracketed = (address: string): string => (address.startsWith('[') && address.endsWith(']') ? address.slice(1, -1) : address);

/** 4 or 6 when `address` is a literal IP address as URLs and sockets write them (dotted-quad IPv4, brackets allowed for IPv6); 0 otherwise. */
export function ipFamily(address: string): 0 | 4 | 6 {
  const bare = unbracketed(address);
  if (ipaddr.IPv4.isValidFourPartDecimal(bare)) return 4;
  return bare.includes(':') && ipaddr.IPv6.isValid(bare) ? 6 : 0;
}

/** True when `address` (a literal IPv4 or IPv6 address, brackets allowed) is public and may be connected to. */
export function isPublicAddress(address: string): boolean {
  const bare = unbracketed(address);
  const family = ipFamily(bare);
  if (family === 4) {
    const parsed = ipaddr.IPv4.parse(bare);
    return !BLOCKED_V4.some((range) => parsed.match(range));
  }
  if (family === 6) {
    const parsed = ipaddr.IPv6.parse(bare);
    return !BLOCKED_V6.some((range) => parsed.match(range));
  }
  return false;
}
