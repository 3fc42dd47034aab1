// The server entry's types as a strict consumer uses them (type-checked, not run).
import { createHandler, toNodeListener, type Handler, type HandlerOptions } from 'nylas-agent-accounts/server';

const options: HandlerOptions = {
  apiKey: 'nyk_x',
  basePath: '/api/nylas',
  allow: ['accounts.create', 'domains.*'],
  authorize: async (request: Request) => request.headers.get('cookie') !== null,
};
const handler: Handler = createHandler(options);
const local = createHandler({ apiKey: 'k', apiUri: 'http://127.0.0.1:4010', allow: ['accounts.list'], localOnly: true });
const answer: Promise<Response> = local(new Request('http://127.0.0.1/api/nylas/v3/grants'));
const listener: (req: unknown, res: unknown) => void = toNodeListener(handler);
void answer;
void listener;

// @ts-expect-error: an unknown method name is no HandlerOperation
createHandler({ apiKey: 'k', allow: ['accounts.nuke'], authorize: () => true });
// @ts-expect-error: neither authorize nor localOnly
createHandler({ apiKey: 'k', allow: ['accounts.list'] });
