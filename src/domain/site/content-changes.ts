/**
 * Changes of public content as a count that only grows (the generation), with each agency's last change of its own
 * and the last change of every agency's content (a publication period's boundary, the agencies themselves). A page
 * of an agency rendered from the content of generation g is stale once its agency, or every agency, changed after g.
 * The site process counts the changes (src/site/public-cache.ts); the front server hears them (src/server/page-store.ts).
 */
export class ContentChanges {
  private everyAgencyAt: number
  private readonly agencyAt = new Map<number, number>()

  constructor(public generation = 0) {
    this.everyAgencyAt = generation
  }

  /** A change at `generation` of `agency`'s content (no agency: of every agency's); false if it is not newer than the last. */
  heard(generation: number, agency?: number): boolean {
    if (generation <= this.generation) return false
    this.generation = generation
    if (agency !== undefined) this.agencyAt.set(agency, generation)
    else {
      this.everyAgencyAt = generation
      this.agencyAt.clear()
    }
    return true
  }

  /** The next change, counted here: its generation. */
  next(agency?: number): number {
    this.heard(this.generation + 1, agency)
    return this.generation
  }

  /** The generation of the last change `agency`'s pages have seen (no agency named: of any content). */
  lastChangeOf(agency?: number): number {
    return agency === undefined ? this.generation : Math.max(this.everyAgencyAt, this.agencyAt.get(agency) ?? -1)
  }

  /** Whether what was found at `generation` (a boundary) is still of the content every agency has now. */
  sinceEveryAgencyChanged(generation: number): boolean {
    return generation >= this.everyAgencyAt
  }
}
