// Types of `larkfn/bot` for examples/deno/notify.ts until the package exports that subpath (its
// index is written separately). Module resolution tries the package's exports first and uses this
// ambient declaration only when they have no `./bot`, so it can stay harmlessly; delete it once
// `./bot` is in package.json.
declare module 'larkfn/bot' {
  export const sendWebhookMessage: typeof import('../../src/bot/webhook.ts').sendWebhookMessage
  export const signWebhook: typeof import('../../src/bot/webhook.ts').signWebhook
}
