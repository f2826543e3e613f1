/**
 * PKCE (RFC 7636) for the fake OAuth token endpoint, with Web Crypto.
 *
 * @module
 */

import { s256Challenge } from '../../oauth/pkce.ts'

// The fake checks challenges with the SDK's own S256 (tested against RFC 7636's vector).
export { s256Challenge }

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
