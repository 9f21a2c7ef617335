export * from './states'
export * from './rules'
export * from './decide'
