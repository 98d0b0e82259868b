// One error type for every refusal the API makes, so handlers can `throw` and the router
// turns it into the contract's error body with an Indonesian message for staff.
import type { ApiErrorCode } from '../lib/queue/contract.ts';

/** A deliberate HTTP refusal; `message` is shown to staff as-is. */
export class ApiFailure extends Error {
  readonly status: number;
  readonly code: ApiErrorCode;
  readonly headers: Record<string, string>;
  constructor(status: number, code: ApiErrorCode, message: string, headers: Record<string, string> = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.headers = headers;
  }
}

/** 400 with an Indonesian explanation of what is wrong with the input. */
export const badRequest = (message: string) => new ApiFailure(400, 'bad_request', message);
/** 404 for an unknown gerai, ticket or path. */
export const notFound = (message: string) => new ApiFailure(404, 'not_found', message);
/** 409 for an action the ticket's current status does not allow. */
export const conflict = (code: ApiErrorCode, message: string) => new ApiFailure(409, code, message);

/** The client went away mid-request (an aborted upload): nothing to answer and nothing unexpected. */
export class ClientGone extends Error {
  constructor() {
    super('client closed the connection');
  }
}
