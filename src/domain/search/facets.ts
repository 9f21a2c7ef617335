/**
 * Search filters as words of their own: an item's category and the Buddhist-era year it was published in
 * (Bangkok time) are stored beside its words, in a column of their own, so a filtered search is one more word
 * for the full-text index to match rather than a walk through every match looking for those that pass.
 * They are letters and digits only, so every tokenizer keeps them whole.
 */
import { bangkokDay, toBuddhistYear } from '../thai/calendar'

export const categoryFacet = (categoryId: number): string => `c${categoryId}`

export const yearFacet = (buddhistYear: number): string => `y${buddhistYear}`

/** The facets of an item: its category, and its year once it has been published. */
export const facetsOf = ({ categoryId, publishedAt }: { categoryId: number; publishedAt?: Date | null }): string[] => [
  categoryFacet(categoryId),
  ...(publishedAt ? [yearFacet(toBuddhistYear(bangkokDay(publishedAt).year))] : []),
]
