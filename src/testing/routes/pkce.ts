/**
 * PKCE (RFC 7636) for the fake OAuth token endpoint, with Web Crypto.
 *
 * @module
 */

/**
 * The S256 challenge of a verifier: base64url(SHA-256(verifier)) without padding.
 *
 * @param verifier The PKCE code verifier.
 * @returns The challenge.
 * @example
 * await s256Challenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk') // 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM'
 */
export async function s256Challenge(verifier: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)))
  let binary = ''
  for (const byte of digest) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

/**
 * Checks a token request's `code_verifier` against the authorize call's challenge.
 *
 * @param challenge The stored challenge and method, if the authorize call had one.
 * @param verifier The `code_verifier` of the token request.
 * @param strict OAuth v3 rejects a verifier when there was no challenge; v2 let it through.
 * @returns A problem description, or undefined when the check passes.
 */
export async function pkceProblem(
  challenge: { codeChallenge?: string; codeChallengeMethod?: string },
  verifier: unknown,
  strict: boolean,
): Promise<string | undefined> {
  if (challenge.codeChallenge === undefined) {
    return verifier !== undefined && strict
      ? 'code_verifier was sent but the authorization request had no code_challenge'
      : undefined
  }
  if (typeof verifier !== 'string' || verifier === '') return 'code_verifier is required'
  const expected = challenge.codeChallengeMethod === 'plain' ? verifier : await s256Challenge(verifier)
  return expected === challenge.codeChallenge ? undefined : 'code_verifier does not match the code_challenge'
}
