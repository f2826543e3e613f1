/**
 * Reads node-sdk's `lib/index.js` (parse only): for each client method, its HTTP method and path
 * (`fillApiPath(\`${this.domain}/open-apis/…\`, path)`), multipart (`multipart/form-data` header),
 * download (`responseType: "stream"`), and, for `…WithIterator` companions, where the page token goes.
 */
import ts from 'typescript'
import { readFileSync } from 'node:fs'

export interface NodeLibMethod {
  keyPath: string
  method: string
  path: string
  multipart: boolean
  download: boolean
  /** Iterator companions only: the request part that carries `page_token`. */
  iteratorTokenIn?: 'query' | 'body'
}

const API_PATH = /fillApiPath\(`\$\{this\.domain\}(\/open-apis\/[^`]*)`/
const HTTP_METHOD = /\bmethod: "([A-Za-z]+)"/
const VERSION_KEY = /^v\d+$/

export function readNodeLib(file: string): NodeLibMethod[] {
  const text = readFileSync(file, 'utf8')
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS)
  const out: NodeLibMethod[] = []

  const walk = (obj: ts.ObjectLiteralExpression, keys: string[]): void => {
    for (const p of obj.properties) {
      if (!ts.isPropertyAssignment(p)) continue
      const name = ts.isIdentifier(p.name) || ts.isStringLiteral(p.name) ? p.name.text : ''
      const init = p.initializer
      if (ts.isObjectLiteralExpression(init)) walk(init, [...keys, name])
      else if (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) {
        const body = text.slice(init.pos, init.end)
        const path = API_PATH.exec(body)?.[1]
        const method = HTTP_METHOD.exec(body)?.[1]
        if (!path || !method) continue
        const iterator = name.endsWith('WithIterator')
        out.push({
          keyPath: [...keys, name].join('.'),
          method: method.toUpperCase(),
          path,
          multipart: body.includes('"multipart/form-data"'),
          download: /responseType: "stream"/.test(body),
          ...(iterator
            ? { iteratorTokenIn: /data: Object\.assign\([^;]*page_token: pageToken/.test(body) ? 'body' : 'query' }
            : {}),
        })
      }
    }
  }

  const visit = (node: ts.Node): void => {
    // `this.<domain> = { vN: { … } }` inside each Client$… constructor.
    if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      ts.isPropertyAccessExpression(node.left) &&
      node.left.expression.kind === ts.SyntaxKind.ThisKeyword &&
      ts.isObjectLiteralExpression(node.right)
    ) {
      const domain = node.left.name.text
      for (const v of node.right.properties) {
        if (!ts.isPropertyAssignment(v) || !ts.isIdentifier(v.name) || !VERSION_KEY.test(v.name.text)) continue
        if (ts.isObjectLiteralExpression(v.initializer)) walk(v.initializer, [domain, v.name.text])
      }
      return
    }
    ts.forEachChild(node, visit)
  }
  for (const stmt of sf.statements) {
    if (ts.isClassDeclaration(stmt) && stmt.name?.text.startsWith('Client$')) visit(stmt)
  }
  return out
}
