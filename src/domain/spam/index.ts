export * from './gambling'
export * from './hidden-links'
