/** The shapes of a loaded catalog: every entry with its id, file and body. */
import type { Area } from '../../schemas/areas.ts';
import type { Home } from '../../schemas/home.ts';
import type { Package } from '../../schemas/packages.ts';
import type { Role } from '../../schemas/roles.ts';
import type { Service } from '../../schemas/services.ts';
import type { Site } from '../../schemas/site.ts';
import type { Sop } from '../../schemas/sops.ts';
import type { Problem } from '../core/problems.ts';

/** Fields every entry read from a file carries. */
export interface EntryMeta {
	id: string;
	/** File path shown in messages. */
	file: string;
	/** Markdown body. */
	body: string;
}
export type AreaEntry = Area & EntryMeta;
export type ServiceEntry = Service & EntryMeta;
export type PackageEntry = Package & EntryMeta;
export type SopEntry = Sop & EntryMeta;

export interface Catalog {
	site: Site;
	/** The home page's words and the labels of calls to action (`home.yaml`). */
	home: Home;
	roles: Role[];
	areas: AreaEntry[];
	services: ServiceEntry[];
	packages: PackageEntry[];
	sops: SopEntry[];
}

export interface LoadResult {
	catalog: Catalog | undefined;
	problems: Problem[];
}
