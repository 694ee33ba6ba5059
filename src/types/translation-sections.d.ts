/** `translations/<locale>.json?impact`: only the impact page's strings (scripts/translation-sections.ts). */
declare module '*.json?impact' {
  const messages: { [key: string]: unknown }
  export default messages
}
