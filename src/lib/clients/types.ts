/** The shapes of a client workspace: the client, the engagement and the client's view of the catalog. */
import type { Person } from '../../schemas/clients.ts';
import type { Catalog, SopEntry } from '../catalog/types.ts';
import type { Engagement } from './engagement.ts';
import type { ToolMap } from './tools.ts';
import type { Client } from '../../schemas/clients.ts';

/** A validated client folder, before the catalog is narrowed to it. */
export interface LoadedClient {
	/** The folder name under `clients/`. */
	id: string;
	/** `client.yaml` as users see its path. */
	file: string;
	data: Client;
	/** Procedures of the client's `sops/` folder: client-only ones and replacements of library SOPs. */
	sops: SopEntry[];
	/** The OBM's note from `welcome.md` (Markdown), or empty. */
	welcome: string;
	engagement: Engagement;
}

/** Who fills one role for the client. */
export interface RoleHolder {
	role: string;
	/** The role's title in the library, such as "Virtual assistant". */
	roleTitle: string;
	/** Names of the people in the role; empty when nobody is named (the role keeps its title). */
	people: Person[];
	kind: 'client' | 'practice' | 'subcontractor' | 'staff';
}

export interface ClientWorkspace {
	client: {
		id: string;
		business: string;
		owner: string;
		email: string;
		timezone: string;
		locale: string;
		/** Where the handbook is served; feeds link there. */
		url: string;
		/** The OBM's note, Markdown. */
		welcome: string;
	};
	engagement: Engagement;
	/** The catalog as this client's handbook publishes it: their SOPs, names, tools, time zone. */
	catalog: Catalog;
	/** Every role of the client's procedures, with the people in it, in `roles.yaml` order. */
	people: RoleHolder[];
	tools: ToolMap;
	/** Ids of SOPs whose text comes from the client's own folder. */
	ownSops: string[];
}
