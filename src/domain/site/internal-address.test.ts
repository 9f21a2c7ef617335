import { describe, expect, it } from 'vitest'
import { isInternalAddress, isInternalHostName } from './internal-address'

const notInternal = (addresses: string[]) => addresses.filter((address) => !isInternalAddress(address))

describe('internal addresses', () => {
  it('counts loopback, private, link-local, multicast, unspecified, carrier-grade NAT and reserved IPv4 as internal', () => {
    expect(notInternal(['127.0.0.1', '127.8.9.10', '10.0.0.1', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.1.1'])).toEqual([])
    expect(notInternal(['224.0.0.1', '239.255.255.250', '0.0.0.0', '100.64.0.1', '100.127.255.255', '240.0.0.1', '255.255.255.255', '192.0.2.1'])).toEqual([])
  })

  it('counts loopback, unique-local, link-local, multicast, unspecified and tunnel IPv6 as internal', () => {
    expect(notInternal(['::1', '::', 'fc00::1', 'fd12:3456::1', 'fe80::1', 'fe80::1%eth0', 'ff02::1', '2001:db8::1', '2002:7f00:1::1', '2001:0:4136:e378::1'])).toEqual([])
  })

  it('judges an IPv6 address that carries an IPv4 one by that IPv4 address', () => {
    expect(notInternal(['::ffff:127.0.0.1', '::ffff:10.1.2.3', '::ffff:169.254.169.254', '::ffff:7f00:1', '::ffff:0:a00:1', '64:ff9b::a9fe:a9fe', '::7f00:1'])).toEqual([])
    expect(isInternalAddress('::ffff:1.1.1.1')).toBe(false)
    expect(isInternalAddress('64:ff9b::101:101')).toBe(false)
  })

  it('counts the cloud metadata services as internal, by address and by name', () => {
    expect(isInternalAddress('169.254.169.254')).toBe(true)
    expect(isInternalAddress('fd00:ec2::254')).toBe(true)
    expect(isInternalAddress('100.100.100.200')).toBe(true)
    expect(isInternalHostName('metadata.google.internal')).toBe(true)
    expect(isInternalHostName('Metadata.Google.Internal.')).toBe(true)
  })

  it('leaves public addresses and names outside', () => {
    expect(['1.1.1.1', '8.8.8.8', '203.113.0.1', '172.32.0.1', '100.128.0.1', '2606:4700::1111', '2001:4860:4860::8888'].filter(isInternalAddress)).toEqual([])
    expect(isInternalHostName('www.dla.go.th')).toBe(false)
    expect(isInternalHostName('metadata.google.internal.example.com')).toBe(false)
  })

  it('counts what is not an address as internal: nothing unjudged is reached', () => {
    expect(isInternalAddress('www.dla.go.th')).toBe(true)
    expect(isInternalAddress('')).toBe(true)
  })
})
