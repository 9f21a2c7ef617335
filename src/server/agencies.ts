/**
 * The agencies this install serves (collection `agencies`, rules in src/domain/agencies): read once and kept until
 * one changes; the agency a request is for; work done once per agency (the scheduled jobs, the effects' sweep);
 * and what a new agency is given the first time it is served (the 22 categories, the indicator sets).
 */
import type { Payload, PayloadRequest } from 'payload'
import { AgencyDirectory, FIRST_AGENCY_ID, type AgencyEntry } from '@/domain/agencies/agencies'
import { CATEGORY_DEFINITIONS } from '@/domain/categories'
import { asSystem, currentAgency, forAgency, rememberAgencyHosts } from './agency-context'
import { seedIndicatorSets } from './compliance'
import { rows, sql, usesPostgresAdapter } from './database'
import { publicSiteChanged } from '@/site/public-cache'

declare global {
  /** One directory per process, whichever copy of this module asks (Next's build carries its own). */
  var khaosanAgencies: Promise<AgencyDirectory> | undefined
  var khaosanPreparedAgencies: Map<number, Promise<void>> | undefined
}

/** The agencies as the database has them now, not as last read (what a change of them is checked against). */
export async function readAgencies(payload: Payload, req?: Partial<PayloadRequest>): Promise<AgencyDirectory> {
  const { docs } = await asSystem(() => payload.find({ collection: 'agencies', overrideAccess: true, depth: 0, limit: 0, pagination: false, req }))
  return new AgencyDirectory(docs.map((agency): AgencyEntry => ({ id: agency.id, name: agency.name, status: agency.status, hosts: (agency.hosts ?? []).map((row) => row.host) })))
}

async function readDirectory(payload: Payload): Promise<AgencyDirectory> {
  const directory = await readAgencies(payload)
  rememberAgencyHosts(new Map(directory.all().flatMap((agency) => (agency.hosts.length ? [[agency.id, agency.hosts[0]] as const] : []))))
  return directory
}

/** The agencies, as last read. */
export function agencyDirectory(payload: Payload): Promise<AgencyDirectory> {
  const directory = (globalThis.khaosanAgencies ??= readDirectory(payload))
  directory.catch(() => globalThis.khaosanAgencies === directory && (globalThis.khaosanAgencies = undefined))
  return directory
}

/** An agency was created or changed (here, or on another instance): read them again when next asked. */
export function agenciesChanged(): void {
  globalThis.khaosanAgencies = undefined
}

/** `agency`'s public pages are stale; no agency: every agency's, and which agency answers where is read again. */
export function publicSitesChanged(agency?: number): void {
  publicSiteChanged(agency)
  if (agency === undefined) agenciesChanged()
}

/** The agency a request to `host` is for, made ready if it is served for the first time; null: no agency answers there. */
export async function agencyServing(payload: Payload, host: string): Promise<AgencyEntry | null> {
  const agency = (await agencyDirectory(payload)).serving(host)
  if (agency?.status === 'active') await readyForService(payload, agency)
  return agency
}

/**
 * What every agency has from its start: the 22 categories (its site's structure) and the indicator sets; a new
 * agency's site also takes the name the super-administrator gave it (its own administrator may change it after).
 * Idempotent.
 */
export async function prepareAgency(payload: Payload, agency?: AgencyEntry): Promise<void> {
  const { totalDocs } = await payload.count({ collection: 'categories', overrideAccess: true })
  if (totalDocs === 0) {
    for (const [order, category] of CATEGORY_DEFINITIONS.entries()) await payload.create({ collection: 'categories', data: { ...category, order }, overrideAccess: true })
    if (agency) await payload.updateGlobal({ slug: 'settings', data: { agencyName: agency.name }, overrideAccess: true })
  }
  await seedIndicatorSets(payload)
}

function readyForService(payload: Payload, agency: AgencyEntry): Promise<void> {
  const prepared = (globalThis.khaosanPreparedAgencies ??= new Map())
  let ready = prepared.get(agency.id)
  if (!ready) {
    ready = forAgency(agency.id, () => prepareAgency(payload, agency))
    prepared.set(agency.id, ready)
    ready.catch(() => prepared.get(agency.id) === ready && prepared.delete(agency.id))
  }
  return ready
}

/**
 * `work` once for each active agency (or each of `only` that is active), in its context, one after another; on SQLite
 * (one agency) once, as ever. Results in the agencies' order.
 */
export async function eachAgency<T>(payload: Payload, work: () => Promise<T>, only: readonly number[] | null = null): Promise<T[]> {
  if (!usesPostgresAdapter(payload)) return [await work()]
  const results: T[] = []
  for (const agency of (await agencyDirectory(payload)).active()) if (!only || only.includes(agency.id)) results.push(await forAgency(agency.id, work))
  return results
}

/** A count made for each agency in turn (or each of `only`: what a scheduled job reports), added up. */
export async function countForEachAgency(payload: Payload, count: () => Promise<number>, only: readonly number[] | null = null): Promise<number> {
  return (await eachAgency(payload, count, only)).reduce((sum, n) => sum + n, 0)
}

/**
 * A super-administrator's account belongs to no agency (known at every agency's sign-in); an account that stops
 * being one belongs to the agency where that was decided. PostgreSQL only: SQLite holds one agency.
 */
export async function placeAccount(req: PayloadRequest, user: number, superAdmin: boolean): Promise<void> {
  if (!usesPostgresAdapter(req.payload)) return
  await rows(req.payload, sql`UPDATE users SET agency_id = ${superAdmin ? null : (currentAgency() ?? FIRST_AGENCY_ID)} WHERE id = ${user}`, req)
}
