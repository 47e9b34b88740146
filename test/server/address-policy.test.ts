// The address policy: every private, loopback, link-local, reserved and IPv4-embedding form is refused; public ones pass.
import { describe, expect, it } from 'vitest';
import { isPublicAddress } from '../../src/server/fetch/address-policy.js';

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
});
