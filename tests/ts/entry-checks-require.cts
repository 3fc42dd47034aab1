// The checks-only entry from CommonJS under moduleResolution node16 (index.d.cts of checks/).
import { validateEmail, generateAppPassword } from 'nylas-agent-accounts/checks';
import type { EmailCheck } from 'nylas-agent-accounts/checks';

const check: EmailCheck = validateEmail('ada@acme.com');
const password: string = generateAppPassword(24);
void check; void password;

// @ts-expect-error generateAppPassword takes a number
generateAppPassword('24');
