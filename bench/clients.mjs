// Bench helper: loads one client and returns `call(i)`, one batch_get_id lookup of user i (by email)
// that resolves to the user id the fake answered. The imports happen inside `load`, so timing
// `load` times the SDK's own import and setup, nothing else.
//
// The app credentials are the fake's defaults (FAKE_APP_ID / FAKE_APP_SECRET of larkfn/testing),
// written out here so that no helper imports larkfn/testing into the measured process.
export const APP_ID = 'cli_a1b2c3d4e5f60718'
export const APP_SECRET = 'secret-self-built'
/** `bench/server.mjs` seeds user0..user49@example.com with user ids u0..u49. */
export const email = (i) => `user${i % 50}@example.com`
export const expected = (i) => `u${i % 50}`

const PATH = '/open-apis/contact/v3/users/batch_get_id?user_id_type=user_id'

/** @returns {Promise<{ call: (i: number) => Promise<string> }>} */
export async function load(impl, url) {
  if (impl === 'larkfn' || impl === 'larkfn-global') {
    // Both imports at once, as a module's static imports load (one graph, not one after the other).
    const [{ createContext }, { batchGetUserId }] = await Promise.all([import('larkfn'), import('larkfn/contact/v3')])
    // larkfn: the default, which on Node sends through nodeFetch (node:http); larkfn-global: the
    // runtime's global fetch (undici on Node), as Bun, Deno, workers and browsers use.
    const fetch = impl === 'larkfn-global' ? globalThis.fetch : undefined
    const ctx = createContext({ appId: APP_ID, appSecret: APP_SECRET, domain: url, fetch })
    return {
      call: async (i) => {
        const data = await batchGetUserId(ctx, { query: { user_id_type: 'user_id' }, body: { emails: [email(i)] } })
        return data.user_list?.[0]?.user_id
      },
    }
  }
  if (impl === 'official') {
    const lark = await import('@larksuiteoapi/node-sdk')
    // `domain` takes a base URL; the token cache stays on (disableTokenCache unset), as users run it.
    const client = new lark.Client({ appId: APP_ID, appSecret: APP_SECRET, domain: url, loggerLevel: lark.LoggerLevel.error })
    return {
      call: async (i) => {
        const res = await client.contact.user.batchGetId({ params: { user_id_type: 'user_id' }, data: { emails: [email(i)] } })
        if (res?.code !== 0) throw new Error(`official SDK: ${JSON.stringify(res)}`)
        return res.data?.user_list?.[0]?.user_id
      },
    }
  }
  if (impl === 'fetch') {
    // The ceiling: one token fetched up front, then a bare POST and JSON parse per call.
    const res = await fetch(`${url}/open-apis/auth/v3/tenant_access_token/internal`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ app_id: APP_ID, app_secret: APP_SECRET }),
    })
    const { tenant_access_token: token } = await res.json()
    const headers = { 'content-type': 'application/json; charset=utf-8', authorization: `Bearer ${token}` }
    return {
      call: async (i) => {
        const r = await fetch(`${url}${PATH}`, { method: 'POST', headers, body: JSON.stringify({ emails: [email(i)] }) })
        const body = await r.json()
        if (body.code !== 0) throw new Error(`fetch: ${JSON.stringify(body)}`)
        return body.data.user_list[0].user_id
      },
    }
  }
  throw new Error(`unknown client ${impl}`)
}

/** Runs `total` calls with `concurrency` workers; returns the number of wrong answers. */
export async function drive(call, total, concurrency, offset = 0) {
  let next = 0
  let wrong = 0
  const worker = async () => {
    while (next < total) {
      const i = offset + next++
      if ((await call(i)) !== expected(i)) wrong++
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  return wrong
}
