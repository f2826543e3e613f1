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
  return { verifier, challenge: await s256Challenge(verifier), method: 'S256' }
}

/**
 * The S256 challenge of a verifier: base64url(SHA-256(verifier)) without padding (RFC 7636).
 *
 * @param verifier The PKCE code verifier.
 * @returns The challenge.
 * @example
 * await s256Challenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk') // 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM'
 */
export async function s256Challenge(verifier: string): Promise<string> {
  return base64url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))))
}
