// The preview page: asks the local server, renders the reply the way Discord does, follows content edits.
const $ = (id) => document.getElementById(id);
const form = $('ask-form');
const messageBox = $('message');
const report = $('report');
let lastAction; // { url, body }: re-run when the content changes
let version = -1;

const el = (tag, props = {}, ...children) => {
	const node = Object.assign(document.createElement(tag), props);
	node.append(...children.filter((c) => c !== undefined && c !== null));
	return node;
};

// Discord Markdown → HTML. Text is escaped first; only the markup below becomes elements.
const ESCAPES = /\\([\\*_~`|>#[\]()<\-.!+=:@])/g;
const escapeHtml = (s) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
function inline(text) {
	const parked = [];
	const park = (html) => `\ue000${parked.push(html) - 1}\ue001`;
	let s = text.replace(/`([^`\n]+)`/g, (_m, code) => park(`<code>${escapeHtml(code)}</code>`));
	s = s.replace(ESCAPES, (_m, c) => park(escapeHtml(c)));
	s = escapeHtml(s)
		.replace(/\[([^\]\n]+)\]\((https?:\/\/[^)\s]+)\)/g, '<a href="$2" rel="noreferrer noopener" target="_blank">$1</a>')
		.replace(/\*\*([^*\n]+)\*\*/g, '<strong>$1</strong>')
		.replace(/__([^_\n]+)__/g, '<u>$1</u>')
		.replace(/(^|[^\p{L}\p{N}*])\*([^*\n]+)\*(?![\p{L}\p{N}*])/gu, '$1<em>$2</em>')
		.replace(/(^|[^\p{L}\p{N}_])_([^_\n]+)_(?![\p{L}\p{N}_])/gu, '$1<em>$2</em>')
		.replace(/~~([^~\n]+)~~/g, '<s>$1</s>')
		.replace(/\|\|([^|\n]+)\|\|/g, '<span class="spoiler" tabindex="0">$1</span>');
	return s.replace(/\ue000(\d+)\ue001/g, (_m, i) => parked[Number(i)]);
}
function markdown(text) {
	const out = [];
	let list = [];
	const flush = () => {
		if (list.length > 0) out.push(`<ul>${list.map((i) => `<li>${inline(i)}</li>`).join('')}</ul>`);
		list = [];
	};
	for (const line of text.split('\n')) {
		const item = /^\s*[-*] (.*)$/.exec(line);
		if (item) {
			list.push(item[1]);
			continue;
		}
		flush();
		const quote = /^>>?>? ?(.*)$/.exec(line);
		const sub = /^-# (.*)$/.exec(line);
		const heading = /^(#{1,3}) (.*)$/.exec(line);
		if (quote) out.push(`<blockquote>${inline(quote[1])}</blockquote>`);
		else if (sub) out.push(`<span class="subtext">${inline(sub[1])}</span>`);
		else if (heading) out.push(`<strong>${inline(heading[2])}</strong>`);
		else out.push(inline(line));
	}
	flush();
	return out.join('\n').replace(/\n(?=<(ul|blockquote))|(<\/ul>|<\/blockquote>)\n/g, '$2');
}
const md = (className, text) => {
	const node = el('div', { className: `md ${className}` });
	node.innerHTML = markdown(text);
	return node;
};

function renderEmbed(embed) {
	const node = el('article', { className: 'embed' });
	if (embed.color !== undefined) node.style.borderLeftColor = `#${embed.color.toString(16).padStart(6, '0')}`;
	if (embed.title) node.append(el('h3', { className: 'embed-title', textContent: embed.title }));
	if (embed.description) node.append(md('embed-description', embed.description));
	for (const field of embed.fields ?? []) {
		node.append(
			el(
				'div',
				{ className: 'embed-field' },
				el('div', { className: 'embed-field-name', textContent: field.name }),
				md('', field.value),
			),
		);
	}
	if (embed.footer?.text) node.append(el('footer', { className: 'embed-footer', textContent: embed.footer.text }));
	return node;
}

function renderComponent(component, ephemeral) {
	if (component.type === 2) {
		const label = `${component.emoji?.name ? `${component.emoji.name} ` : ''}${component.label ?? ''}`.trim();
		if (component.style === 5 && component.url) {
			return el('a', {
				className: 'button style-5',
				href: component.url,
				textContent: label,
				target: '_blank',
				rel: 'noreferrer noopener',
			});
		}
		const button = el('button', {
			type: 'button',
			className: `button style-${component.style}`,
			textContent: label,
			disabled: !!component.disabled,
		});
		button.addEventListener('click', () =>
			post('/api/component', { customId: component.custom_id, values: [], ephemeral }),
		);
		return button;
	}
	if (component.type === 3) {
		const id = `select-${component.custom_id}`;
		const label = el('label', {
			className: 'visually-hidden',
			htmlFor: id,
			textContent: component.placeholder ?? 'Choose',
		});
		const select = el('select', { id });
		select.append(
			el('option', { value: '', textContent: component.placeholder ?? 'Choose…', disabled: true, selected: true }),
		);
		for (const option of component.options ?? []) {
			select.append(el('option', { value: option.value, textContent: option.label, title: option.description ?? '' }));
		}
		select.addEventListener('change', () =>
			post('/api/component', { customId: component.custom_id, values: [select.value], ephemeral }),
		);
		return el('div', { className: 'select' }, label, select);
	}
	return el('span', { textContent: `(component type ${component.type})` });
}

function renderOutcome(outcome) {
	messageBox.replaceChildren();
	if (!outcome) return;
	if (outcome.kind !== 'message') {
		const what =
			outcome.kind === 'modal'
				? `Discord would open a form: “${outcome.title}”.`
				: 'Discord would remove this message.';
		messageBox.append(el('p', { className: 'hint', textContent: what }));
		return;
	}
	const { message, ephemeral } = outcome;
	const body = el(
		'div',
		{ className: 'body' },
		el(
			'div',
			{},
			el('span', { className: 'author', textContent: 'Glossary' }),
			el('span', { className: 'tag', textContent: 'APP' }),
		),
	);
	if (message.content) body.append(md('content', message.content));
	for (const embed of message.embeds ?? []) body.append(renderEmbed(embed));
	const rows = el('div', { className: 'components' });
	for (const row of message.components ?? []) {
		rows.append(el('div', { className: 'row' }, ...(row.components ?? []).map((c) => renderComponent(c, ephemeral))));
	}
	if (rows.childElementCount > 0) body.append(rows);
	if (ephemeral) body.append(el('p', { className: 'ephemeral', textContent: 'Only you can see this' }));
	messageBox.append(
		el('div', { className: 'bot' }, el('div', { className: 'avatar', 'aria-hidden': 'true', textContent: 'G' }), body),
	);
}

function renderWhy(why) {
	const list = $('why');
	const top = $('top');
	list.replaceChildren();
	top.replaceChildren();
	if (!why) {
		list.append(
			el('dt', { textContent: 'Last action' }),
			el('dd', { textContent: 'a click, answered by the same router as the bot' }),
		);
		return;
	}
	const rows = [
		['Status', why.status],
		['Detected language', why.detectedLanguage ?? '—'],
		['Subject term', why.subject ? `${why.subject.title} (${why.subject.id})` : '—'],
		['Also named', why.mentioned?.join(', ') || '—'],
		['Section', why.section ? `${why.section.heading} (${why.section.id})` : '—'],
		['Section kinds', why.section?.kinds?.join(', ') || '—'],
		['Shape', why.shape],
	];
	if (why.suggestions?.length)
		rows.push([why.status === 'answer' ? 'Other candidates' : 'Did you mean', why.suggestions.join(' · ')]);
	for (const [name, value] of rows) list.append(el('dt', { textContent: name }), el('dd', { textContent: value }));
	for (const hit of why.top ?? []) {
		top.append(
			el(
				'li',
				{},
				`${hit.heading} `,
				el('span', {
					className: 'score',
					textContent: `${hit.score.toFixed(2)} · ${Math.round(hit.meaning * 100)}% of the meaning`,
				}),
			),
		);
	}
}

function renderStatus(status) {
	$('content-status').textContent =
		`Content: ${status.report.find((l) => /\d+ errors?,/.test(l)) ?? status.report.at(-1) ?? ''}`;
	report.hidden = status.ok;
	if (!status.ok) {
		renderWhy(undefined);
		$('why').replaceChildren();
		report.replaceChildren(
			el('h3', { textContent: 'The content is broken: the bot would not start. glossary-bot check says:' }),
			el('pre', { textContent: status.report.join('\n') }),
		);
		messageBox.replaceChildren();
	}
}

async function post(url, body) {
	const full = { ...body, locale: $('locale').value };
	lastAction = { url, body };
	const res = await fetch(url, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(full),
	});
	const data = await res.json();
	if (data.status) renderStatus(data.status);
	if (data.status && !data.status.ok) return;
	renderOutcome(data.outcome);
	renderWhy(data.why);
}

form.addEventListener('submit', (event) => {
	event.preventDefault();
	post('/api/ask', { command: $('command').value, text: $('text').value });
});

async function loadLocales() {
	const locales = await (await fetch('/api/locales')).json();
	const select = $('locale');
	const groups = [
		el('optgroup', { label: 'Answered in this language' }),
		el('optgroup', { label: 'Falls back to English' }),
	];
	for (const l of locales)
		groups[l.ours ? 0 : 1].append(el('option', { value: l.id, textContent: `${l.native} — ${l.name} (${l.id})` }));
	select.append(...groups);
	select.value = 'en-US';
}

function follow() {
	const events = new EventSource('/api/events');
	events.addEventListener('message', (event) => {
		const status = JSON.parse(event.data);
		const changed = version !== -1 && status.version !== version;
		version = status.version;
		renderStatus(status);
		document.body.dataset.contentVersion = String(status.version);
		if (changed && status.ok && lastAction) post(lastAction.url, lastAction.body);
	});
}

await loadLocales();
follow();
