/**
 * The "Accept this proposal" link: a `mailto:` to the practice with a plain-text summary of the
 * choice, or, when `site.yaml` sets `acceptanceUrl`, that form with the choice as query parameters.
 * The page's script builds the same link in the browser from `acceptConfig` (see addon-script);
 * without JavaScript the link carries the default choice (recommended package, no add-ons).
 */
import { formatMoney } from '../core/money.ts';
import type { ResolvedOption, ResolvedProposal } from './types.ts';

/** What the page's script needs to rebuild the link for any choice: figures per option, indexed by add-on mask. */
export interface AcceptConfig {
	kind: 'mailto' | 'url';
	/** The practice's email address, or the form's URL. */
	target: string;
	id: string;
	practice: string;
	business: string;
	options: { id: string | null; title: string; termMonths: number; monthly: string[]; oneTime: string[]; contract: string[] }[];
	addons: { id: string; title: string }[];
}

/** The configuration of the accept link of an open proposal. */
export function acceptConfig(proposal: ResolvedProposal): AcceptConfig {
	const money = (value: number) => formatMoney(value, proposal.site.locale, proposal.site.currency);
	return {
		kind: proposal.site.acceptanceUrl ? 'url' : 'mailto',
		target: proposal.site.acceptanceUrl ?? proposal.site.email,
		id: proposal.id,
		practice: proposal.site.name,
		business: proposal.client.business,
		options: proposal.options.map((option: ResolvedOption) => ({
			id: proposal.alaCarte ? null : option.package.id,
			title: option.package.title,
			termMonths: option.termMonths,
			monthly: option.choices.map((totals) => money(totals.monthlyTotal)),
			oneTime: option.choices.map((totals) => money(totals.oneTimeTotal)),
			contract: option.choices.map((totals) => money(totals.minimumContractValue)),
		})),
		addons: proposal.addons.map((line) => ({ id: line.service.id, title: line.service.title })),
	};
}

/** `encodeURIComponent`, plus the five characters it leaves that Markdown links and some mail clients misread. */
export function encodeStrict(text: string): string {
	return encodeURIComponent(text).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** The link for option `optionIndex` with the add-ons of bit mask `mask` ticked. Mirrored by the page's script. */
export function acceptHref(config: AcceptConfig, optionIndex: number, mask: number): string {
	const option = config.options[optionIndex];
	if (!option) throw new RangeError(`no option ${optionIndex}`);
	const chosen = config.addons.filter((_, bit) => mask & (1 << bit));
	if (config.kind === 'url') {
		const params = [`proposal=${encodeStrict(config.id)}`];
		if (option.id !== null) params.push(`package=${encodeStrict(option.id)}`);
		for (const addon of chosen) params.push(`addon=${encodeStrict(addon.id)}`);
		return `${config.target}${config.target.includes('?') ? '&' : '?'}${params.join('&')}`;
	}
	const body = [
		`I accept proposal ${config.id} from ${config.practice} for ${config.business}.`,
		'',
		`Package: ${option.title}`,
		`Add-ons: ${chosen.length ? chosen.map((addon) => addon.title).join(', ') : 'none'}`,
		`Monthly total: ${option.monthly[mask]}`,
		`One-time total: ${option.oneTime[mask]}`,
		`Minimum contract value: ${option.contract[mask]} over ${option.termMonths} months`,
		'',
		'Name:',
		'Date:',
	].join('\r\n');
	return `mailto:${config.target}?subject=${encodeStrict(`Accepting proposal ${config.id}`)}&body=${encodeStrict(body)}`;
}
