// Which IP addresses the guarded fetcher may connect to: never private, loopback, link-local, reserved or IPv4-embedding.
import { BlockList, isIP } from 'node:net';

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

// Two lists: one BlockList matches IPv4 addresses against IPv6 rules too (as ::ffff:a.b.c.d), which would block them all.
const BLOCKED_V4 = new BlockList();
const BLOCKED_V6 = new BlockList();
for (const [net, prefix] of IPV4_BLOCKED) BLOCKED_V4.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of IPV6_BLOCKED) BLOCKED_V6.addSubnet(net, prefix, 'ipv6');

/** True when `address` (a literal IPv4 or IPv6 address, brackets allowed) is public and may be connected to. */
export function isPublicAddress(address: string): boolean {
  const bare = address.startsWith('[') && address.endsWith(']') ? address.slice(1, -1) : address;
  const family = isIP(bare);
  if (family === 0) return false;
  return family === 4 ? !BLOCKED_V4.check(bare, 'ipv4') : !BLOCKED_V6.check(bare, 'ipv6');
}
