export * from './words'
export * from './snippet'
export * from './facets'
