/**
 * A Next.js App Router route on the edge runtime (save as `app/api/lookup/route.ts`): `POST
 * {"email": "ann@example.com"}` answers `{"email", "userId"}` for a directory user, 404 for an
 * unknown email. The same file works as a Vercel Edge Function.
 *
 * Config: APP_ID, APP_SECRET and, for Lark or a test server, LARK_DOMAIN. Vercel and Next.js give
 * them to edge code as `process.env`, but an edge runtime need not have a `process` at all (the
 * bare `edge-runtime` VM, some other hosts): `readEnv` looks it up on `globalThis` and the route
 * answers 500 naming the missing variables, instead of crashing with a ReferenceError.
 */
import { createContext, isLarkApiError, type Context } from 'larkfn'
import { batchGetUserId } from 'larkfn/contact/v3'

export const runtime = 'edge'

type Env = Readonly<Record<string, string | undefined>>

/** `process.env` when the runtime has one, else nothing. */
function readEnv(): Env {
  return (globalThis as { process?: { env?: Env } }).process?.env ?? {}
}

// One context per isolate: the tenant token is fetched once and reused by later requests.
let ctx: Context | undefined

export async function POST(request: Request): Promise<Response> {
  const env = readEnv()
  const missing = ['APP_ID', 'APP_SECRET'].filter((name) => !env[name])
  if (missing.length > 0) return Response.json({ error: `not configured: set ${missing.join(', ')}` }, { status: 500 })
  ctx ??= createContext({ appId: env.APP_ID, appSecret: env.APP_SECRET, domain: env.LARK_DOMAIN || 'feishu' })

  const input = (await request.json().catch(() => undefined)) as { email?: unknown } | undefined
  const email = input?.email
  if (typeof email !== 'string' || email === '') return Response.json({ error: 'send {"email": "…"}' }, { status: 400 })

  try {
    const { user_list = [] } = await batchGetUserId(ctx, { query: { user_id_type: 'open_id' }, body: { emails: [email] } })
    const userId = user_list[0]?.user_id
    return userId ? Response.json({ email, userId }) : Response.json({ email, error: 'not found' }, { status: 404 })
  } catch (error) {
    // Platform errors carry no token or secret: code, message and log id are safe to pass on.
    if (isLarkApiError(error)) return Response.json({ error: error.msg, code: error.code, logId: error.logId }, { status: 502 })
    throw error
  }
}
