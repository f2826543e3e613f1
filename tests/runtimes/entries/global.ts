/**
 * The smoke as a script for the edge runtime and the browser: it sets `globalThis.runSmoke`, which
 * the harness calls from outside (`EdgeRuntime#evaluate`, Playwright's `page.evaluate`).
 *
 * @module
 */
import { runSmoke } from '../smoke.ts'

;(globalThis as unknown as { runSmoke: typeof runSmoke }).runSmoke = runSmoke
