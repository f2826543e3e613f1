/**
 * The smoke as a Cloudflare Worker (module syntax): `GET /?api=<fake url>` answers the report.
 *
 * @module
 */
import { runSmoke } from '../smoke.ts'

export default {
  async fetch(request: Request): Promise<Response> {
    const apiUrl = new URL(request.url).searchParams.get('api') ?? ''
    return Response.json(await runSmoke({ apiUrl, runtime: 'workerd' }))
  },
}
