// Error classes of the package. Rust reports errors as JSON ({ name, code, message, ...fields });
// toError() turns such a report into an instance of the class it names, in this one place.

/** Base class of every error this package throws. */
export class AgentAccountsError extends Error {
  constructor(message, code, options) {
    super(message, options);
    this.name = 'AgentAccountsError';
    this.code = code;
  }
}

/** Input rejected before any request; `problems` lists every problem found. */
export class ValidationError extends AgentAccountsError {
  constructor(message, code = 'VALIDATION_ERROR', problems = []) {
    super(message, code);
    this.name = 'ValidationError';
    this.problems = problems;
  }
}

/** The Nylas API answered with an error. */
export class ApiError extends AgentAccountsError {
  constructor(message, code = 'API_ERROR', fields = {}) {
    super(message, code);
    this.name = 'ApiError';
    this.status = fields.status;
    this.type = fields.type;
    this.requestId = fields.requestId;
    this.retryAfter = fields.retryAfter;
    this.fix = fields.fix;
  }
}

/** The request could not be sent, or its response could not be read. */
export class NetworkError extends AgentAccountsError {
  constructor(message, code = 'NETWORK_ERROR') {
    super(message, code);
    this.name = 'NetworkError';
  }
}

/** No response arrived within `timeoutMs`; the request was cancelled. */
export class TimeoutError extends AgentAccountsError {
  constructor(message, code = 'TIMEOUT') {
    super(message, code);
    this.name = 'TimeoutError';
  }
}

/** The caller's AbortSignal cancelled the request. */
export class AbortError extends AgentAccountsError {
  constructor(message, code = 'ABORTED') {
    super(message, code);
    this.name = 'AbortError';
  }
}

/** Turns an error report from the wasm side (a JSON string) into an Error; passes other throws through. */
export function toError(thrown) {
  if (typeof thrown !== 'string') return thrown;
  let report;
  try {
    report = JSON.parse(thrown);
  } catch {
    return new AgentAccountsError(thrown, 'INTERNAL_ERROR');
  }
  const { name, code, message } = report;
  switch (name) {
    case 'ValidationError': return new ValidationError(message, code, report.problems ?? []);
    case 'ApiError': return new ApiError(message, code, report);
    case 'NetworkError': return new NetworkError(message, code);
    case 'TimeoutError': return new TimeoutError(message, code);
    case 'AbortError': return new AbortError(message, code);
    default: return new AgentAccountsError(message, code ?? 'INTERNAL_ERROR');
  }
}
