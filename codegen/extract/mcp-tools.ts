/**
 * Reads lark-mcp's generated tool definitions (`dist/mcp-tool/tools/{en,zh}/gen-tools/zod/*.js`) by
 * parsing them (never running them): per API its `httpMethod`, `path`, `accessTokens`, and the zod
 * schemas of `data` / `params` / `path`, from which required flags and enums are taken.
 * `.describe()` strings are skipped on purpose.
 */
import ts from 'typescript'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { type TypeNode, ANY } from './type-node.ts'

export type TokenKind = 'tenant' | 'app' | 'user'

export interface McpTool {
  name: string
  method: string
  path: string
  /** `undefined` when the tool says `accessTokens: undefined`. */
  tokens: TokenKind[] | undefined
  /** The tool's title marks it as a historic version (`Deprecated Version (Not Recommended)` / zh equivalent). */
  deprecated: boolean
  request: { path?: TypeNode; query?: TypeNode; body?: TypeNode }
  source: string
}

/** All tools of the given language folders; the first folder wins on a repeated method+path. */
/** The category segment that lark-mcp puts in the titles of historic APIs (a marker, not prose we keep). */
const DEPRECATED_MARKERS = ['Deprecated Version (Not Recommended)', '\u5386\u53f2\u7248\u672c\uff08\u4e0d\u63a8\u8350\uff09']

export function readMcpTools(root: string, langs: readonly string[] = ['en', 'zh']): Map<string, McpTool> {
  const out = new Map<string, McpTool>()
  for (const lang of langs) {
    const dir = join(root, 'dist/mcp-tool/tools', lang, 'gen-tools/zod')
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.js')).sort()) {
      for (const tool of readFile(join(dir, file), `${lang}/${file}`)) {
        const key = `${tool.method} ${tool.path}`
        const seen = out.get(key)
        if (!seen) out.set(key, tool)
        else if (tool.deprecated) seen.deprecated = true
      }
    }
  }
  return out
}

function readFile(file: string, source: string): McpTool[] {
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false, ts.ScriptKind.JS)
  const tools: McpTool[] = []
  for (const stmt of sf.statements) {
    if (!ts.isExpressionStatement(stmt) || !ts.isBinaryExpression(stmt.expression)) continue
    const obj = stmt.expression.right
    if (!ts.isObjectLiteralExpression(obj)) continue
    const props = propsOf(obj)
    const method = str(props.get('httpMethod'))
    const path = str(props.get('path'))
    if (!method || !path) continue
    const tokensNode = props.get('accessTokens')
    const tokens =
      tokensNode && ts.isArrayLiteralExpression(tokensNode)
        ? tokensNode.elements.filter(ts.isStringLiteral).map((e) => e.text as TokenKind)
        : undefined
    const request: McpTool['request'] = {}
    const schema = props.get('schema')
    if (schema && ts.isObjectLiteralExpression(schema)) {
      for (const [key, expr] of propsOf(schema)) {
        const part = ({ data: 'body', params: 'query', path: 'path' } as const)[key as 'data' | 'params' | 'path']
        if (part) request[part] = stripRequired(zodToNode(expr))
      }
    }
    tools.push({
      name: str(props.get('name')) ?? '',
      method: method.toUpperCase(),
      path,
      tokens,
      deprecated: DEPRECATED_MARKERS.includes((str(props.get('description')) ?? '').split('-')[1] ?? ''),
      request,
      source,
    })
  }
  return tools
}

function propsOf(obj: ts.ObjectLiteralExpression): Map<string, ts.Expression> {
  const map = new Map<string, ts.Expression>()
  for (const p of obj.properties) {
    if (ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)))
      map.set(p.name.text, p.initializer)
  }
  return map
}

function str(e: ts.Expression | undefined): string | undefined {
  return e && (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) ? e.text : undefined
}

function stripRequired(node: TypeNode): TypeNode {
  const { required: _r, ...rest } = node
  return rest
}

export const zodWarnings = new Map<string, number>()

/** A zod call chain (`z.object({...}).describe('…').optional()`) → catalog node. */
function zodToNode(expr: ts.Expression): TypeNode {
  let optional = false
  let e = expr
  // Peel trailing modifiers: .optional() .describe() .nullable() .catchall()
  const modifiers: Array<{ name: string; args: ts.NodeArray<ts.Expression> }> = []
  while (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression)) {
    const name = e.expression.name.text
    const target = e.expression.expression
    // `zod_1.z.object(...)`: the callee's target is `zod_1.z` → this is the base constructor.
    if (ts.isPropertyAccessExpression(target) && target.name.text === 'z' && !ts.isCallExpression(target.expression)) break
    modifiers.push({ name, args: e.arguments })
    e = target
  }
  for (const m of modifiers) if (m.name === 'optional' || m.name === 'nullish') optional = true
  let node = base(e)
  const catchall = modifiers.find((m) => m.name === 'catchall')
  if (catchall && node.type === 'object' && Object.keys(node.properties ?? {}).length === 0)
    node = { type: 'map', values: catchall.args[0] ? stripRequired(zodToNode(catchall.args[0])) : ANY }
  for (const m of modifiers) {
    if (!['optional', 'nullish', 'describe', 'catchall', 'nullable'].includes(m.name))
      zodWarnings.set(`.${m.name}`, (zodWarnings.get(`.${m.name}`) ?? 0) + 1)
  }
  return optional ? node : { ...node, required: true }
}

function base(e: ts.Expression): TypeNode {
  if (!ts.isCallExpression(e) || !ts.isPropertyAccessExpression(e.expression)) {
    zodWarnings.set('non-call', (zodWarnings.get('non-call') ?? 0) + 1)
    return ANY
  }
  const kind = e.expression.name.text
  const arg = e.arguments[0]
  switch (kind) {
    case 'string':
      return { type: 'string' }
    case 'number':
      return { type: 'number' }
    case 'boolean':
      return { type: 'boolean' }
    case 'any':
    case 'unknown':
      return ANY
    case 'array':
      return { type: 'array', items: arg ? stripRequired(zodToNode(arg)) : ANY }
    case 'enum':
      return arg && ts.isArrayLiteralExpression(arg)
        ? { type: 'string', enum: arg.elements.filter(ts.isStringLiteral).map((x) => x.text) }
        : { type: 'string' }
    case 'literal':
      if (arg && ts.isStringLiteral(arg)) return { type: 'string', enum: [arg.text] }
      if (arg && ts.isNumericLiteral(arg)) return { type: 'number', enum: [Number(arg.text)] }
      if (arg && arg.kind === ts.SyntaxKind.TrueKeyword) return { type: 'boolean', enum: [true] }
      return ANY
    case 'record':
      return { type: 'map', values: e.arguments.length > 1 ? stripRequired(zodToNode(e.arguments[1]!)) : ANY }
    case 'object': {
      const properties: Record<string, TypeNode> = {}
      if (arg && ts.isObjectLiteralExpression(arg)) for (const [k, v] of propsOf(arg)) properties[k] = zodToNode(v)
      return { type: 'object', properties }
    }
  }
  zodWarnings.set(kind, (zodWarnings.get(kind) ?? 0) + 1)
  return ANY
}
