import axios from 'axios';

const client = axios.create({ baseURL: 'https://api.mypurecloud.com/api/v2/' });
client.interceptors.request.use(async (config) => ({ ...config, headers: { ...config.headers, Authorization: 'Bearer x' } }));

export const startFlow = async ({ flowId, ...inputs }) =>
  (await client.post('flows/executions', { flowId, inputData: inputs })).data; // LAUNCH
