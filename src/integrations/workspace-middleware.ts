/**
 * Client edition only: before a client's page renders, point the data modules at that client's
 * workspace (the `client` route parameter), so shared components show that client's names and tools.
 */
import { defineMiddleware } from 'astro:middleware';
import { selectWorkspace } from '../data/catalog.ts';

export const onRequest = defineMiddleware((context, next) => {
	const client = context.params['client'];
	if (client) selectWorkspace(client);
	return next();
});
