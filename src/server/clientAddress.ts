import { isIPv4, isIPv6 } from 'node:net';
import type { Request } from 'restify';

/**
 * The client's address: the socket's peer, or with `trustedProxies` > 0 the X-Forwarded-For entry
 * that many hops from the right (each trusted proxy appends the address it saw; entries further
 * left are whatever the client wrote).
 */
export function clientAddress(req: Request, trustedProxies: number): string {
    const peer = req.socket.remoteAddress ?? 'unknown';
    if (trustedProxies <= 0) return peer;
    const header = req.headers['x-forwarded-for'];
    const hops = (Array.isArray(header) ? header.join(',') : header ?? '').split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');
    if (hops.length === 0) return peer;
    const chosen = hops[Math.max(0, hops.length - trustedProxies)] ?? peer;
    return isIPv4(chosen) || isIPv6(chosen) ? chosen : peer;
}

/**
 * The key an address is counted under: IPv4 as is (also when IPv4-mapped), IPv6 by its /64
 * network, since one subscriber usually holds a whole /64.
 */
export function addressKey(address: string): string {
    const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address)?.[1];
    if (mapped) return mapped;
    if (!isIPv6(address)) return address;
    const [head = '', tail = ''] = address.split('::');
    const groups = (part: string) => (part === '' ? [] : part.split(':'));
    const left = groups(head);
    const right = groups(tail);
    const full = address.includes('::') ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right] : left;
    return `${full.slice(0, 4).map((group) => parseInt(group, 16).toString(16)).join(':')}::/64`;
}
