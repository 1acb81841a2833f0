import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, LookupFunction } from 'node:net';

export interface Peer {
    port: number;
    /** TCP connections accepted (a refused fetch must not even connect). */
    connections: number;
    /** Requests received, with their headers. */
    requests: IncomingMessage['headers'][];
    close(): Promise<void>;
}

/** A real HTTP server on port 0 that counts what reaches it; `::` also takes IPv4 (and IPv4-mapped) connections. */
export async function startPeer(handler: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.end('internal data'), host = '::'): Promise<Peer> {
    const server: Server = createServer((req, res) => {
        peer.requests.push(req.headers);
        handler(req, res);
    });
    const peer: Peer = {
        port: 0,
        connections: 0,
        requests: [],
        close: () => new Promise<void>((resolve) => {
            server.closeAllConnections();
            server.close(() => resolve());
        })
    };
    server.on('connection', () => peer.connections++);
    await new Promise<void>((resolve) => server.listen(0, host, resolve));
    peer.port = (server.address() as AddressInfo).port;
    return peer;
}

/** A port nothing listens on (connections are refused). */
export async function closedPort(): Promise<number> {
    const peer = await startPeer(undefined, '127.0.0.1');
    await peer.close();
    return peer.port;
}

/**
 * Name resolution for tests, without touching /etc/hosts: `*.test.example` resolves to
 * 127.0.0.1 (a hostile DNS answer), `nowhere.test.example` does not resolve; others as usual.
 */
export const testLookup: LookupFunction = (hostname, options, callback) => {
    if (!hostname.endsWith('.test.example')) {
        dnsLookup(hostname, options, callback as never);
        return;
    }
    if (hostname.startsWith('nowhere.')) {
        callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' }), '', 4);
        return;
    }
    const address: LookupAddress = { address: '127.0.0.1', family: 4 };
    if (options.all) (callback as unknown as (err: null, addresses: LookupAddress[]) => void)(null, [address]);
    else callback(null, address.address, address.family);
};
