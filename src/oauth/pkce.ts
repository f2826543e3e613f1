import { toBase64 } from '../core/base64.ts'

/** A PKCE pair: send `challenge` to the authorize page, keep `verifier` for the code exchange. */
export interface Pkce {
  readonly verifier: string
  readonly challenge: string
  readonly method: 'S256'
}

function base64url(bytes: Uint8Array): string {
  return toBase64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

/**
 * Makes a PKCE verifier and its S256 challenge with Web Crypto (RFC 7636).
 *
 * @returns `{ verifier, challenge, method: 'S256' }`.
 * @example
 * const pkce = await createPkce()
 * const url = authorizeUrl(ctx, { redirectUri, codeChallenge: pkce.challenge })
 */
export async function createPkce(): Promise<Pkce> {
  const verifier = base64url(crypto.getRandomValues(new Uint8Array(32)))
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))
  return { verifier, challenge: base64url(new Uint8Array(digest)), method: 'S256' }
}
