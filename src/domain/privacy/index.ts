export * from './personal-data'
