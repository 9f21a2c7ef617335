/** What the public site adds to the Payload schema (registered in src/payload.config.ts). */
import { PageViews } from '@/collections/PageViews'
import { SiteImages } from '@/collections/SiteImages'
import { AgencyProfile } from '@/globals/AgencyProfile'
import { CioProfile } from '@/globals/CioProfile'

export const publicSiteCollections = [SiteImages, PageViews]
export const publicSiteGlobals = [AgencyProfile, CioProfile]
