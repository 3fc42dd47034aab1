// The benchmark's baseline (bench/www.mjs): the admin page's create form built on
// nylas-agent-accounts/checks only (address format and app-password checklist, no client, no API), to
// set the admin page's download and time to interactive beside what validation alone costs.
import { validateEmail, validateAppPassword, APP_PASSWORD_RULES } from '/pkg/checks/browser.js';

const el = (tag, text) => Object.assign(document.createElement(tag), text === undefined ? {} : { textContent: text });
const email = Object.assign(el('input'), { id: 'email', type: 'email' });
const password = Object.assign(el('input'), { id: 'password', type: 'password' });
const problems = el('ul');
const rules = APP_PASSWORD_RULES.map((rule) => el('li', `○ ${rule.label}`));
email.addEventListener('input', () => problems.replaceChildren(...validateEmail(email.value).problems.map((p) => el('li', `${p.message} Fix: ${p.fix}`))));
password.addEventListener('input', () => {
  const broken = new Set(validateAppPassword(password.value).problems.map((p) => p.code));
  APP_PASSWORD_RULES.forEach((rule, i) => { rules[i].textContent = `${broken.has(rule.code) ? '○' : '✓'} ${rule.label}`; });
});
const emailLabel = Object.assign(el('label', 'Email address'), { htmlFor: 'email' });
const passwordLabel = Object.assign(el('label', 'App password'), { htmlFor: 'password' });
const list = el('ul');
list.append(...rules);
document.getElementById('view').replaceChildren(el('h1', 'Create an account'), emailLabel, email, problems, passwordLabel, password, list);
performance.mark('nylas-admin:interactive');
