import { idParamSchema } from '../common/paging.schemas';
import { defineRoutes } from '../common/routes';
import {
  campaignPageSchema,
  campaignProgressSchema,
  campaignSchema,
  createCampaignBodySchema,
  listCampaignsQuerySchema,
  updateCampaignBodySchema,
} from './campaigns.schemas';

export const campaignRoutes = defineRoutes('campaigns', {
  list: {
    method: 'GET',
    path: '/campaigns',
    query: listCampaignsQuerySchema,
    response: campaignPageSchema,
  },
  create: {
    method: 'POST',
    path: '/campaigns',
    body: createCampaignBodySchema,
    response: campaignSchema,
    status: 201,
  },
  get: { method: 'GET', path: '/campaigns/:id', params: idParamSchema, response: campaignSchema },
  update: {
    method: 'PATCH',
    path: '/campaigns/:id',
    params: idParamSchema,
    body: updateCampaignBodySchema,
    response: campaignSchema,
  },
  progress: {
    method: 'GET',
    path: '/campaigns/:id/progress',
    params: idParamSchema,
    response: campaignProgressSchema,
  },
});
