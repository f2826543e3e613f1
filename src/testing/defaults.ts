/**
 * The defaults a fake server starts with: one self-built app in one tenant, and one user.
 *
 * @module
 */
import type { FakeUser } from './types.ts'

/** App id of the default self-built app, present with zero setup. */
export const FAKE_APP_ID = 'cli_a1b2c3d4e5f60718'
/** Secret of the default app. */
export const FAKE_APP_SECRET = 'secret-self-built'
/** Tenant key of the default tenant (self-built apps and users live there unless told otherwise). */
export const FAKE_TENANT_KEY = '2f1e3d4c5b6a7980'
/** The default user: approves OAuth requests and is in the default tenant's directory. */
export const FAKE_USER: FakeUser = Object.freeze({
  open_id: 'ou_5f0c9e8d7b6a5f4e3d2c1b0a9f8e7d6c',
  union_id: 'on_1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d',
  user_id: '4e7a2c1d',
  name: 'Test User',
  en_name: 'Test User',
  email: 'test.user@example.com',
  mobile: '+8613800000000',
  tenant_key: FAKE_TENANT_KEY,
  status: Object.freeze({ is_frozen: false, is_resigned: false, is_activated: true, is_exited: false, is_unjoin: false }),
})
