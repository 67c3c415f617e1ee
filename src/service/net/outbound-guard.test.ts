import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { guardedLookup, isPrivateAddress, outboundUrlProblem } from './outbound-guard.js';

describe('the outbound guard', () => {
  it.each([
    '127.0.0.1',
    '10.1.2.3',
    '172.16.0.1',
    '192.168.1.10',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '::1',
    '::',
    'fe80::1',
    'fd00::5',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
  ])('treats %s as private', (address) => {
    expect(isPrivateAddress(address)).toBe(true);
  });

  it.each(['93.184.216.34', '8.8.8.8', '2606:4700::1111', '172.32.0.1'])('treats %s as public', (address) => {
    expect(isPrivateAddress(address)).toBe(false);
  });

  it('refuses loopback URLs and names unless the operator allows the private network', () => {
    expect(outboundUrlProblem('http://127.0.0.1:8080/x', {})).toMatch(/RATCHET_ALLOW_PRIVATE_WEBHOOKS=1/);
    expect(outboundUrlProblem('http://localhost/x', {})).toMatch(/loopback or private/);
    expect(outboundUrlProblem('http://[::1]/x', {})).toMatch(/loopback or private/);
    expect(outboundUrlProblem('http://127.0.0.1/x', { RATCHET_ALLOW_PRIVATE_WEBHOOKS: '1' })).toBeUndefined();
    expect(outboundUrlProblem('https://api.example.com/x', {})).toBeUndefined();
    expect(outboundUrlProblem('file:///etc/passwd', {})).toMatch(/only http and https/);
    expect(outboundUrlProblem('https://user:pw@example.com/', {})).toMatch(/header/);
    expect(outboundUrlProblem('not a url', {})).toMatch(/not a URL/);
  });

  it('refuses at connection time a name that resolves to a private address', async () => {
    const server = createServer((_req, res) => res.end('secret admin page'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const outcome = await new Promise<string>((resolve) => {
      const req = request({ host: 'localhost', port, path: '/', lookup: guardedLookup({}) }, (res) => {
        resolve(`answered ${res.statusCode}`);
        res.resume();
      });
      req.on('error', (error) => resolve(error.message));
      req.end();
    });
    server.close();
    expect(outcome).toMatch(/localhost \((127\.0\.0\.1|::1)\) is a loopback or private address/);
  });
});
