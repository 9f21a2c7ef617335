export * from './gambling'
export * from './hidden-links'
export * from './hidden-document-text'
export * from './hidden-pdf-text'
