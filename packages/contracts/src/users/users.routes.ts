import { idParamSchema } from '../common/paging.schemas';
import { defineRoutes } from '../common/routes';
import {
  createUserBodySchema,
  listUsersQuerySchema,
  updateUserBodySchema,
  userPageSchema,
  userSchema,
} from './users.schemas';

export const userRoutes = defineRoutes('users', {
  list: { method: 'GET', path: '/users', query: listUsersQuerySchema, response: userPageSchema },
  create: {
    method: 'POST',
    path: '/users',
    body: createUserBodySchema,
    response: userSchema,
    status: 201,
  },
  get: { method: 'GET', path: '/users/:id', params: idParamSchema, response: userSchema },
  update: {
    method: 'PATCH',
    path: '/users/:id',
    params: idParamSchema,
    body: updateUserBodySchema,
    response: userSchema,
  },
});
