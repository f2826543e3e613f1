/**
 * A throwaway self-signed certificate for `127.0.0.1`, made with `openssl` (.ci/run installs it when
 * missing): for https on loopback in tests/node/https.test.ts and in the bench's https cold start.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/** PEM key and certificate, and their files (the certificate's for `NODE_EXTRA_CA_CERTS`). */
export interface SelfSigned {
  readonly key: string
  readonly cert: string
  readonly keyFile: string
  readonly certFile: string
}

/**
 * Writes `key.pem` and `cert.pem` (P-256, valid one day, subjectAltName IP 127.0.0.1) into `dir`.
 *
 * @throws {Error} When openssl is missing or fails.
 */
export function selfSignedCert(dir: string): SelfSigned {
  const keyFile = join(dir, 'key.pem')
  const certFile = join(dir, 'cert.pem')
  execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', keyFile,
    '-out', certFile, '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'pipe' })
  return { key: readFileSync(keyFile, 'utf8'), cert: readFileSync(certFile, 'utf8'), keyFile, certFile }
}
