import { execFile, execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:https'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { nodeFetch, toNodeHandler } from '../../src/node/index.ts'
import { createFakeFeishu } from '../../src/testing/index.ts'

// A self-signed certificate for 127.0.0.1 (openssl: .ci/run installs it when missing).
const dir = mkdtempSync(join(tmpdir(), 'larkfn-https-'))
const cert = join(dir, 'cert.pem')
const key = join(dir, 'key.pem')
execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', key, '-out', cert,
  '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'pipe' })

const fake = createFakeFeishu()
fake.seedUsers([{ email: 'tls@example.com', open_id: 'ou_tls' }])
const server = createServer({ key: readFileSync(key), cert: readFileSync(cert) }, toNodeHandler(fake.handle))
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
const url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`
afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
  rmSync(dir, { recursive: true, force: true })
})

describe('nodeFetch over https (node:https, the platform’s scheme)', () => {
  it('verifies the server certificate: an untrusted one is refused like fetch refuses it', async () => {
    const error = await nodeFetch(`${url}/open-apis/auth/v3/tenant_access_token/internal`, { method: 'POST', body: '{}' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TypeError)
    expect(String((error as Error).cause)).toMatch(/self[- ]signed/i)
    expect(fake.tokenRequests.tenant).toBe(0)
  })

  it('a Node process that trusts it gets a token and makes the call through its default context', async () => {
    const child = fileURLToPath(new URL('./https-child.ts', import.meta.url))
    const stdout = await new Promise<string>((resolve, reject) =>
      execFile(process.execPath, ['--import', 'tsx', child, url, 'tls@example.com'], { env: { ...process.env, NODE_EXTRA_CA_CERTS: cert }, timeout: 30_000 }, (error, out, err) =>
        error ? reject(new Error(`${error.message}\n${err}`)) : resolve(out),
      ),
    )
    expect(JSON.parse(stdout.trim().split('\n').at(-1)!)).toEqual({ transport: 'nodeFetch', userId: 'ou_tls' })
    expect(fake.tokenRequests.tenant).toBe(1)
  })
})
