import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { selfSignedCert } from '../../scripts/self-signed-cert.ts'
import { listen, nodeFetch } from '../../src/node/index.ts'
import { createFakeFeishu } from '../../src/testing/index.ts'

const dir = mkdtempSync(join(tmpdir(), 'larkfn-https-'))
const tls = selfSignedCert(dir)
const fake = createFakeFeishu()
fake.seedUsers([{ email: 'tls@example.com', open_id: 'ou_tls' }])
const server = await listen(fake.handle, { tls })
const { url } = server
afterAll(async () => {
  await server.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('nodeFetch over https (node:https, the platform’s scheme)', () => {
  it('listen serves https when given a key and certificate', () => {
    expect(url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/)
  })

  it('verifies the server certificate: an untrusted one is refused like fetch refuses it', async () => {
    const error = await nodeFetch(`${url}/open-apis/auth/v3/tenant_access_token/internal`, { method: 'POST', body: '{}' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TypeError)
    expect(String((error as Error).cause)).toMatch(/self[- ]signed/i)
    expect(fake.tokenRequests.tenant).toBe(0)
  })

  it('a Node process that trusts it gets a token and makes the call through its default context', async () => {
    const child = fileURLToPath(new URL('./https-child.ts', import.meta.url))
    const stdout = await new Promise<string>((resolve, reject) =>
      execFile(process.execPath, ['--import', 'tsx', child, url, 'tls@example.com'], { env: { ...process.env, NODE_EXTRA_CA_CERTS: tls.certFile }, timeout: 30_000 }, (error, out, err) =>
        error ? reject(new Error(`${error.message}\n${err}`)) : resolve(out),
      ),
    )
    expect(JSON.parse(stdout.trim().split('\n').at(-1)!)).toEqual({ transport: 'nodeFetch', userId: 'ou_tls' })
    expect(fake.tokenRequests.tenant).toBe(1)
  })
})
