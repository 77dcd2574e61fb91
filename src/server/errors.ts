import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';

export interface FieldError {
  path: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly fields?: FieldError[],
  ) {
    super(message);
  }
}

export class ValidationError extends AppError {
  constructor(message: string, fields?: FieldError[]) {
    super(400, 'ValidationError', message, fields);
  }
  static field(path: string, message: string): ValidationError {
    return new ValidationError(`${path}：${message}`, [{ path, message }]);
  }
}
export class UnauthorizedError extends AppError {
  constructor(message = '请先登录') {
    super(401, 'Unauthorized', message);
  }
}
export class ForbiddenError extends AppError {
  constructor(message = '没有权限执行此操作') {
    super(403, 'Forbidden', message);
  }
}
export class NotFoundError extends AppError {
  constructor(what: string) {
    super(404, 'NotFound', `${what}不存在或不在您的管辖范围内`);
  }
}
export class ConflictError extends AppError {
  constructor(message: string) {
    super(409, 'Conflict', message);
  }
}
export class TooManyRequestsError extends AppError {
  constructor(message: string) {
    super(429, 'TooManyRequests', message);
  }
}

/** One place maps errors to responses; anything unexpected is logged and its text hidden. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      return reply.status(error.statusCode).send({
        error: error.code,
        message: error.message,
        ...(error.fields ? { fields: error.fields } : {}),
      });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const fields = error.validation.map((issue) => ({
        path: pathOf(issue.instancePath).join('.') || String(error.validationContext ?? ''),
        message: issue.message ?? '格式不正确',
      }));
      const first = fields[0];
      return reply.status(400).send({
        error: 'ValidationError',
        message: first ? `${first.path}：${first.message}` : '请求格式不正确',
        fields,
      });
    }
    if (error.statusCode === 429) {
      return reply.status(429).send({ error: 'TooManyRequests', message: '请求过于频繁，请稍后再试' });
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return reply.status(error.statusCode).send({
        error: 'BadRequest',
        message: error.statusCode === 415 ? '不支持的内容类型' : '请求格式不正确',
      });
    }
    request.log.error({ err: error }, 'unexpected error');
    return reply.status(500).send({ error: 'InternalError', message: '服务器内部错误，请稍后再试' });
  });
}

function pathOf(instancePath: string): string[] {
  return instancePath.split('/').filter(Boolean);
}
