// The demo build's banner: says where the data lives, and stands in for the outside world with the
// emulator's test hooks (a message arriving; DNS records published at a provider).
import { h, fill, field } from './ui.js';

/** Puts the banner above the page's header. `emulator`: the in-page emulator (its hooks). */
export function demoBanner(emulator) {
  const status = h('p', { class: 'status', role: 'status' });
  const done = (text) => fill(status, h('span', { class: 'ok', text }));
  const failed = (error) => fill(status, h('span', { class: 'warn', text: error.message }));

  const to = h('input', { type: 'email', name: 'to', autocomplete: 'off', spellcheck: 'false', required: true, placeholder: 'agent@demo.nylas.email' });
  const subject = h('input', { name: 'subject', autocomplete: 'off', value: 'Hello from the demo' });
  const deliver = h('form', { class: 'row', 'aria-label': 'Deliver a test message' },
    field('Deliver a message to', to), field('Subject', subject), h('button', { type: 'submit', text: 'Deliver' }));
  deliver.addEventListener('submit', (event) => {
    event.preventDefault();
    const message = { grant: to.value.trim(), from: { name: 'Demo sender', email: 'sender@example.com' }, subject: subject.value, body: `${subject.value}: a message delivered by the demo's emulator.` };
    emulator.deliverMessage(message).then(() => done(`Delivered "${subject.value}" to ${message.grant}: open it in Mailbox.`), failed);
  });

  const domain = h('input', { name: 'domain', autocomplete: 'off', spellcheck: 'false', required: true, placeholder: 'agents.acme.example' });
  const publish = h('form', { class: 'row', 'aria-label': 'Publish DNS records' },
    field('Publish the DNS records of', domain), h('button', { type: 'submit', text: 'Publish' }));
  publish.addEventListener('submit', (event) => {
    event.preventDefault();
    emulator.publishExpectedDns(domain.value.trim()).then(() => done(`Published the records of ${domain.value.trim()}: verify it in Domains.`), failed);
  });

  const banner = h('aside', { class: 'demo', 'aria-label': 'Demo mode' },
    h('p', {}, h('strong', { text: 'Demo: data lives in this tab.' }),
      ' An emulator of the Nylas API runs in this page; nothing is sent anywhere, and reloading starts over.'),
    h('details', {}, h('summary', { text: 'Play the outside world' }), deliver, publish), status);
  document.body.prepend(banner);
}
