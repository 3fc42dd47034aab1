// The fields of a create-account request, read the same way by the local checks and the client: a
// field of the wrong type becomes its string form, so it is reported by the checks rather than thrown.
const REQUEST_FIELDS = ['email', 'appPassword', 'name', 'policyId', 'workspaceId'];

export function requestFields(request) {
  const fields = {};
  for (const field of REQUEST_FIELDS) {
    if (request?.[field] != null) fields[field] = typeof request[field] === 'string' ? request[field] : String(request[field]);
  }
  return fields;
}
