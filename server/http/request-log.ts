/** One log line per request: method, path, status, duration, token id prefix. Nothing else. */
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './env';
import type { Logger } from './logger';

export function requestLog(logger: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const auth = c.get('auth') as AppEnv['Variables']['auth'] | undefined;
    logger.info('request', {
      method: c.req.method,
      path: c.req.path.slice(0, 200),
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
      token: auth?.tokenId.slice(0, 8),
    });
  };
}
