// The address policy: every private, loopback, link-local, reserved and IPv4-embedding form is refused; public ones pass.
import { BlockList, isIP } from 'node:net';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ipFamily, isPublicAddress } from '../../src/server/fetch/address-policy.js';

/** The classifier as it was on node:net (before it became runtime-neutral for the edge), kept as the reference. */
function nodeReference(): (address: string) => boolean {
  const v4 = new BlockList();
  const v6 = new BlockList();
  for (const [net, prefix] of [['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12], ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.88.99.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24], ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4]] as const) v4.addSubnet(net, prefix, 'ipv4');
  for (const [net, prefix] of [['::', 128], ['::1', 128], ['::', 96], ['::ffff:0:0', 96], ['::ffff:0:0:0', 96], ['64:ff9b::', 96], ['64:ff9b:1::', 48], ['2002::', 16], ['2001::', 32], ['100::', 64], ['2001:db8::', 32], ['fc00::', 7], ['fe80::', 10], ['fec0::', 10], ['ff00::', 8]] as const) v6.addSubnet(net, prefix, 'ipv6');
  return (address) => {
    const bare = address.startsWith('[') && address.endsWith(']') ? address.slice(1, -1) : address;
    const family = isIP(bare);
    if (family === 0) return false;
    return family === 4 ? !v4.check(bare, 'ipv4') : !v6.check(bare, 'ipv6');
  };
}

describe('isPublicAddress', () => {
  it.each([
    '0.0.0.0', '0.1.2.3', '127.0.0.1', '127.255.255.254', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254',
    '100.64.0.1', '100.127.255.255', '198.18.0.1', '198.19.255.255', '224.0.0.1', '239.255.255.250', '240.0.0.1', '255.255.255.255',
    '::', '::1', '[::1]', 'fe80::1', 'febf::1', 'fc00::1', 'fd12:3456::1', 'fec0::1', 'ff02::1',
    '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:8.8.8.8', '::127.0.0.1', '::7f00:1', '64:ff9b::7f00:1', '2002:7f00:1::1',
    // IPv4-translated (RFC 2765, ::ffff:0:0:0/96): loopback, metadata and public IPv4 inside alike.
    '::ffff:0:7f00:1', '[::ffff:0:7f00:1]', '::ffff:0:127.0.0.1', '::ffff:0:a9fe:a9fe', '::ffff:0:808:808',
    'not an address', 'localhost', '',
  ])('refuses %s', (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each(['8.8.8.8', '1.1.1.1', '93.184.216.34', '172.15.255.255', '172.32.0.1', '100.63.255.255', '100.128.0.1', '198.17.255.255', '198.20.0.1', '2606:4700:4700::1111', '2a00:1450:4001::1'])('allows %s', (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });

  it('agrees with the node:net classifier on random IPv4 and IPv6 addresses, and on which strings are addresses', () => {
    const reference = nodeReference();
    // Addresses near the blocked ranges' edges are likelier than uniform ones to find a disagreement.
    const edgy = fc.constantFrom(0, 1, 2, 10, 100, 127, 169, 172, 192, 198, 203, 224, 239, 240, 254, 255);
    const octet = fc.oneof(fc.integer({ min: 0, max: 255 }), edgy);
    const v4 = fc.tuple(octet, octet, octet, octet).map((parts) => parts.join('.'));
    const group = fc.oneof(fc.integer({ min: 0, max: 0xffff }), fc.constantFrom(0, 1, 0x64, 0xff9b, 0x2001, 0x2002, 0xdb8, 0xfc00, 0xfd00, 0xfe80, 0xfec0, 0xff00, 0xffff, 0x100));
    const v6 = fc.array(group, { minLength: 8, maxLength: 8 }).map((groups) => groups.map((g) => g.toString(16)).join(':'));
    const compressed = fc.tuple(fc.array(group, { maxLength: 3 }), fc.array(group, { maxLength: 3 })).map(([a, b]) => `${a.map((g) => g.toString(16)).join(':')}::${b.map((g) => g.toString(16)).join(':')}`);
    const mapped = fc.tuple(fc.constantFrom('::ffff:', '::', '::ffff:0:', '64:ff9b::'), v4).map(([prefix, address]) => prefix + address);
    fc.assert(fc.property(fc.oneof(v4, v6, compressed, mapped), (address) => {
      expect(isPublicAddress(address), address).toBe(reference(address));
      expect(isPublicAddress(`[${address}]`), address).toBe(reference(`[${address}]`));
    }), { numRuns: 2000 });
    for (const text of ['1.2.3', '1.2.3.4.5', '01.2.3.4', '0x7f.0.0.1', '127.1', '256.1.1.1', '::g', 'localhost', '', ' 1.2.3.4', '1:2:3:4:5:6:7:8:9', 'fe80::1%eth0', '::ffff:1.2.3.4']) {
      expect(ipFamily(text), text).toBe(isIP(text));
    }
  });
});
