export * from './words'
export * from './snippet'
