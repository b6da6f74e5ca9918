import { describe, expect, it } from 'vitest';
import { checklistMarkdown, escapeMarkdown, parseTicks, serializeTicks, storageKey } from '../../src/lib/handbook/checklist.ts';

describe('checklist rules', () => {
	it('keys ticks by SOP id', () => {
		expect(storageKey('office/reconcile-books')).toBe('opsbook:checklist:office/reconcile-books');
	});

	it('stores ticked item texts and reads them back', () => {
		expect([...parseTicks(serializeTicks(['Send the note', 'File it']))]).toEqual(['Send the note', 'File it']);
	});

	it('reads missing, malformed or foreign storage as no ticks', () => {
		for (const raw of [null, '', 'not json', '[1,2]', '{"checked":"x"}', 'null']) expect(parseTicks(raw).size).toBe(0);
		expect([...parseTicks('{"checked":["a",2,null]}')]).toEqual(['a']);
	});

	it('writes a GitHub task list with ticked and open items', () => {
		expect(
			checklistMarkdown('Reconcile the books', [
				{ text: 'Download statements', done: true },
				{ text: 'Match transactions', done: false },
			]),
		).toBe('## Reconcile the books\n\n- [x] Download statements\n- [ ] Match transactions\n');
	});

	it('escapes characters that would turn item text into Markdown', () => {
		expect(escapeMarkdown('Use *bold* [links] and `code` #1 | <b>')).toBe('Use \\*bold\\* \\[links\\] and \\`code\\` \\#1 \\| \\<b\\>');
	});
});
