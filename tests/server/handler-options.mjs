// The handler under test, built the same way in Node and in workerd from the same settings, so that one
// suite (cases.mjs) proves it in both. `env` holds what a deployment keeps in secrets and variables.
export const OPERATOR_TOKEN = 'operator-token-for-tests';

export function handlerOptions(env) {
  return {
    apiKey: env.NYLAS_API_KEY,
    apiUri: env.NYLAS_API_URI,
    serviceAccount: JSON.parse(env.SERVICE_ACCOUNT),
    basePath: '/api/nylas',
    allow: ['accounts.create', 'accounts.list', 'accounts.get', 'domains.list', 'domains.records'],
    allowedOrigins: ['https://admin.example.com'],
    maxBodyBytes: 2048,
    // A real page checks its session here; the tests use a bearer token.
    authorize: (request) => request.headers.get('authorization') === `Bearer ${OPERATOR_TOKEN}`,
  };
}
