// The handler as a Cloudflare Worker (workerd): the same options as the Node server of the tests.
import { createHandler } from 'nylas-agent-accounts/server';
import { handlerOptions } from './handler-options.mjs';

let handler;
export default {
  fetch(request, env) {
    handler ??= createHandler(handlerOptions(env));
    return handler(request);
  },
};
