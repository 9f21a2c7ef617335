import { APIError } from 'payload'

/**
 * A 400 with a Thai message the person can act on. The message travels in `data` too: Payload only shows an
 * error's message when it can recognise the error, and a production build may rename error classes.
 */
export const badRequest = (message: string): APIError => new APIError(message, 400, { message }, true)
