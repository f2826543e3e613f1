// Installs Node 24 for the runtime matrix (tests/runtimes/node24) when it is missing. It has its own
// package: as a root devDependency its `node` bin would shadow the machine's Node in every npm script.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const dir = 'tests/runtimes/node24'
if (!existsSync(`${dir}/node_modules/.bin/node`)) {
  console.log(`installing Node 24 for the runtime matrix into ${dir}`)
  execFileSync('npm', ['ci', '--prefix', dir, '--no-audit', '--no-fund', '--loglevel=error'], { stdio: 'inherit' })
}
