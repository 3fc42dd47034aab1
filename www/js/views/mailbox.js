// Mailbox: an account's messages, newest first, a page at a time. Subjects, senders and snippets are
// written by strangers: they are only ever set as text (h() never parses HTML), under a CSP that
// forbids inline script besides.
import { h, fill, field, heading, errorBox, select, when } from '../ui.js';

const PAGE_SIZE = 10;

export async function mailboxView(container, { client, params: [id] }) {
  const accounts = [];
  for await (const account of client.accounts.list({ limit: 200 })) accounts.push(account);
  accounts.sort((a, b) => (a.email ?? '').localeCompare(b.email ?? ''));
  const choice = select([['', 'Choose an account'], ...accounts.map((a) => [a.id, a.email ?? a.id])], id ?? '');
  choice.addEventListener('change', () => { location.hash = choice.value ? `#/mailbox/${encodeURIComponent(choice.value)}` : '#/mailbox'; });
  container.append(heading('Mailbox'), h('div', { class: 'card' }, field('Account', choice)));
  if (!id) return;

  const list = h('ol', { class: 'messages', 'aria-label': 'Messages, newest first' });
  const status = h('p', { class: 'status', role: 'status' });
  const pager = h('nav', { class: 'pager', 'aria-label': 'Message pages' });
  container.append(status, list, pager);
  // The pages already fetched, so "Previous" needs no request; the iterator fetches the next one.
  const pages = [];
  const iterator = client.messages.list(id, { limit: PAGE_SIZE }).pages();
  let done = false;
  let index = 0;
  const load = async (to) => {
    try {
      while (pages.length <= to && !done) {
        const next = await iterator.next();
        if (next.done) done = true; else pages.push(next.value);
      }
    } catch (error) {
      fill(list);
      status.replaceChildren(errorBox(error));
      return;
    }
    index = Math.min(to, Math.max(pages.length - 1, 0));
    const page = pages[index]?.data ?? [];
    const last = done || !pages[index]?.nextCursor;
    status.textContent = page.length ? `Page ${index + 1}: messages ${index * PAGE_SIZE + 1}–${index * PAGE_SIZE + page.length}.` : 'No messages yet.';
    fill(list, page.map(messageItem));
    fill(pager,
      h('button', { type: 'button', text: 'Newer', disabled: index === 0, onclick: () => load(index - 1) }),
      h('button', { type: 'button', text: 'Older', disabled: last && index >= pages.length - 1, onclick: () => load(index + 1) }));
  };
  await load(0);
}

function messageItem(message) {
  const from = (message.from ?? []).map((p) => (p.name ? `${p.name} <${p.email}>` : p.email)).join(', ');
  return h('li', { class: `message${message.unread ? ' unread' : ''}`, 'data-id': message.id },
    h('p', { class: 'subject' }, h('strong', { text: message.subject || '(no subject)' })),
    h('p', { class: 'meta' }, h('span', { class: 'from', text: from }), ' · ', h('time', { text: when(message.date) }),
      message.unread ? h('span', { class: 'badge', text: 'unread' }) : null),
    h('p', { class: 'snippet', text: message.snippet ?? '' }));
}
