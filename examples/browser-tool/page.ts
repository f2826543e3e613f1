/**
 * The browser side of the tool (`server.ts` serves it): a context with no app id and no secret,
 * whose domain is the proxy (`viaProxy: true`: it never fetches a token). It shows who is signed
 * in and their chats (user-token endpoints), looks colleagues up by email (a tenant-token endpoint:
 * the proxy adds the token), and offers one action the proxy does not allow, to show the refusal.
 */
import { createContext, isLarkApiError, type Middleware } from 'larkfn'
import { getUserInfo } from 'larkfn/authen/v1'
import { batchGetUserId } from 'larkfn/contact/v3'
import { createMessage, listChat } from 'larkfn/im/v1'

const proxyUrl = document.querySelector<HTMLMetaElement>('meta[name="larkfn-proxy"]')!.content
// The sign-in redirects here with the user's token in the fragment (never sent to any server).
const userAccessToken = new URLSearchParams(location.hash.slice(1)).get('token') ?? undefined

// Every request carries the user's token, so the proxy's `authorize` knows who asks, also on
// tenant-token endpoints (there the proxy puts its own token in and drops the user's).
const signedIn: Middleware = (req, next) =>
  next(userAccessToken ? { ...req, headers: { authorization: `Bearer ${userAccessToken}`, ...req.headers } } : req)
const ctx = createContext({ domain: proxyUrl, viaProxy: true, middleware: [signedIn] })

function show(id: string, text: string): void {
  document.getElementById(id)!.textContent = text
}

function explain(error: unknown): string {
  if (isLarkApiError(error)) return `refused: HTTP ${error.httpStatus}, ${error.msg}`
  return `failed: ${error instanceof Error ? error.message : String(error)}`
}

async function showMe(): Promise<void> {
  const me = await getUserInfo(ctx, {}, { userAccessToken })
  show('me', `${me.name} (${me.open_id})`)
}

let firstChat: string | undefined
async function showChats(): Promise<void> {
  const { items = [] } = await listChat(ctx, { query: { page_size: 20 } }, { userAccessToken })
  firstChat = items[0]?.chat_id
  show('chats', items.map((chat) => chat.name).join(', ') || 'none')
}

async function lookUp(email: string): Promise<void> {
  const { user_list = [] } = await batchGetUserId(ctx, { query: { user_id_type: 'open_id' }, body: { emails: [email] } })
  show('found', `${email} → ${user_list[0]?.user_id ?? 'not found'}`)
}

async function post(): Promise<void> {
  await createMessage(ctx, { query: { receive_id_type: 'chat_id' }, body: { receive_id: firstChat ?? '', msg_type: 'text', content: '{"text":"hi"}' } })
  show('posted', 'sent')
}

const form = document.getElementById('lookup') as HTMLFormElement
form.addEventListener('submit', (event) => {
  event.preventDefault()
  show('found', '')
  lookUp(String(new FormData(form).get('email'))).catch((error: unknown) => show('found', explain(error)))
})
document.getElementById('post')!.addEventListener('click', () => {
  post().catch((error: unknown) => show('posted', explain(error)))
})

await Promise.all([showMe().catch((error: unknown) => show('me', explain(error))), showChats().catch((error: unknown) => show('chats', explain(error)))])
document.body.dataset.ready = 'true'
