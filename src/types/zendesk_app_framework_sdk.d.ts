// The npm package ships CommonJS without types; src/helpdesk/zendesk/zaf-types.ts describes its API.
declare module 'zendesk_app_framework_sdk' {
  const ZAFClient: unknown
  export default ZAFClient
}
