/**
 * A tiny static file server for built sites, on 127.0.0.1 and a free port, for browser tests.
 * `/path/` serves `path/index.html`; unknown paths get `404.html` (when present) with status 404.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.ics': 'text/calendar; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.webp': 'image/webp',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.wasm': 'application/wasm',
	'.pdf': 'application/pdf',
};

export interface StaticServer {
	/** Base URL without a trailing slash, such as `http://127.0.0.1:41234`. */
	url: string;
	close(): Promise<void>;
}

async function fileFor(root: string, pathname: string): Promise<string | undefined> {
	let decoded: string;
	try {
		decoded = decodeURIComponent(pathname);
	} catch {
		return undefined;
	}
	const candidate = resolve(root, `.${normalize(`/${decoded}`)}`);
	if (candidate !== root && !candidate.startsWith(root + sep)) return undefined;
	for (const path of decoded.endsWith('/') ? [join(candidate, 'index.html')] : [candidate, join(candidate, 'index.html')]) {
		const info = await stat(path).catch(() => undefined);
		if (info?.isFile()) return path;
	}
	return undefined;
}

/** Serves `dir` until `close()` is called. */
export async function serveStatic(dir: string): Promise<StaticServer> {
	const root = resolve(dir);
	const server: Server = createServer(async (request, response) => {
		const { pathname } = new URL(request.url ?? '/', 'http://localhost');
		let file = await fileFor(root, pathname);
		let status = 200;
		if (!file) {
			status = 404;
			file = await fileFor(root, '/404.html');
		}
		if (!file) {
			response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
			return;
		}
		response.writeHead(status, {
			'Content-Type': types[extname(file).toLowerCase()] ?? 'application/octet-stream',
			'Cache-Control': 'no-store',
		});
		if (request.method === 'HEAD') response.end();
		else createReadStream(file).pipe(response);
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		close: () =>
			new Promise<void>((done, fail) => {
				server.closeAllConnections();
				server.close((error) => (error ? fail(error) : done()));
			}),
	};
}
