// The service-worker entry has the same types as the main one.
import { ready, validateEmail } from 'nylas-agent-accounts/manual-init';

await ready();
const valid: boolean = validateEmail('ada@acme.com').valid;
void valid;
// @ts-expect-error validateEmail needs an address
validateEmail();
