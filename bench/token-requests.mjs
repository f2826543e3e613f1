// Bench helper: `node bench/token-requests.mjs <larkfn|official> <url> <calls>`. Fires `calls`
// batch_get_id lookups at once from a cold client (no token yet). The parent counts the token
// requests the fake server received. Prints `{ wrong }`.
import { drive, load } from './clients.mjs'

const [which, url, calls] = process.argv.slice(2)
const { call } = await load(which, url)
const n = Number(calls)
console.log(JSON.stringify({ wrong: await drive(call, n, n) }))
