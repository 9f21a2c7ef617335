export * from './sniff'
export * from './attachments'
