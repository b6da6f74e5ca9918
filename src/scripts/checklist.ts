/**
 * The only script on SOP pages: keeps checklist ticks in localStorage per SOP, resets them and copies
 * the checklist as Markdown. Without it the page still shows every item with a working checkbox.
 */
import { checklistMarkdown, parseTicks, serializeTicks, storageKey } from '../lib/handbook/checklist.ts';

/** localStorage, or null where the browser refuses it (private modes, storage disabled). */
function storage(): Storage | null {
	try {
		const probe = 'opsbook:probe';
		localStorage.setItem(probe, probe);
		localStorage.removeItem(probe);
		return localStorage;
	} catch {
		return null;
	}
}

function enhance(root: HTMLElement): void {
	const sopId = root.dataset.sopId ?? location.pathname;
	const title = root.dataset.title ?? document.title;
	const key = storageKey(sopId);
	const store = storage();
	const boxes = [...root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
	const progress = root.querySelector<HTMLElement>('[data-checklist-progress]');
	const status = root.querySelector<HTMLElement>('[data-checklist-status]');
	const fallback = root.querySelector<HTMLElement>('[data-checklist-fallback]');
	const textarea = fallback?.querySelector('textarea');

	const say = (message: string) => {
		if (status) status.textContent = message;
	};
	const showProgress = () => {
		const done = boxes.filter((box) => box.checked).length;
		if (progress) progress.textContent = `${done} of ${boxes.length} done`;
		root.toggleAttribute('data-complete', done === boxes.length && done > 0);
	};
	const save = () => {
		const checked = boxes.filter((box) => box.checked).map((box) => box.value);
		if (!store) return;
		if (checked.length) store.setItem(key, serializeTicks(checked));
		else store.removeItem(key);
	};

	const ticks = parseTicks(store?.getItem(key) ?? null);
	for (const box of boxes) box.checked = ticks.has(box.value);
	showProgress();

	root.addEventListener('change', (event) => {
		if (!(event.target instanceof HTMLInputElement) || event.target.type !== 'checkbox') return;
		save();
		showProgress();
	});

	root.querySelector('[data-checklist-reset]')?.addEventListener('click', () => {
		for (const box of boxes) box.checked = false;
		store?.removeItem(key);
		showProgress();
		if (fallback) fallback.hidden = true;
		say('All ticks cleared.');
	});

	root.querySelector('[data-checklist-copy]')?.addEventListener('click', async () => {
		const markdown = checklistMarkdown(
			title,
			boxes.map((box) => ({ text: box.value, done: box.checked })),
		);
		try {
			if (!navigator.clipboard) throw new Error('no clipboard');
			await navigator.clipboard.writeText(markdown);
			if (fallback) fallback.hidden = true;
			say(`Copied ${boxes.length} items as a Markdown checklist.`);
		} catch {
			// Clipboard access needs permission or a secure page; show the text so it can be copied by hand.
			if (fallback && textarea) {
				textarea.value = markdown;
				fallback.hidden = false;
				textarea.focus();
				textarea.select();
			}
			say('Copying was blocked by the browser: the checklist is selected below, copy it with Ctrl+C or ⌘C.');
		}
	});

	const saved = root.querySelector<HTMLElement>('[data-checklist-saved]');
	if (saved)
		saved.textContent = store
			? 'Your ticks are kept in this browser until you reset them.'
			: 'This browser does not allow saving, so ticks last until you leave the page.';
	for (const element of root.querySelectorAll<HTMLElement>('[data-checklist-tools]')) element.hidden = false;
}

for (const root of document.querySelectorAll<HTMLElement>('[data-checklist]')) enhance(root);
