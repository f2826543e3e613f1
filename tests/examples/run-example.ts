import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

const exec = promisify(execFile)
const root = new URL('../..', import.meta.url).pathname

/** Runs an example file with tsx in its own process (it imports the built package) and returns its output lines. */
export async function runExample(file: string, env: Record<string, string> = {}): Promise<string[]> {
  const { stdout } = await exec('node_modules/.bin/tsx', [file], { cwd: root, timeout: 60_000, env: { ...process.env, ...env } })
  return stdout.trim().split('\n')
}
