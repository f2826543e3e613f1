/**
 * Lists the directory with Deno: pages through `findUserByDepartment` (the root department, `'0'`)
 * with `paginateItems` and prints one name per line, then the count. `larkfn` comes from npm
 * (`deno add npm:larkfn`, or a `package.json` with `node_modules`, as in this repository).
 *
 * Run: APP_ID=cli_… APP_SECRET=… deno run --allow-net=open.feishu.cn --allow-env=APP_ID,APP_SECRET,LARK_DOMAIN examples/deno/list-users.ts [page size]
 * For Lark set LARK_DOMAIN=lark (and --allow-net=open.larksuite.com); a test server is a base URL.
 */
import { createContext, paginateItems } from 'larkfn'
import { findUserByDepartment } from 'larkfn/contact/v3'

// Deno's own global, typed here so this repository's Node type check accepts the file too.
const { Deno } = globalThis as unknown as {
  Deno: { args: string[]; env: { get(name: string): string | undefined }; exit(code: number): never }
}

const appId = Deno.env.get('APP_ID')
const appSecret = Deno.env.get('APP_SECRET')
if (!appId || !appSecret) {
  console.error('set APP_ID and APP_SECRET')
  Deno.exit(2)
}
const pageSize = Number(Deno.args[0] ?? 50) // find_by_department allows at most 50

const ctx = createContext({ appId, appSecret, domain: Deno.env.get('LARK_DOMAIN') || 'feishu' })

let count = 0
for await (const user of paginateItems(findUserByDepartment, ctx, { query: { department_id: '0', page_size: pageSize } })) {
  console.log(user.name ?? user.open_id)
  count++
}
console.log(`${count} users`)
