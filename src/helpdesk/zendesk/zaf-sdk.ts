/**
 * The only module that imports the ZAF SDK. To use Zendesk's CDN build instead of the bundled npm one,
 * load `https://static.zdassets.com/zendesk_app_framework_sdk/2.0/zaf_sdk.min.js` in index.html and replace
 * the import below with `export const ZAFClient = (window as unknown as { ZAFClient: ZafClientFactory }).ZAFClient`.
 */
import bundledZafClient from 'zendesk_app_framework_sdk'
import type { ZafClientFactory } from './zaf-types'

export const ZAFClient: ZafClientFactory = bundledZafClient as ZafClientFactory
