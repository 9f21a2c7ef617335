/**
 * An item's address on the public site: its category's current address and the item's identity (its first
 * version's id, which every revision keeps). Worked out when read, from the category as it is now: a category
 * an admin renames or moves keeps its items reachable, and the old address is redirected to the new one.
 */
export const itemPath = (categorySlug: string, itemId: number): string => `/${categorySlug}/${itemId}`
