/**
 * Which addresses are internal: those the link checker must not reach for a link that staff typed, since a
 * request from the server to them could touch the agency's own network or its cloud host (its metadata service
 * hands out credentials). Only ordinary public unicast is outside: ipaddr.js names every special range
 * (loopback, private 10/8 172.16/12 192.168/16 fc00::/7, link-local, multicast, unspecified, carrier-grade NAT,
 * reserved, broadcast, and tunnels such as 6to4 and Teredo that may lead to an internal IPv4) and all of them are
 * refused. The metadata services' own addresses fall in those ranges: 169.254.169.254 is link-local and
 * fd00:ec2::254 unique-local.
 */
import ipaddr from 'ipaddr.js'

/**
 * IPv6 forms whose last 32 bits are the IPv4 address a connection really reaches: IPv4-mapped, IPv4-translated,
 * NAT64's well-known prefix and the old IPv4-compatible form. Judged by that IPv4 address, so that
 * ::ffff:127.0.0.1 is loopback while 64:ff9b::101:101 (1.1.1.1 through NAT64) stays public.
 */
const CARRIES_IPV4 = ['::ffff:0:0/96', '::ffff:0:0:0/96', '64:ff9b::/96', '::/96'].map((cidr) => ipaddr.IPv6.parseCIDR(cidr))

/** Names of cloud metadata services: refused by name before any lookup, whatever they resolve to where the site runs. */
const METADATA_HOSTS = new Set(['metadata.google.internal'])

/** An IP address (v4 or v6, without brackets) is internal; anything that is not an address counts as internal too. */
export function isInternalAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return true
  let ip = ipaddr.parse(address)
  if (ip.kind() === 'ipv6' && CARRIES_IPV4.some((range) => ip.match(range))) ip = ipaddr.fromByteArray(ip.toByteArray().slice(12))
  return ip.range() !== 'unicast'
}

/** A host name that is internal by its name alone (case and a final dot do not matter). */
export const isInternalHostName = (hostname: string): boolean => METADATA_HOSTS.has(hostname.toLowerCase().replace(/\.+$/, ''))
