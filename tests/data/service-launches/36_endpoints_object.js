const axios = require('axios');

const ENDPOINTS = {
  launch: '/api/v2/flows/executions',
  status: (id) => `/api/v2/flows/executions/${id}`,
};

const api = axios.create({ baseURL: 'https://api.mypurecloud.com' });

async function launch(flowId, inputData) {
  const { data } = await api.post(ENDPOINTS.launch, { flowId, inputData }); // LAUNCH
  return data;
}
module.exports = { launch };
