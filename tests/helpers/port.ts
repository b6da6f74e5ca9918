/** A free TCP port on 127.0.0.1, for servers the tests start (dev, preview). */
import { createServer, type AddressInfo } from 'node:net';

/** Asks the system for a port nobody listens on, then lets it go for the server to take. */
export async function freePort(): Promise<number> {
	const probe = createServer();
	await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
	const { port } = probe.address() as AddressInfo;
	await new Promise((done) => probe.close(done));
	return port;
}
