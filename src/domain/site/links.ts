/** Web links (C6): which links are videos (YouTube, Facebook video), so the site can say so before one opens. */
const VIDEO_HOSTS = /^https?:\/\/(?:www\.|m\.)?(?:youtube\.com\/(?:watch|shorts|live|embed)|youtu\.be\/|facebook\.com\/(?:watch|[^/]+\/videos)|fb\.watch\/|vimeo\.com\/\d)/i

export const isVideoLink = (url: string): boolean => VIDEO_HOSTS.test(url)

/** "www.youtube.com": the host a link leads to, shown next to it. */
export const hostOf = (url: string): string => {
  try {
    return new URL(url).host
  } catch {
    return ''
  }
}
