/**
 * What the front server (src/server/front.ts) and the site process (src/server/site-process.ts) say to each
 * other over the child process's IPC channel. Messages on it arrive in the order they were sent: a change is
 * always heard before a page rendered after it.
 */
import type { PublicSiteEvent } from '@/site/public-cache'
import type { FormReply } from '@/domain/site/form-reply'

/** The generation of the first content a new site process serves: after the front server's, so its old pages go. */
export const FIRST_GENERATION_ENV = 'KHAOSAN_FIRST_GENERATION'

export type ToSite =
  /** Render this public page (a cache key: path and the parameters it reads) of the agency at `host`, its form with a reply if one is given. */
  | { type: 'render'; id: number; host: string; key: string; reply?: FormReply }
  /** Page views counted by the front server since the last message, to be written. */
  | { type: 'views'; views: [path: string, views: number][] }
  /** Answer once this is heard: every message sent before the answer (a change a request made) has then arrived. */
  | { type: 'sync'; id: number }
  /** A day of the traffic log ended (or, after a restart, the last day written): its last hash and line count, to be recorded. */
  | { type: 'log-day'; day: string; lastHash: string; lines: number }

export type FromSite =
  /**
   * Payload started, listening on 127.0.0.1:port with Next prepared, serving public content of `generation`;
   * `tokenKey` is the key Payload signs its sign-in tokens with, so the traffic log can name who is signed in.
   */
  | { type: 'ready'; port: number; generation: number; tokenKey: string }
  /** The page asked for (src/site/render.tsx) of `agency`'s site; `generation` -1 when its content changed while it was rendered. */
  | { type: 'rendered'; id: number; status: number; contentType: string; body: Uint8Array; generation: number; agency?: number; location?: string }
  | { type: 'render-failed'; id: number }
  | { type: 'synced'; id: number }
  | PublicSiteEvent
